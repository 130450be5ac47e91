import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { readRows } from '../../shared/read-rows';
import { CITY_CODE, Division } from '../tree';
import { levelOfPath, oversees, runsPlatform, seesSession, standing } from './consultation.access';
import {
  ConsultationEvaluation,
  ConsultationFeedback,
  ConsultationMatter,
  ConsultationOpinion,
  ConsultationParticipant,
  ConsultationProgress,
  ConsultationSession,
  ConsultationTask,
  ConsultationTransition,
  ConsultationVote,
} from './consultation.entities';
import { MatterState, VoteStatus } from './consultation.enums';
import {
  ConsultationTaskInput,
  CastBallotInput,
  EditMatterInput,
  EvaluateMatterInput,
  GiveFeedbackInput,
  MatterStepInput,
  MergeMattersInput,
  OpenVoteInput,
  ProposeMatterInput,
  PublishDecisionInput,
  RecordSessionInput,
  ConsultationProgressInput,
  ScheduleSessionInput,
  SplitMatterInput,
} from './consultation.inputs';
import { closeDueVotes } from './consultation.deadlines';
import { PUBLISHED_STATES } from './consultation.machine';
import { ConsultationQueries } from './consultation.queries';
import { AFFECTED_MAX, MatterService } from './matter.service';
import { SessionService } from './session.service';
import { TaskService } from './task.service';
import { VoteService } from './vote.service';
import {
  Attachment,
  ConsultationMatterConnection,
  ConsultationRate,
  ConsultationResult,
  ConsultationResultConnection,
  EvaluationSummary,
  OptionTally,
} from './consultation.types';
import { CAP, MATTER_TIMELINE_MAX } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@ArgsType()
class MatterListArgs extends PageArgs {
  @Field({ description: 'Platforms beneath this node (code). 节点代码' })
  under!: string;

  @Field(() => [MatterState], { nullable: true, description: 'Only these states. 状态' })
  states?: MatterState[] | null;
}

@ArgsType()
class ResultListArgs extends PageArgs {
  @Field({ defaultValue: CITY_CODE, description: 'Platforms beneath this node (code); the city by default. 节点代码' })
  code: string = CITY_CODE;
}

const what = { description: 'What to do. 输入' };
const matterStep = { description: 'The matter and a reason. 议题与理由' };

/** Masks a name for callers who neither run the platform nor oversee it: 张三丰 → 张**. */
async function shownName(ctx: Context, name: string, platformPath: string): Promise<string> {
  if (oversees(ctx, platformPath) || runsPlatform(ctx, await standing(ctx), platformPath, levelOfPath(platformPath)))
    return name;
  return name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1));
}

/** Democratic consultation: matters and their whole cycle. */
@Resolver(() => ConsultationMatter)
export class ConsultationMatterResolver {
  @Query(() => ConsultationMatter, { description: 'A matter, whole. 协商议题' })
  consultationMatter(@Arg('id', () => ID, { description: 'The matter. 议题' }) id: string, @Ctx() ctx: Context) {
    return new MatterService(ctx).current(id, 'id');
  }

  @Query(() => ConsultationMatterConnection, {
    description: 'Matters raised on the platforms beneath a node, newest first. 协商议题列表',
  })
  consultationMatters(@Args() args: MatterListArgs, @Ctx() ctx: Context) {
    return new ConsultationQueries(ctx).matters(args);
  }

  @Query(() => ConsultationResultConnection, {
    description: 'Published results beneath a node, newest first; no sign-in needed. 协商结果公开',
  })
  publishedConsultations(@Args() args: ResultListArgs, @Ctx() ctx: Context) {
    return new ConsultationQueries(ctx).results(args);
  }

  @Query(() => ConsultationResult, { description: 'A matter’s published result; no sign-in needed. 协商结果' })
  consultationResult(
    @Arg('matterId', () => ID, { description: 'The matter. 议题' }) matterId: string,
    @Ctx() ctx: Context,
  ) {
    return new ConsultationQueries(ctx).result(matterId);
  }

  @Query(() => ConsultationRate, {
    description: 'Consultation rate of a node over a period (the year up to today by default). 协商率',
  })
  consultationRate(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Arg('from', () => String, { nullable: true, description: 'First day (YYYY-MM-DD). 开始日期' })
    from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last day (YYYY-MM-DD), today by default. 结束日期' })
    to?: string | null,
  ) {
    return new ConsultationQueries(ctx).rate({ code, from, to });
  }

  @Query(() => [ConsultationSession], { description: 'Sessions you are invited to, newest first. 我的议事会' })
  @MaxItems(CAP.personSessions.limit)
  async myConsultationSessions(@Ctx() ctx: Context) {
    const ids = [...(await standing(ctx)).sessionIds];
    if (!ids.length) return [];
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      ctx.em,
      ConsultationSession,
      { id: { $in: ids } },
      { orderBy: { startsAt: 'desc' }, limit: CAP.personSessions.limit + 1 },
    );
  }

  @Mutation(() => ConsultationMatter, { description: 'Raise a matter on a community’s or street’s platform. 民事民提' })
  proposeMatter(@Arg('input', what) input: ProposeMatterInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).propose(input);
  }

  @Mutation(() => ConsultationMatter, { description: 'Accept a matter for consultation (the platform). 受理' })
  acceptMatter(@Arg('input', matterStep) input: MatterStepInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).accept(input);
  }

  @Mutation(() => ConsultationMatter, { description: 'Decline a matter, with a reason (the platform). 不予受理' })
  declineMatter(@Arg('input', matterStep) input: MatterStepInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).decline(input);
  }

  @Mutation(() => ConsultationMatter, { description: 'Withdraw your matter before a decision (the proposer). 撤回' })
  withdrawMatter(@Arg('input', matterStep) input: MatterStepInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).withdraw(input);
  }

  @Mutation(() => ConsultationMatter, { description: 'Edit a matter’s text before its vote. 修改议题' })
  editMatter(@Arg('input', what) input: EditMatterInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).edit(input);
  }

  @Mutation(() => ConsultationMatter, {
    description: 'Merge matters of one platform into a new one (the platform). 合并议题',
  })
  mergeMatters(@Arg('input', what) input: MergeMattersInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).merge(input);
  }

  @Mutation(() => [ConsultationMatter], { description: 'Split a matter into parts (the platform). 拆分议题' })
  @MaxItems(10)
  splitMatter(@Arg('input', what) input: SplitMatterInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).split(input);
  }

  @Mutation(() => ConsultationSession, {
    description: 'Schedule a deliberation session and invite participants (the platform). 召开议事会',
  })
  scheduleConsultationSession(@Arg('input', what) input: ScheduleSessionInput, @Ctx() ctx: Context) {
    return new SessionService(ctx).scheduleSession(input);
  }

  @Mutation(() => ConsultationSession, {
    description: 'Record a held session’s minutes and opinions (the platform). 民议',
  })
  recordConsultationSession(@Arg('input', what) input: RecordSessionInput, @Ctx() ctx: Context) {
    return new SessionService(ctx).recordSession(input);
  }

  @Mutation(() => ConsultationVote, { description: 'Put a deliberated matter to the vote (the platform). 发起表决' })
  openConsultationVote(@Arg('input', what) input: OpenVoteInput, @Ctx() ctx: Context) {
    return new VoteService(ctx).openVote(input);
  }

  @Mutation(() => ConsultationVote, {
    description: 'Cast your ballot (eligible participants, once, before the deadline). 民决',
  })
  castConsultationBallot(@Arg('input', what) input: CastBallotInput, @Ctx() ctx: Context) {
    return new VoteService(ctx).castBallot(input);
  }

  @Mutation(() => ConsultationVote, { description: 'Close a vote and compute its result (the platform). 计票' })
  closeConsultationVote(
    @Arg('voteId', () => ID, { description: 'The vote. 表决' }) voteId: string,
    @Ctx() ctx: Context,
  ) {
    return new VoteService(ctx).closeVote({ voteId });
  }

  @Mutation(() => ConsultationMatter, { description: 'Publish the decision with its reasons (the platform). 公开' })
  publishConsultationDecision(@Arg('input', what) input: PublishDecisionInput, @Ctx() ctx: Context) {
    return new MatterService(ctx).publish(input);
  }

  @Mutation(() => ConsultationTask, {
    description: 'Give a unit a task implementing the decision (the platform). 落实',
  })
  assignConsultationTask(@Arg('input', what) input: ConsultationTaskInput, @Ctx() ctx: Context) {
    return new TaskService(ctx).assignTask(input);
  }

  @Mutation(() => ConsultationTask, { description: 'Report progress on a task (its unit or the platform). 进展' })
  reportConsultationProgress(@Arg('input', what) input: ConsultationProgressInput, @Ctx() ctx: Context) {
    return new TaskService(ctx).reportProgress(input);
  }

  @Mutation(() => ConsultationFeedback, {
    description: 'Give feedback on progress (residents of the affected nodes). 反馈',
  })
  giveConsultationFeedback(@Arg('input', what) input: GiveFeedbackInput, @Ctx() ctx: Context) {
    return new TaskService(ctx).giveFeedback(input);
  }

  @Mutation(() => ConsultationMatter, {
    description: 'Open evaluation once every task is done (the platform). 开始评价',
  })
  openConsultationEvaluation(
    @Arg('matterId', () => ID, { description: 'The matter. 议题' }) matterId: string,
    @Ctx() ctx: Context,
  ) {
    return new TaskService(ctx).openEvaluation({ matterId });
  }

  @Mutation(() => ConsultationEvaluation, {
    description: 'Rate the outcome, once (residents of the affected nodes). 民评',
  })
  evaluateConsultationMatter(@Arg('input', what) input: EvaluateMatterInput, @Ctx() ctx: Context) {
    return new TaskService(ctx).evaluate(input);
  }

  @Mutation(() => ConsultationMatter, {
    description: 'Close the matter with its satisfaction score (the platform). 办结',
  })
  closeConsultationMatter(
    @Arg('matterId', () => ID, { description: 'The matter. 议题' }) matterId: string,
    @Ctx() ctx: Context,
  ) {
    return new TaskService(ctx).close({ matterId });
  }

  // ── fields ──

  @FieldResolver(() => Division, { description: 'The platform’s node. 平台节点' })
  platform(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    return ctx.loaders.divisionById.load(m.platform.id);
  }

  @FieldResolver(() => [Division], { description: 'Nodes whose residents it affects. 涉及范围' })
  @MaxItems(AFFECTED_MAX)
  async affected(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.divisionByCode.loadMany(
      m.affectedPaths.map((p) => p.split('/').filter(Boolean).at(-1)!),
    );
    return rows.filter((r): r is Division => r instanceof Division);
  }

  @FieldResolver(() => [Attachment], { description: 'Attachments, by reference. 附件' })
  @MaxItems(10)
  attachments(@Root() m: ConsultationMatter): Attachment[] {
    return m.attachments;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who raised it (masked unless you run or oversee the platform). 提出人',
  })
  async proposedBy(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    if (m.proposerOrganisation)
      return (await ctx.loaders.organisationById.load(m.proposerOrganisation.id))?.name ?? null;
    if (!m.proposer) return null;
    const person = await ctx.loaders.personById.load(m.proposer.id);
    return person ? shownName(ctx, person.name, m.platformPath) : null;
  }

  @FieldResolver(() => [ConsultationMatter], { description: 'Matters it was merged or split from. 来源议题' })
  @MaxItems(10)
  async origins(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    const links = await ctx.loaders.originsOf.load(m.id);
    return currentMatters(
      ctx,
      links.map((l) => l.origin.id),
    );
  }

  @FieldResolver(() => [ConsultationMatter], { description: 'Matters it was merged into or split into. 去向议题' })
  @MaxItems(10)
  async successors(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    const links = await ctx.loaders.successorsOf.load(m.id);
    return currentMatters(
      ctx,
      links.map((l) => l.successor.id),
    );
  }

  @FieldResolver(() => [ConsultationTransition], { description: 'Its whole history, oldest first. 流转记录' })
  @MaxItems(MATTER_TIMELINE_MAX)
  timeline(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    return ctx.loaders.transitionsOf.load(m.id);
  }

  @FieldResolver(() => [ConsultationSession], {
    description: 'Its sessions you may see (all, if you run or oversee the platform). 议事会',
  })
  @MaxItems(CAP.matterSessions.limit)
  async sessions(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    const [s, rows] = await Promise.all([standing(ctx), ctx.loaders.sessionsOf.load(m.id)]);
    return rows.filter((row) => seesSession(ctx, s, row, m.level));
  }

  @FieldResolver(() => [ConsultationVote], { description: 'Its votes, oldest first. 表决' })
  @MaxItems(CAP.matterVotes.limit)
  votes(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    return ctx.loaders.votesOf.load(m.id);
  }

  @FieldResolver(() => [ConsultationTask], { description: 'Tasks implementing its decision. 落实任务' })
  @MaxItems(CAP.matterTasks.limit)
  tasks(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    return ctx.loaders.tasksOf.load(m.id);
  }

  @FieldResolver(() => EvaluationSummary, { description: 'Residents’ ratings so far. 评价汇总' })
  evaluations(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    return ctx.loaders.evaluationsOf.load(m.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Satisfaction score (mean rating), once closed. 满意度' })
  satisfactionScore(@Root() m: ConsultationMatter): number | null {
    return m.satisfaction == null ? null : Number(m.satisfaction);
  }

  @FieldResolver(() => ConsultationResult, {
    nullable: true,
    description: 'The published result, once published. 公开结果',
  })
  async result(@Root() m: ConsultationMatter, @Ctx() ctx: Context) {
    return PUBLISHED_STATES.includes(m.state) ? (await new ConsultationQueries(ctx).resultsOf([m]))[0] : null;
  }
}

/** Matters by id as they stand: their votes past the deadline closed first. */
async function currentMatters(ctx: Context, ids: number[]): Promise<ConsultationMatter[]> {
  await closeDueVotes(ctx.em, { matterIds: ids });
  const rows = await ctx.loaders.consultationMatterById.loadMany(ids);
  return rows.filter((r): r is ConsultationMatter => r instanceof ConsultationMatter);
}

@Resolver(() => ConsultationTransition)
export class ConsultationTransitionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who took the step (masked unless you run or oversee the platform). 操作人',
  })
  async actorName(@Root() t: ConsultationTransition, @Ctx() ctx: Context) {
    if (!t.actor) return null;
    const [person, matter] = await Promise.all([
      ctx.loaders.personById.load(t.actor.id),
      ctx.loaders.consultationMatterById.load(t.matter.id),
    ]);
    return person && matter ? shownName(ctx, person.name, matter.platformPath) : null;
  }
}

@Resolver(() => ConsultationSession)
export class ConsultationSessionResolver {
  @FieldResolver(() => [ConsultationParticipant], { description: 'Who was invited. 参会人' })
  @MaxItems(200)
  participants(@Root() s: ConsultationSession, @Ctx() ctx: Context) {
    return ctx.loaders.participantsOf.load(s.id);
  }

  @FieldResolver(() => [ConsultationOpinion], { description: 'Opinions recorded. 意见' })
  @MaxItems(500)
  opinions(@Root() s: ConsultationSession, @Ctx() ctx: Context) {
    return ctx.loaders.opinionsOf.load(s.id);
  }

  @FieldResolver(() => ID, { description: 'The matter. 议题' })
  matterId(@Root() s: ConsultationSession): string {
    return String(s.matter.id);
  }
}

@Resolver(() => ConsultationParticipant)
export class ConsultationParticipantResolver {
  @FieldResolver(() => String, { description: 'Name. 姓名' })
  async name(@Root() p: ConsultationParticipant, @Ctx() ctx: Context) {
    return (await ctx.loaders.personById.load(p.person.id))?.name ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'The unit or organisation represented. 所代表单位' })
  async organisationName(@Root() p: ConsultationParticipant, @Ctx() ctx: Context) {
    return p.organisation ? ((await ctx.loaders.organisationById.load(p.organisation.id))?.name ?? null) : null;
  }
}

@Resolver(() => ConsultationOpinion)
export class ConsultationOpinionResolver {
  @FieldResolver(() => ID, { description: 'The participant who gave it. 参会人' })
  participantId(@Root() o: ConsultationOpinion): string {
    return String(o.participant.id);
  }
}

@Resolver(() => ConsultationVote)
export class ConsultationVoteResolver {
  @FieldResolver(() => Int, { description: 'Participants eligible to vote. 应参与表决人数' })
  eligible(@Root() v: ConsultationVote): number {
    return v.eligibleIds.length;
  }

  @FieldResolver(() => Int, { description: 'Ballots cast so far. 已投票人数' })
  ballotsCast(@Root() v: ConsultationVote, @Ctx() ctx: Context) {
    return v.tallies ? v.tallies.reduce((a, b) => a + b, 0) : ctx.loaders.ballotsCastOf.load(v.id);
  }

  @FieldResolver(() => [OptionTally], {
    nullable: true,
    description: 'Ballots per option, once closed (hidden while open). 计票结果',
  })
  @MaxItems(10)
  tallies(@Root() v: ConsultationVote): OptionTally[] | null {
    return v.status === VoteStatus.CLOSED && v.tallies
      ? v.options.map((option, i) => ({ option, ballots: v.tallies![i] ?? 0 }))
      : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The adopted option, if any. 通过选项' })
  adopted(@Root() v: ConsultationVote): string | null {
    return v.adoptedOption == null ? null : v.options[v.adoptedOption];
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may vote in it. 我是否有表决权' })
  iAmEligible(@Root() v: ConsultationVote, @Ctx() ctx: Context): boolean {
    return ctx.viewer.personId !== null && v.eligibleIds.includes(ctx.viewer.personId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The option you chose, if you voted (only you see it). 我的选择',
  })
  myBallot(@Root() v: ConsultationVote, @Ctx() ctx: Context) {
    return ctx.viewer.personId === null ? null : ctx.loaders.ownBallotOf.load(`${ctx.viewer.personId}:${v.id}`);
  }

  @FieldResolver(() => ID, { description: 'The matter. 议题' })
  matterId(@Root() v: ConsultationVote): string {
    return String(v.matter.id);
  }
}

@Resolver(() => ConsultationTask)
export class ConsultationTaskResolver {
  @FieldResolver(() => String, { description: 'The responsible unit. 责任单位' })
  async unitName(@Root() t: ConsultationTask, @Ctx() ctx: Context) {
    return (await ctx.loaders.organisationById.load(t.unit.id))?.name ?? '';
  }

  @FieldResolver(() => ID, { description: 'The responsible unit’s id. 责任单位标识' })
  unitId(@Root() t: ConsultationTask): string {
    return String(t.unit.id);
  }

  @FieldResolver(() => [ConsultationProgress], { description: 'Progress updates, oldest first. 进展' })
  @MaxItems(CAP.taskProgress.limit)
  progress(@Root() t: ConsultationTask, @Ctx() ctx: Context) {
    return ctx.loaders.progressOf.load(t.id);
  }

  @FieldResolver(() => ID, { description: 'The matter. 议题' })
  matterId(@Root() t: ConsultationTask): string {
    return String(t.matter.id);
  }
}

@Resolver(() => ConsultationProgress)
export class ConsultationProgressResolver {
  @FieldResolver(() => [ConsultationFeedback], { description: 'Residents’ feedback on it. 居民反馈' })
  @MaxItems(CAP.progressFeedback.limit)
  feedback(@Root() p: ConsultationProgress, @Ctx() ctx: Context) {
    return ctx.loaders.feedbackOf.load(p.id);
  }
}
