import { Role } from '../../auth/roles';
import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and } from '../../shared/rules';
import { CITY_PATH, DivisionService } from '../tree';
import type { AccessRequest, CommunityTask, OutOfListReport } from './worklist.entities';
import { WorkListService } from './worklist.service';

const COMMUNITY_ROLES = [Role.COMMUNITY_SECRETARY, Role.COMMUNITY_STAFF] as const;

/** The bureau keeps the list (district and street officials oversee, but do not keep it). */
const isBureau = (ctx: Context) => ctx.viewer.canOversee(CITY_PATH);
/** A community's own officials, at exactly that node. */
const ofCommunity = (ctx: Context, path: string) => ctx.viewer.holdsAt(COMMUNITY_ROLES, path);

const bureau = argsRule('worklist:bureau', (ctx) => isBureau(ctx));
const forDepartment = argsRule<{ input: { departmentId: string } }>('worklist:department', (ctx, _p, { input }) =>
  ctx.viewer.belongsTo(Number(input.departmentId)),
);
const listRequests = argsRule<{ departmentId?: string | null }>(
  'worklist:requests',
  (ctx, _p, args) => isBureau(ctx) || (!!args.departmentId && ctx.viewer.belongsTo(Number(args.departmentId))),
);
const readTasks = argsRule<{ communityCode: string }>('worklist:tasks', async (ctx, _p, args) => {
  const path = (await new DivisionService(ctx).byCode(args.communityCode, 'communityCode')).path;
  return ctx.viewer.canOversee(path) || ofCommunity(ctx, path);
});
const report = argsRule<{ input: { communityCode: string } }>('worklist:fileReport', async (ctx, _p, { input }) =>
  ofCommunity(ctx, (await new DivisionService(ctx).byCode(input.communityCode, 'communityCode')).path),
);
const readReports = argsRule<{ under: string }>('worklist:reports', async (ctx, _p, args) => {
  const path = (await new DivisionService(ctx).byCode(args.under, 'under')).path;
  return ctx.viewer.canOversee(path) || ofCommunity(ctx, path);
});
const close = argsRule<{ input: { id: string } }>('worklist:close', async (ctx, _p, { input }) =>
  ctx.viewer.canOversee((await new WorkListService(ctx).reportById(input.id)).communityPath),
);

/** Who may read and keep the access list, file and decide requests, place tasks and report. */
export const worklistRules = {
  Query: {
    workListVersions: isSignedIn,
    currentWorkList: isSignedIn,
    workListDiff: isSignedIn,
    accessRequests: and(isPerson, listRequests),
    communityTasks: and(isPerson, readTasks),
    outOfListReports: and(isPerson, readReports),
  },
  Mutation: {
    publishWorkListVersion: and(isPerson, bureau),
    fileAccessRequest: and(isPerson, forDepartment),
    decideAccessRequest: and(isPerson, bureau),
    assignCommunityTask: and(isPerson, forDepartment),
    reportOutOfListTask: and(isPerson, report),
    closeOutOfListReport: and(isPerson, close),
  },
  // The list itself is public to every signed-in caller.
  WorkListVersion: isSignedIn,
  WorkItem: isSignedIn,
  WorkListDiff: isSignedIn,
  WorkItemChange: isSignedIn,
  AccessRequest: {
    '*': objectRule<AccessRequest>(
      'worklist:request',
      (ctx, r) => isBureau(ctx) || ctx.viewer.belongsTo(r.department.id),
    ),
  },
  CommunityTask: {
    '*': objectRule<CommunityTask>(
      'worklist:task',
      (ctx, t) =>
        ctx.viewer.canOversee(t.communityPath) ||
        ofCommunity(ctx, t.communityPath) ||
        ctx.viewer.belongsTo(t.department.id),
    ),
  },
  OutOfListReport: {
    '*': objectRule<OutOfListReport>(
      'worklist:seeReport',
      (ctx, r) => ctx.viewer.canOversee(r.communityPath) || ofCommunity(ctx, r.communityPath),
    ),
  },
};
