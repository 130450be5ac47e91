import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { objectRuleOr } from '../../shared/object-rule-or';
import { allow, and, argsRule, isPerson, isSignedIn, objectRule, readVerdict } from '../../shared/rules';
import { CITY_CODE, DivisionService } from '../tree';
import {
  levelOfPath,
  livesIn,
  loadedStanding,
  oversees,
  platformLevelOf,
  runsPlatform,
  seesMatter,
  seesSession,
  standing,
  type Standing,
} from './consultation.access';
import { PlatformLevel } from './consultation.enums';
import type { ConsultationMatter, ConsultationSession, ConsultationTask } from './consultation.entities';
import { MatterService } from './matter.service';
import { SessionService } from './session.service';
import { TaskService } from './task.service';
import { VoteService } from './vote.service';

type MatterArgs = { input?: { matterId?: string; matterIds?: string[] }; matterId?: string; id?: string };

/** The platform's runners, for a matter named by the arguments. */
const runsMatterOf = (name: string, pick: (args: MatterArgs) => string) =>
  argsRule<MatterArgs>(name, async (ctx, _p, args) => {
    const m = await new MatterService(ctx).matter(pick(args));
    return runsPlatform(ctx, await standing(ctx), m.platformPath, m.level);
  });
const byInput = (args: MatterArgs) => args.input!.matterId!;
const byArg = (args: MatterArgs) => args.matterId!;

/** Reading a matter (the standing it loads keeps the object rules beneath on their fast path). */
const readMatter = argsRule<{ id: string }>('consultation:read', async (ctx, _p, { id }) => {
  const s = await standing(ctx);
  return seesMatter(ctx, s, await new MatterService(ctx).matter(id, 'id'));
});

/**
 * Listing a node's matters: the street and above beneath them; a platform's runners and the
 * residents of a community or village for their own platform.
 */
const listMatters = argsRule<{ under: string }>('consultation:list', async (ctx, _p, { under }) => {
  const node = await new DivisionService(ctx).byCode(under, 'under');
  const s = await standing(ctx);
  if (oversees(ctx, node.path)) return true;
  const level = platformLevelOf(node.kind);
  if (level && runsPlatform(ctx, s, node.path, level)) return true;
  return level === PlatformLevel.COMMUNITY && livesIn(s, [node.path]);
});

/** Aggregates: roles with read power over the node (analysts among them), tokens with FIGURES_READ. */
const rate = argsRule<{ code?: string }>('consultation:rate', async (ctx, _p, args) =>
  readVerdict(ctx, (await new DivisionService(ctx).byCode(args.code ?? CITY_CODE)).path, Scope.FIGURES_READ),
);

/** Residents of the platform's area, its runners, and members of an organisation raising it on the organisation's behalf. */
const propose = argsRule<{ input: { platformCode: string; organisationId?: string | null } }>(
  'consultation:propose',
  async (ctx, _p, { input }) => {
    const { node, level } = await new MatterService(ctx).platform(input.platformCode);
    const s = await standing(ctx);
    if (input.organisationId) return ctx.viewer.belongsTo(Number(input.organisationId));
    return runsPlatform(ctx, s, node.path, level) || livesIn(s, [node.path]);
  },
);

/** The proposer (or an admin of the organisation it was raised for). */
const isProposer = (ctx: Context, m: ConsultationMatter) =>
  (!!m.proposer && m.proposer.id === ctx.viewer.personId) ||
  (!!m.proposerOrganisation && ctx.viewer.adminsOrganisation(m.proposerOrganisation.id));
const withdraw = argsRule<MatterArgs>('consultation:withdraw', async (ctx, _p, args) => {
  await standing(ctx); // not needed here: loaded now, it keeps the object rules of what is returned on their fast path
  return isProposer(ctx, await new MatterService(ctx).matter(byInput(args)));
});
const edit = argsRule<MatterArgs>('consultation:edit', async (ctx, _p, args) => {
  const s = await standing(ctx);
  const m = await new MatterService(ctx).matter(byInput(args));
  return isProposer(ctx, m) || runsPlatform(ctx, s, m.platformPath, m.level);
});
const merge = argsRule<{ input: { matterIds: string[] } }>('consultation:merge', async (ctx, _p, { input }) => {
  const s = await standing(ctx);
  const service = new MatterService(ctx);
  for (const id of input.matterIds) {
    const m = await service.matter(id, 'matterIds');
    if (!runsPlatform(ctx, s, m.platformPath, m.level)) return false;
  }
  return true;
});
const runsSession = argsRule<{ input: { sessionId: string } }>('consultation:session', async (ctx, _p, { input }) => {
  const session = await new SessionService(ctx).session(input.sessionId);
  return runsPlatform(ctx, await standing(ctx), session.platformPath, levelOfPath(session.platformPath));
});
const closeVote = argsRule<{ voteId: string }>('consultation:closeVote', async (ctx, _p, { voteId }) => {
  const m = await new MatterService(ctx).matter(String((await new VoteService(ctx).vote(voteId)).matter.id));
  return runsPlatform(ctx, await standing(ctx), m.platformPath, m.level);
});
/** The responsible unit's people, or the platform's runners. */
const progress = argsRule<{ input: { taskId: string } }>('consultation:progress', async (ctx, _p, { input }) => {
  const s = await standing(ctx);
  const task = await new TaskService(ctx).task(input.taskId);
  return ctx.viewer.belongsTo(task.unit.id) || runsPlatform(ctx, s, task.platformPath, levelOfPath(task.platformPath));
});

/**
 * An object rule on the caller's standing. Decided without I/O once the standing is loaded (the
 * entry rules above load it, so the permission layer's fast path stays synchronous); where it is
 * not loaded yet, the fast path's refusal is not final: it waits for the standing (lazy, once per
 * request) and decides again. Never allowed, nor refused, for want of it.
 */
function standingRule<P extends { id: number }>(name: string, sees: (ctx: Context, s: Standing, p: P) => boolean) {
  const loaded = objectRule<P>(name, (ctx, p) => {
    const s = loadedStanding(ctx);
    return !!s && sees(ctx, s, p);
  });
  return objectRuleOr<P>(loaded, `${name}:awaited`, async (ctx, p) => sees(ctx, await standing(ctx), p));
}

const seeMatter = standingRule<ConsultationMatter>('consultation:seeMatter', seesMatter);
const seeSession = standingRule<ConsultationSession>('consultation:seeSession', (ctx, s, session) =>
  seesSession(ctx, s, session, levelOfPath(session.platformPath)),
);
const seeTask = standingRule<ConsultationTask>(
  'consultation:seeTask',
  (ctx, s, t) =>
    oversees(ctx, t.platformPath) ||
    runsPlatform(ctx, s, t.platformPath, levelOfPath(t.platformPath)) ||
    livesIn(s, [t.platformPath]) ||
    ctx.viewer.belongsTo(t.unit.id),
);

/**
 * Who may do what with consultations. Published results and their list are open to anyone;
 * everything else needs a person. Parts of a matter without a rule of their own (votes,
 * opinions, progress, feedback, the timeline) are reached only through a matter, session or
 * task the caller may see, or returned by the caller's own permitted step.
 */
export const consultationRules = {
  Query: {
    consultationMatter: and(isPerson, readMatter),
    consultationMatters: and(isPerson, listMatters),
    publishedConsultations: allow,
    consultationResult: allow,
    consultationRate: rate,
    myConsultationSessions: isPerson,
  },
  Mutation: {
    proposeMatter: and(isPerson, propose),
    acceptMatter: and(isPerson, runsMatterOf('consultation:accept', byInput)),
    declineMatter: and(isPerson, runsMatterOf('consultation:decline', byInput)),
    withdrawMatter: and(isPerson, withdraw),
    editMatter: and(isPerson, edit),
    mergeMatters: and(isPerson, merge),
    splitMatter: and(isPerson, runsMatterOf('consultation:split', byInput)),
    scheduleConsultationSession: and(isPerson, runsMatterOf('consultation:schedule', byInput)),
    recordConsultationSession: and(isPerson, runsSession),
    openConsultationVote: and(isPerson, runsMatterOf('consultation:openVote', byInput)),
    castConsultationBallot: isPerson,
    closeConsultationVote: and(isPerson, closeVote),
    publishConsultationDecision: and(isPerson, runsMatterOf('consultation:publish', byInput)),
    assignConsultationTask: and(isPerson, runsMatterOf('consultation:assign', byInput)),
    reportConsultationProgress: and(isPerson, progress),
    giveConsultationFeedback: isPerson,
    openConsultationEvaluation: and(isPerson, runsMatterOf('consultation:openEvaluation', byArg)),
    evaluateConsultationMatter: isPerson,
    closeConsultationMatter: and(isPerson, runsMatterOf('consultation:close', byArg)),
  },
  ConsultationMatter: { '*': seeMatter },
  ConsultationSession: { '*': seeSession },
  ConsultationTask: { '*': seeTask },
  ConsultationParticipant: isSignedIn,
  ConsultationOpinion: isSignedIn,
  ConsultationVote: isSignedIn,
  ConsultationTransition: isSignedIn,
  ConsultationProgress: isSignedIn,
  ConsultationFeedback: isSignedIn,
  ConsultationEvaluation: isSignedIn,
  EvaluationSummary: isSignedIn,
  Attachment: isSignedIn,
  ConsultationMatterConnection: isSignedIn,
  ConsultationMatterEdge: isSignedIn,
  ConsultationResult: allow,
  ConsultationResultConnection: allow,
  ConsultationResultEdge: allow,
  OptionTally: allow,
  ConsultationRate: allow,
};
