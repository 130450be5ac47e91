import { ArrayType, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { PartyCommittee } from './committee.entities';
import { MaxItems } from '../../shared/cost';

/** Where a follow-up task stands. */
export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Standing of a follow-up task. 任务状态',
  valuesConfig: { OPEN: { description: 'Under way. 进行中' }, DONE: { description: 'Done. 已完成' } },
});

/** A meeting of a committee on matters of common interest (定期研究商议实事). */
@ObjectType({ implements: BaseEntity, description: 'A committee meeting: agenda, attendance, decisions. 党委会议' })
@Entity({ tableName: 'committee_meeting' })
export class CommitteeMeeting extends BaseEntity {
  @ManyToOne({ entity: 'PartyCommittee', index: true })
  committee!: Rel<PartyCommittee>;

  @Property({ length: 140, index: true })
  communityPath!: string;

  @Field({ description: 'Title. 会议名称' })
  @Property({ length: 120 })
  title!: string;

  @Field(() => String, { description: 'Held on (YYYY-MM-DD). 日期' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => [String], { description: 'Matters of common interest on the agenda. 议题' })
  @MaxItems(30)
  @Property({ type: ArrayType, columnType: 'text[]' })
  agenda!: string[];

  /** Seats present (ids). */
  @Property({ type: ArrayType, columnType: 'integer[]' })
  attendeeSeatIds!: number[];
}

/** A decision of a meeting. */
@ObjectType({ implements: BaseEntity, description: 'A decision of a committee meeting. 会议决定' })
@Entity({ tableName: 'committee_decision' })
export class CommitteeDecision extends BaseEntity {
  @ManyToOne({ entity: 'CommitteeMeeting', index: true })
  meeting!: Rel<CommitteeMeeting>;

  @Field({ description: 'What was decided. 决定事项' })
  @Property({ length: 500 })
  text!: string;
}

/** A follow-up task a decision assigns to a member unit, reported on until done. */
@ObjectType({ implements: BaseEntity, description: 'A follow-up task assigned to a member unit. 落实任务' })
@Entity({ tableName: 'follow_up_task' })
export class FollowUpTask extends BaseEntity {
  @ManyToOne({ entity: 'CommitteeDecision', index: true })
  decision!: Rel<CommitteeDecision>;

  @ManyToOne({ entity: 'Organisation', index: true })
  unit!: Rel<Organisation>;

  @Property({ length: 140 })
  communityPath!: string;

  @Field({ description: 'What to do. 任务' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: 'Due (YYYY-MM-DD). 截止日期' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => FollowUpStatus, { description: 'Standing. 状态' })
  @Enum({ items: () => FollowUpStatus })
  status!: FollowUpStatus;
}

/** A member unit's report on a task. */
@ObjectType({ implements: BaseEntity, description: "A unit's progress report on a follow-up task. 进展报告" })
@Entity({ tableName: 'follow_up_progress' })
export class FollowUpProgress extends BaseEntity {
  @ManyToOne({ entity: 'FollowUpTask', index: true })
  task!: Rel<FollowUpTask>;

  @Field({ description: 'What was done. 进展' })
  @Property({ length: 500 })
  note!: string;

  @Field({ description: 'Whether this report completes the task. 是否完成' })
  @Property()
  done!: boolean;
}
