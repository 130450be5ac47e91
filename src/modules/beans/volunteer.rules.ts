import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and } from '../../shared/rules';
import { BeanService } from './bean.service';
import { controls } from './bean.rules';
import type { Participation, Volunteer, VolunteerStation } from './volunteer.entities';
import { VolunteerService } from './volunteer.service';

/** A station's managers are the admins of its organisation. */
const managesStation = (ctx: Context, station: VolunteerStation) =>
  ctx.viewer.kind === 'person' && ctx.viewer.adminsOrganisation(station.organisation.id);

const createStation = argsRule<{ input: { fundId: string } }>('volunteers:createStation', async (ctx, _p, { input }) =>
  ctx.viewer.canOversee((await new BeanService(ctx).fund(input.fundId)).divisionPath),
);
const postActivity = argsRule<{ input: { stationId: string } }>('volunteers:post', async (ctx, _p, { input }) =>
  managesStation(ctx, await new VolunteerService(ctx).station(input.stationId)),
);
const listParticipants = argsRule<{ activityId: string }>('volunteers:participants', async (ctx, _p, args) => {
  const service = new VolunteerService(ctx);
  return managesStation(ctx, await service.station(String((await service.activity(args.activityId)).station.id)));
});
const ownParticipation = argsRule<{ participationId: string }>(
  'volunteers:own',
  async (ctx, _p, args) =>
    (await new VolunteerService(ctx).participation(args.participationId)).person.id === ctx.viewer.personId,
);
const verifiesAtStation = argsRule<{ input: { participationId: string } }>(
  'volunteers:verify',
  async (ctx, _p, { input }) =>
    ctx.viewer.adminsOrganisation(
      (await new VolunteerService(ctx).participation(input.participationId)).stationOrganisationId,
    ),
);
const listsForMerchant = argsRule<{ input: { merchantAccountId: string } }>(
  'volunteers:list',
  async (ctx, _p, { input }) =>
    controls(ctx, await new BeanService(ctx).account(input.merchantAccountId, 'merchantAccountId')),
);

/** Who may volunteer, run stations and verify hours, and list items. */
export const volunteerRules = {
  Query: {
    volunteerActivities: isPerson,
    myParticipations: isPerson,
    activityParticipations: and(isPerson, listParticipants),
    beanCatalogue: isPerson,
  },
  Mutation: {
    registerVolunteer: isPerson,
    createVolunteerStation: and(isPerson, createStation),
    postVolunteerActivity: and(isPerson, postActivity),
    joinVolunteerActivity: isPerson,
    signInVolunteerActivity: and(isPerson, ownParticipation),
    signOutVolunteerActivity: and(isPerson, ownParticipation),
    verifyVolunteerHours: and(isPerson, verifiesAtStation),
    disputeVolunteerHours: and(isPerson, verifiesAtStation),
    listCatalogueItem: and(isPerson, listsForMerchant),
    // From the caller's own account, by construction.
    redeemCatalogueItem: isPerson,
  },
  Volunteer: { '*': objectRule<Volunteer>('volunteers:self', (ctx, v) => v.person.id === ctx.viewer.personId) },
  Participation: {
    '*': objectRule<Participation>(
      'volunteers:participation',
      (ctx, p) =>
        p.person.id === ctx.viewer.personId ||
        (ctx.viewer.kind === 'person' && ctx.viewer.adminsOrganisation(p.stationOrganisationId)),
    ),
  },
  // Stations, activities and catalogues are public to signed-in people.
  VolunteerStation: isSignedIn,
  VolunteerActivity: isSignedIn,
  CatalogueItem: isSignedIn,
  VerifyHoursPayload: isSignedIn,
};
