import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and, readVerdict, tokenWriteVerdict } from '../../shared/rules';
import { OrganisationService } from '../organisations';
import type { ServiceProject } from './project.entities';
import { ProjectService } from './project.service';

/** The buyer chain: officials at the buyer's node and above. */
const inBuyerChain = (ctx: Context, buyerPath: string) =>
  ctx.viewer.canAdminister(buyerPath) || ctx.viewer.canOversee(buyerPath);
const seeProject = (ctx: Context, p: ServiceProject) =>
  ctx.viewer.belongsTo(p.contractor.id) || readVerdict(ctx, p.buyerPath, Scope.ORGANISATIONS_READ);

const create = argsRule<{ input: { buyerId: string } }>('projects:create', async (ctx, _p, { input }) =>
  inBuyerChain(ctx, (await new OrganisationService(ctx).byId(input.buyerId, 'buyerId')).divisionPath),
);
const byBuyer = argsRule<{ id?: string; input?: { projectId: string } }>('projects:buyer', async (ctx, _p, args) =>
  inBuyerChain(ctx, (await new ProjectService(ctx).project((args.id ?? args.input?.projectId)!)).buyerPath),
);
const read = argsRule<{ id: string }>('projects:read', async (ctx, _p, args) =>
  seeProject(ctx, await new ProjectService(ctx).project(args.id)),
);
/** The contractor's people, or its token with SERVICE_RECORDS_WRITE. */
const record = argsRule<{ input: { projectId: string } }>('projects:record', async (ctx, _p, { input }) => {
  const project = await new ProjectService(ctx).project(input.projectId);
  const v = ctx.viewer;
  if (v.kind === 'token') return tokenWriteVerdict(ctx, project.contractor.id, Scope.SERVICE_RECORDS_WRITE);
  return v.belongsTo(project.contractor.id);
});

/** Who may buy, run, record and evaluate service projects; the budget stays with the buyer chain. */
export const projectRules = {
  Query: { serviceProject: read },
  Mutation: {
    createServiceProject: and(isPerson, create),
    startServiceProject: and(isPerson, byBuyer),
    completeServiceProject: and(isPerson, byBuyer),
    evaluateServiceProject: and(isPerson, byBuyer),
    recordServiceDelivery: record,
  },
  ServiceProject: {
    '*': objectRule<ServiceProject>('projects:see', seeProject),
    budgetYuan: objectRule<ServiceProject>(
      'projects:budget',
      (ctx, p) => inBuyerChain(ctx, p.buyerPath),
      'PROJECTS.BUDGET_RESTRICTED',
    ),
  },
  // Reached only through a visible project (or returned to the worker's organisation that wrote it).
  ServiceRecord: isSignedIn,
};
