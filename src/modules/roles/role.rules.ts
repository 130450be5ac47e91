import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { and, argsRule, isPerson, objectRule, readVerdict, type Verdict } from '../../shared/rules';
import type { RoleAssignment } from './role-assignment.entity';
import type { AssignRoleInput, EndRoleInput } from './role.inputs';
import { parseId } from '../../shared/ids';
import { mayManageRole } from './role.access';
import { RoleService } from './role.service';

/** An assignment is visible to its holder, to roles reading its node and to its organisation. */
export function canSeeAssignment(ctx: Context, r: RoleAssignment): Verdict {
  const v = ctx.viewer;
  return (
    v.personId === r.person.id ||
    (!!r.organisation && v.belongsTo(r.organisation.id)) ||
    readVerdict(ctx, r.scopePath, Scope.ORGANISATIONS_READ)
  );
}

const assign = argsRule<{ input: AssignRoleInput }>('role:assign', async (ctx, _p, { input }) => {
  const target = await new RoleService(ctx).target(input);
  ctx.audit.scope(target.path, true);
  return mayManageRole(ctx.viewer, input.role, target, parseId(input.personId, 'personId'));
});

const end = argsRule<{ input: EndRoleInput }>('role:end', async (ctx, _p, { input }) => {
  const service = new RoleService(ctx);
  const r = await service.byId(input.id);
  return mayManageRole(ctx.viewer, r.role, await service.placeOf(r), r.person.id);
});

/** Who may read and manage role assignments. */
export const roleRules = {
  // Only people manage roles: a token is told so (AUTH.PERSON_REQUIRED).
  Mutation: { assignRole: and(isPerson, assign), endRoleAssignment: and(isPerson, end) },
  RoleAssignment: { '*': objectRule<RoleAssignment>('role:see', canSeeAssignment) },
};
