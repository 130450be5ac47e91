import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and } from '../../shared/rules';
import type { Organisation } from './organisation.entity';
import { OrganisationKind } from './organisation.enums';
import type { DecideApplicationInput, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

/** An organisation is visible to roles reading its node, to its own members and tokens, and to its applicant. */
export function canSeeOrganisation(ctx: Context, o: Organisation): boolean {
  const v = ctx.viewer;
  return v.canRead(o.divisionPath, Scope.ORGANISATIONS_READ) || v.belongsTo(o.id) || (v.personId !== null && o.appliedBy?.id === v.personId);
}

/** Organisations of government and of the community's self-governance. */
const GOVERNMENT = new Set([
  OrganisationKind.CIVIL_AFFAIRS_BUREAU,
  OrganisationKind.STREET_OFFICE,
  OrganisationKind.COMMUNITY_COMMITTEE,
  OrganisationKind.PARTY_ORGANISATION,
]);

const decideAbove = argsRule<{ input: DecideApplicationInput }>('organisation:decide', async (ctx, _p, { input }) => {
  const org = await new OrganisationService(ctx).byId(input.organisationId, 'organisationId');
  return ctx.viewer.canOversee(org.divisionPath);
});

const manageProfile = argsRule<{ input: UpdateOrganisationInput }>('organisation:update', async (ctx, _p, { input }) => {
  const org = await new OrganisationService(ctx).byId(input.id);
  const v = ctx.viewer;
  if (v.kind === 'token') return v.tokenOrganisationId === org.id && v.hasScope(Scope.ORGANISATION_WRITE);
  if (v.adminsOrganisation(org.id)) return true;
  // The node's officials keep the public bodies' profiles; a partner's profile is its own.
  return GOVERNMENT.has(org.kind) ? v.canAdminister(org.divisionPath) : v.canOversee(org.divisionPath);
});

/** Who may read organisations, apply, decide and update. */
export const organisationRules = {
  Query: { organisation: isSignedIn, organisations: isSignedIn },
  Mutation: { applyToJoin: isPerson, decideApplication: and(isPerson, decideAbove), updateOrganisation: manageProfile },
  Organisation: { '*': objectRule<Organisation>('organisation:see', canSeeOrganisation) },
  OrganisationConnection: isSignedIn,
  OrganisationEdge: isSignedIn,
};
