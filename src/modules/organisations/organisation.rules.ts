import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { objectRuleOr } from '../../shared/object-rule-or';
import {
  argsRule,
  isPerson,
  isSignedIn,
  objectRule,
  and,
  readVerdict,
  scopeVerdict,
  tokenWriteVerdict,
  viewerRule,
  type Verdict,
} from '../../shared/rules';
import { Role } from '../../auth/roles';
import { mayManageRole } from '../roles';
import { governsOrganisation } from './organisation.access';
import type { Organisation } from './organisation.entity';
import type { DecideApplicationInput, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

/** An organisation is visible to roles reading its node, to its own members and tokens, and to its applicant. */
export function canSeeOrganisation(ctx: Context, o: Organisation): Verdict {
  const v = ctx.viewer;
  return (
    v.belongsTo(o.id) ||
    (v.personId !== null && o.appliedBy?.id === v.personId) ||
    readVerdict(ctx, o.divisionPath, Scope.ORGANISATIONS_READ)
  );
}

const decideAbove = argsRule<{ input: DecideApplicationInput }>('organisation:decide', async (ctx, _p, { input }) => {
  const org = await new OrganisationService(ctx).byId(input.organisationId, 'organisationId');
  if (!ctx.viewer.canOversee(org.divisionPath)) return false;
  // Approval makes the applicant the organisation's admin: a grant judged like any other.
  return input.approve && org.appliedBy
    ? mayManageRole(ctx.viewer, Role.ORG_ADMIN, { path: org.divisionPath, organisation: org }, org.appliedBy.id)
    : true;
});

const manageProfile = argsRule<{ input: UpdateOrganisationInput }>(
  'organisation:update',
  async (ctx, _p, { input }) => {
    const org = await new OrganisationService(ctx).byId(input.id);
    const v = ctx.viewer;
    if (v.kind === 'token') return tokenWriteVerdict(ctx, org.id, Scope.ORGANISATION_WRITE);
    if (v.adminsOrganisation(org.id)) return true;
    // The node's officials keep the public bodies' profiles; a partner's profile is its own (and its overseers').
    return governsOrganisation(v, org);
  },
);

/** Listing organisations: every person (the list keeps to their reach); a token with ORGANISATIONS_READ. */
const listOrganisations = viewerRule(
  'organisations:list',
  (ctx) => ctx.viewer.kind === 'person' || scopeVerdict(ctx, Scope.ORGANISATIONS_READ),
);

const seeOrganisation = objectRule<Organisation>('organisation:see', canSeeOrganisation);

/**
 * A unit that holds (or held, or was nominated for) a seat on a committee the caller reads:
 * the committee's readers see its public face (id, name, kind, node), wherever it is placed —
 * a police station at the street sits on the committees of the street's communities.
 */
async function seatedOnReadableCommittee(ctx: Context, o: Organisation): Promise<boolean> {
  if (ctx.viewer.kind !== 'person') return false;
  const places = await ctx.loaders.seatPlacesOfUnit.load(o.id);
  return places.some((p) => ctx.viewer.canRead(p.communityPath, Scope.ORGANISATIONS_READ));
}

/** The public face of an organisation: whoever sees it, and the readers of a committee it sits on. */
const seePublicFace = objectRuleOr<Organisation>(
  seeOrganisation,
  'organisation:seePublicFace',
  seatedOnReadableCommittee,
);

/** Who may read organisations, apply, decide and update. */
export const organisationRules = {
  Query: { organisation: isSignedIn, organisations: listOrganisations },
  Mutation: { applyToJoin: isPerson, decideApplication: and(isPerson, decideAbove), updateOrganisation: manageProfile },
  Organisation: {
    '*': seeOrganisation,
    id: seePublicFace,
    name: seePublicFace,
    kind: seePublicFace,
    division: seePublicFace,
  },
  OrganisationConnection: isSignedIn,
  OrganisationEdge: isSignedIn,
};
