import { ROLE_POWERS, Role } from '../../auth/roles';
import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { argsRule, objectRule } from '../../shared/rules';
import type { RoleAssignment } from './role-assignment.entity';
import type { AssignRoleInput, EndRoleInput } from './role.inputs';
import { parseId } from '../people/person.service';
import { RoleService } from './role.service';

/** An assignment is visible to its holder, to roles reading its node and to its organisation. */
export function canSeeAssignment(ctx: Context, r: RoleAssignment): boolean {
  const v = ctx.viewer;
  return v.personId === r.person.id || v.canRead(r.scopePath, Scope.ORGANISATIONS_READ) || (!!r.organisation && v.belongsTo(r.organisation.id));
}

/**
 * May the caller give or take `role` at `path` (in `organisationId`) for `personId`?
 * - nobody manages their own roles;
 * - an organisation's admin manages its members;
 * - an organisation's admin is appointed by the street office, district or bureau above it
 *   (as when its application is approved), never by the node's own officials;
 * - otherwise administrators of the node manage roles of strictly lower rank than their
 *   own there (the bureau's administrators also their peers).
 */
export function mayManageRole(ctx: Context, role: Role, path: string, organisationId: number | null, personId: number): boolean {
  const v = ctx.viewer;
  if (v.kind !== 'person' || v.personId === personId) return false;
  if (organisationId !== null && role === Role.ORG_MEMBER && v.adminsOrganisation(organisationId)) return true;
  if (role === Role.ORG_ADMIN) return v.canOversee(path);
  const rank = v.rankAt('administer', path);
  return rank > ROLE_POWERS[role].rank || (rank === ROLE_POWERS[Role.BUREAU_ADMIN].rank && role === Role.BUREAU_ADMIN);
}

const assign = argsRule<{ input: AssignRoleInput }>('role:assign', async (ctx, _p, { input }) => {
  const target = await new RoleService(ctx).target(input);
  ctx.audit.scope(target.path, true);
  return mayManageRole(ctx, input.role, target.path, target.organisation?.id ?? null, parseId(input.personId, 'personId'));
});

const end = argsRule<{ input: EndRoleInput }>('role:end', async (ctx, _p, { input }) => {
  const r = await new RoleService(ctx).byId(input.id);
  return mayManageRole(ctx, r.role, r.scopePath, r.organisation?.id ?? null, r.person.id);
});

/** Who may read and manage role assignments. */
export const roleRules = {
  Mutation: { assignRole: assign, endRoleAssignment: end },
  RoleAssignment: { '*': objectRule<RoleAssignment>('role:see', canSeeAssignment) },
};
