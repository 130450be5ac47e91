import { ROLE_POWERS, Role } from '../../auth/roles';
import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { argsRule, objectRule } from '../../shared/rules';
import type { RoleAssignment } from './role-assignment.entity';
import type { AssignRoleInput, EndRoleInput } from './role.inputs';
import { RoleService } from './role.service';

/** An assignment is visible to its holder, to roles reading its node and to its organisation. */
export function canSeeAssignment(ctx: Context, r: RoleAssignment): boolean {
  const v = ctx.viewer;
  return v.personId === r.person.id || v.canRead(r.scopePath, Scope.ORGANISATIONS_READ) || (!!r.organisation && v.belongsTo(r.organisation.id));
}

/**
 * May the caller give or take `role` at `path` (in `organisationId`)? Administrators
 * of the node may, up to their own rank; an organisation's admin may for its members.
 */
export function mayManageRole(ctx: Context, role: Role, path: string, organisationId: number | null): boolean {
  const v = ctx.viewer;
  if (v.kind !== 'person') return false;
  if (organisationId !== null && role === Role.ORG_MEMBER && v.adminsOrganisation(organisationId)) return true;
  return v.canAdminister(path) && v.rankAt('administer', path) >= ROLE_POWERS[role].rank;
}

const assign = argsRule<{ input: AssignRoleInput }>('role:assign', async (ctx, _p, { input }) => {
  const target = await new RoleService(ctx).target(input);
  ctx.audit.scopePath = target.path;
  return mayManageRole(ctx, input.role, target.path, target.organisation?.id ?? null);
});

const end = argsRule<{ input: EndRoleInput }>('role:end', async (ctx, _p, { input }) => {
  const r = await new RoleService(ctx).byId(input.id);
  return mayManageRole(ctx, r.role, r.scopePath, r.organisation?.id ?? null);
});

/** Who may read and manage role assignments. */
export const roleRules = {
  Mutation: { assignRole: assign, endRoleAssignment: end },
  RoleAssignment: { '*': objectRule<RoleAssignment>('role:see', canSeeAssignment) },
};
