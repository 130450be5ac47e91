import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { allow, argsRule, isPerson, isSignedIn, objectRule, and } from '../../shared/rules';
import { DivisionService, figuresOfNodeRule } from '../tree';
import type { CommitteeSeat, PartyCommittee } from './committee.entities';
import { CommitteeService } from './committee.service';
import type { CommitteeMeeting, FollowUpTask } from './meeting.entities';
import { MeetingService } from './meeting.service';

const readAt = (ctx: Context, path: string) => ctx.viewer.canRead(path, Scope.ORGANISATIONS_READ);

const readCommittee = argsRule<{ communityCode: string }>('committees:read', async (ctx, _p, args) =>
  readAt(ctx, (await new DivisionService(ctx).byCode(args.communityCode, 'communityCode')).path),
);
const readUnder = argsRule<{ under: string }>('committees:list', async (ctx, _p, args) =>
  readAt(ctx, (await new DivisionService(ctx).byCode(args.under, 'under')).path),
);
const figures = figuresOfNodeRule('committees:figures');
/** A member unit's admin nominates only for its own unit. */
const nominate = argsRule<{ input: { unitId: string } }>('committees:nominate', (ctx, _p, { input }) =>
  ctx.viewer.adminsOrganisation(Number(input.unitId)),
);
/** The community's secretary (or officials above) decides. */
const decide = argsRule<{ input: { seatId: string } }>('committees:decide', async (ctx, _p, { input }) =>
  ctx.viewer.canAdminister((await new CommitteeService(ctx).seat(input.seatId)).communityPath),
);
/** The delegating unit's admin or the secretary ends a seat. */
const end = argsRule<{ input: { seatId: string } }>('committees:end', async (ctx, _p, { input }) => {
  const seat = await new CommitteeService(ctx).seat(input.seatId);
  return (!!seat.unit && ctx.viewer.adminsOrganisation(seat.unit.id)) || ctx.viewer.canAdminister(seat.communityPath);
});

const recordMeeting = argsRule<{ input: { committeeId: string } }>('committees:meeting', async (ctx, _p, { input }) =>
  ctx.viewer.canAdminister((await new CommitteeService(ctx).committee(input.committeeId)).communityPath),
);
/** Only the unit a task was given to reports on it. */
const reportProgress = argsRule<{ input: { taskId: string } }>('committees:progress', async (ctx, _p, { input }) =>
  ctx.viewer.adminsOrganisation((await new MeetingService(ctx).task(input.taskId)).unit.id),
);
const readMeeting = (ctx: Context, m: { communityPath: string }) => readAt(ctx, m.communityPath);

/** Who may read committees and manage seats. */
export const committeeRules = {
  Query: {
    partyCommittee: and(isPerson, readCommittee),
    partyCommittees: and(isPerson, readUnder),
    committeeFigures: figures,
  },
  Mutation: {
    nominateDelegate: and(isPerson, nominate),
    decideSeat: and(isPerson, decide),
    endSeat: and(isPerson, end),
    recordCommitteeMeeting: and(isPerson, recordMeeting),
    reportFollowUpProgress: and(isPerson, reportProgress),
  },
  PartyCommittee: { '*': objectRule<PartyCommittee>('committees:see', (ctx, c) => readAt(ctx, c.communityPath)) },
  CommitteeSeat: {
    '*': objectRule<CommitteeSeat>(
      'committees:seeSeat',
      (ctx, s) => readAt(ctx, s.communityPath) || (!!s.unit && ctx.viewer.belongsTo(s.unit.id)),
    ),
  },
  CommitteeFiguresType: allow,
  CommitteeMeeting: { '*': objectRule<CommitteeMeeting>('committees:seeMeeting', readMeeting) },
  // Decisions are reached only through a visible meeting; tasks by the community's readers and their unit.
  CommitteeDecision: isSignedIn,
  FollowUpTask: {
    '*': objectRule<FollowUpTask>(
      'committees:seeTask',
      (ctx, t) => readAt(ctx, t.communityPath) || ctx.viewer.belongsTo(t.unit.id),
    ),
  },
  FollowUpProgress: isSignedIn,
};
