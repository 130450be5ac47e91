import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and } from '../../shared/rules';
import type { Organisation } from './organisation.entity';
import type { DecideApplicationInput, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

/** An organisation is visible to roles reading its node and to its own members and tokens. */
export function canSeeOrganisation(ctx: Context, o: Organisation): boolean {
  return ctx.viewer.canRead(o.divisionPath, Scope.ORGANISATIONS_READ) || ctx.viewer.belongsTo(o.id);
}

const decideAbove = argsRule<{ input: DecideApplicationInput }>('organisation:decide', async (ctx, _p, { input }) => {
  const org = await new OrganisationService(ctx).byId(input.organisationId, 'organisationId');
  return ctx.viewer.canOversee(org.divisionPath);
});

const manageProfile = argsRule<{ input: UpdateOrganisationInput }>('organisation:update', async (ctx, _p, { input }) => {
  const org = await new OrganisationService(ctx).byId(input.id);
  const v = ctx.viewer;
  if (v.kind === 'token') return v.tokenOrganisationId === org.id && v.hasScope(Scope.ORGANISATION_WRITE);
  return v.adminsOrganisation(org.id) || v.canAdminister(org.divisionPath);
});

/** Who may read organisations, apply, decide and update. */
export const organisationRules = {
  Query: { organisation: isSignedIn, organisations: isSignedIn },
  Mutation: { applyToJoin: isPerson, decideApplication: and(isPerson, decideAbove), updateOrganisation: manageProfile },
  Organisation: { '*': objectRule<Organisation>('organisation:see', canSeeOrganisation) },
  OrganisationConnection: isSignedIn,
  OrganisationEdge: isSignedIn,
};
