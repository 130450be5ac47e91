import { RoleResolver } from './role.resolver';
import { roleRules } from './role.rules';

/** Role assignments for a term. */
export const rolesModule = { name: 'roles', resolvers: [RoleResolver], rules: roleRules } as const;
