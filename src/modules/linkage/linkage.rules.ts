import { Scope } from '../../auth/scopes';
import { allow, argsRule, isPerson, objectRule, and, readVerdict } from '../../shared/rules';
import { OrganisationService } from '../organisations';
import { DivisionService, figuresOfNodeRule } from '../tree';
import type { SocialOrganisation, SocialWorker } from './linkage.entities';

const readUnder = argsRule<{ under: string }>('linkage:list', async (ctx, _p, args) =>
  readVerdict(ctx, (await new DivisionService(ctx).byCode(args.under, 'under')).path, Scope.ORGANISATIONS_READ),
);
const readWorkers = argsRule<{ organisationId: string }>('linkage:workers', async (ctx, _p, args) => {
  const org = await new OrganisationService(ctx).byId(args.organisationId, 'organisationId');
  return ctx.viewer.belongsTo(org.id) || readVerdict(ctx, org.divisionPath, Scope.ORGANISATIONS_READ);
});
const figures = figuresOfNodeRule('linkage:figures');
const register = argsRule<{ input: { organisationId: string } }>('linkage:register', async (ctx, _p, { input }) => {
  const org = await new OrganisationService(ctx).byId(input.organisationId, 'organisationId');
  return ctx.viewer.adminsOrganisation(org.id) || ctx.viewer.canOversee(org.divisionPath);
});

/** Who may read social organisations and workers, and register organisations. */
export const linkageRules = {
  Query: { socialOrganisations: readUnder, socialWorkers: readWorkers, linkageFigures: figures },
  Mutation: { registerSocialOrganisation: and(isPerson, register) },
  SocialOrganisation: {
    '*': objectRule<SocialOrganisation>(
      'linkage:seeOrg',
      (ctx, s) =>
        ctx.viewer.belongsTo(s.organisation.id) || readVerdict(ctx, s.organisationPath, Scope.ORGANISATIONS_READ),
    ),
  },
  SocialWorker: {
    '*': objectRule<SocialWorker>(
      'linkage:seeWorker',
      (ctx, w) => ctx.viewer.belongsTo(w.employer.id) || readVerdict(ctx, w.employerPath, Scope.ORGANISATIONS_READ),
    ),
  },
  LinkageFiguresType: allow,
};
