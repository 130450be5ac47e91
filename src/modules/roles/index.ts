import { defineModule } from '../../shared/module';
import { RoleAssignment } from './role-assignment.entity';
import { roleLoaders } from './role.loaders';
import { RoleResolver } from './role.resolver';
import { roleRules } from './role.rules';

// What other modules may use: role assignments, who may manage them, and their caps.
export { RoleAssignment } from './role-assignment.entity';
export { assertMayManageRole, mayManageRole } from './role.access';
export { assertRoleRoom } from './role.caps';

/** Role assignments for a term. */
export const rolesModule = defineModule({
  name: 'roles',
  entities: [RoleAssignment],
  resolvers: [RoleResolver],
  rules: roleRules,
  loaders: roleLoaders,
});
