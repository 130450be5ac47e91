import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { PartyCommittee } from './committee.entities';
import { CommitteeDecision, CommitteeMeeting, FollowUpProgress, FollowUpTask } from './meeting.entities';
import { DECISION_TASKS_MAX, MEETING_DECISIONS_MAX, MeetingService } from './meeting.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@InputType({ description: 'A follow-up task for a member unit. 落实任务' })
export class FollowUpTaskInput {
  @Field(() => ID, { description: 'The member unit. 责任单位' })
  unitId!: string;

  @Field({ description: 'What to do. 任务' })
  title!: string;

  @Field({ description: 'Due (YYYY-MM-DD). 截止日期' })
  dueOn!: string;
}

@InputType({ description: 'A decision and its follow-up tasks. 会议决定' })
export class DecisionInput {
  @Field({ description: 'What was decided. 决定事项' })
  text!: string;

  @Field(() => [FollowUpTaskInput], { defaultValue: [], description: 'Tasks for member units. 落实任务' })
  tasks!: FollowUpTaskInput[];
}

@InputType({ description: 'A committee meeting to record. 会议记录' })
export class RecordMeetingInput {
  @Field(() => ID, { description: 'The committee. 党委' })
  committeeId!: string;

  @Field({ description: 'Title. 会议名称' })
  title!: string;

  @Field({ description: 'Held on (YYYY-MM-DD). 日期' })
  heldOn!: string;

  @Field(() => [String], { description: 'Matters of common interest. 议题' })
  agenda!: string[];

  @Field(() => [ID], { description: 'Seats present. 出席委员席位' })
  attendeeSeatIds!: string[];

  @Field(() => [DecisionInput], { defaultValue: [], description: 'Decisions. 决定' })
  decisions!: DecisionInput[];
}

@InputType({ description: "A member unit's progress report. 进展报告" })
export class ReportProgressInput {
  @Field(() => ID, { description: 'The task. 任务' })
  taskId!: string;

  @Field({ description: 'What was done. 进展' })
  note!: string;

  @Field({ description: 'Whether the task is done with this. 是否完成' })
  done!: boolean;
}

const what = { description: 'What to do. 输入' };

/** Committee meetings, decisions and follow-up tasks. */
@Resolver(() => CommitteeMeeting)
export class MeetingResolver {
  @Mutation(() => CommitteeMeeting, {
    description: 'Record a committee meeting with its decisions and tasks. 记录党委会议',
  })
  recordCommitteeMeeting(@Arg('input', what) input: RecordMeetingInput, @Ctx() ctx: Context) {
    return new MeetingService(ctx).record(input);
  }

  @Mutation(() => FollowUpTask, { description: "Report progress on your unit's task. 报告任务进展" })
  reportFollowUpProgress(@Arg('input', what) input: ReportProgressInput, @Ctx() ctx: Context) {
    return new MeetingService(ctx).report(input);
  }

  @FieldResolver(() => [ID], { description: 'Seats present. 出席委员席位' })
  @MaxItems(CAP.committeeSeats.limit)
  attendeeSeatIds(@Root() m: CommitteeMeeting): string[] {
    return m.attendeeSeatIds.map(String);
  }

  @FieldResolver(() => [CommitteeDecision], { description: 'Its decisions. 会议决定' })
  @MaxItems(MEETING_DECISIONS_MAX)
  decisions(@Root() m: CommitteeMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.decisionsOfMeeting.load(m.id);
  }
}

@Resolver(() => PartyCommittee)
export class CommitteeMeetingsResolver {
  @FieldResolver(() => [CommitteeMeeting], { description: 'Its meetings, newest first. 会议' })
  @MaxItems(CAP.committeeMeetings.limit)
  meetings(@Root() c: PartyCommittee, @Ctx() ctx: Context) {
    // One past the field's bound per committee (see committee.loaders): more fails the field instead of being cut off.
    return ctx.loaders.meetingsOfCommittee.load(c.id);
  }
}

@Resolver(() => CommitteeDecision)
export class DecisionResolver {
  @FieldResolver(() => [FollowUpTask], { description: 'Its follow-up tasks. 落实任务' })
  @MaxItems(DECISION_TASKS_MAX)
  tasks(@Root() d: CommitteeDecision, @Ctx() ctx: Context) {
    return ctx.loaders.followUpTasksOf.load(d.id);
  }
}

@Resolver(() => FollowUpTask)
export class FollowUpTaskResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The member unit. 责任单位' })
  unit(@Root() t: FollowUpTask, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(t.unit.id);
  }

  @FieldResolver(() => [FollowUpProgress], { description: 'Progress reports, oldest first. 进展' })
  @MaxItems(CAP.followUpProgress.limit)
  progress(@Root() t: FollowUpTask, @Ctx() ctx: Context) {
    return ctx.loaders.followUpProgressOf.load(t.id);
  }
}
