import { Scope } from '../../auth/scopes';
import { allow, argsRule, isPerson, objectRule, and } from '../../shared/rules';
import { DivisionService } from '../tree/division.service';
import { OrganisationService } from '../organisations/organisation.service';
import type { SocialOrganisation, SocialWorker } from './linkage.entities';
import { figuresOfNodeRule } from '../tree/division.rules';

const readUnder = argsRule<{ under: string }>('linkage:list', async (ctx, _p, args) => ctx.viewer.canRead((await new DivisionService(ctx).byCode(args.under, 'under')).path, Scope.ORGANISATIONS_READ));
const readWorkers = argsRule<{ organisationId: string }>('linkage:workers', async (ctx, _p, args) => {
  const org = await new OrganisationService(ctx).byId(args.organisationId, 'organisationId');
  return ctx.viewer.canRead(org.divisionPath, Scope.ORGANISATIONS_READ) || ctx.viewer.belongsTo(org.id);
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
  SocialOrganisation: { '*': objectRule<SocialOrganisation>('linkage:seeOrg', (ctx, s) => ctx.viewer.canRead(s.organisationPath, Scope.ORGANISATIONS_READ) || ctx.viewer.belongsTo(s.organisation.id)) },
  SocialWorker: { '*': objectRule<SocialWorker>('linkage:seeWorker', (ctx, w) => ctx.viewer.canRead(w.employerPath, Scope.ORGANISATIONS_READ) || ctx.viewer.belongsTo(w.employer.id)) },
  LinkageFiguresType: allow,
};
