import { ArrayType, Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import type { Division } from '../tree';
import {
  MatterAction,
  MatterCategory,
  MatterState,
  ParticipantKind,
  PlatformLevel,
  SessionStatus,
  Stance,
  TaskStatus,
  VoteOutcome,
  VoteStatus,
} from './consultation.enums';
import { MaxItems } from '../../shared/cost';

/** An attachment, by reference (the file itself lives elsewhere). */
export interface AttachmentRef {
  name: string;
  uri: string;
}

/** A matter raised on a consultation platform (民事民提), followed through its whole cycle. */
@ObjectType({ implements: BaseEntity, description: 'A matter for democratic consultation. 协商议题' })
@Entity({ tableName: 'consultation_matter' })
export class ConsultationMatter extends BaseEntity {
  /** The community (or village) or street whose platform the matter is raised on. */
  @ManyToOne({ entity: 'Division', index: true })
  platform!: Rel<Division>;

  @Property({ length: 140, index: true })
  platformPath!: string;

  @Field(() => PlatformLevel, { description: 'Platform level. 平台层级' })
  @Enum({ items: () => PlatformLevel })
  level!: PlatformLevel;

  @Field({ description: 'Title. 议题' })
  @Property({ length: 120 })
  title!: string;

  @Field({ description: 'What is proposed and why. 内容' })
  @Property({ length: 2000 })
  description!: string;

  @Field(() => MatterCategory, { description: 'Category. 类别' })
  @Enum({ items: () => MatterCategory })
  category!: MatterCategory;

  /** Paths of the nodes whose residents the matter affects (within the platform). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  affectedPaths!: string[];

  @Property({ type: 'jsonb' })
  attachments!: AttachmentRef[];

  @ManyToOne({ entity: 'Person', nullable: true, index: true })
  proposer?: Rel<Person> | null;

  /** The organisation the matter was raised on behalf of, if any. */
  @ManyToOne({ entity: 'Organisation', nullable: true })
  proposerOrganisation?: Rel<Organisation> | null;

  @Field(() => MatterState, { description: 'Where it stands. 状态' })
  @Enum({ items: () => MatterState, index: true })
  state!: MatterState;

  /** The decision's reasons, written when it is published. */
  @Field(() => String, { nullable: true, description: 'Reasons given with the published decision. 决定理由' })
  @Property({ length: 2000, nullable: true })
  reasons?: string | null;

  @Field(() => Date, { nullable: true, description: 'When a vote adopted a decision. 表决时间' })
  @Property({ type: 'timestamptz', nullable: true, index: true })
  decidedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the decision was published. 公开时间' })
  @Property({ type: 'timestamptz', nullable: true, index: true })
  publishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it closed. 办结时间' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** Mean rating of the evaluations, fixed when the matter closes. */
  @Property({ type: 'decimal', precision: 3, scale: 2, nullable: true })
  satisfaction?: string | null;
}

/** One step of a matter's history: who moved it from which state to which, when and why. */
@ObjectType({ implements: BaseEntity, description: 'A step in a matter’s history. 议题流转记录' })
@Entity({ tableName: 'consultation_transition' })
export class ConsultationTransition extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  matter!: Rel<ConsultationMatter>;

  @Field(() => MatterAction, { description: 'What was done. 操作' })
  @Enum({ items: () => MatterAction })
  action!: MatterAction;

  @Field(() => MatterState, { nullable: true, description: 'State before (none when proposed). 原状态' })
  @Enum({ items: () => MatterState, nullable: true })
  fromState?: MatterState | null;

  @Field(() => MatterState, { description: 'State after. 新状态' })
  @Enum({ items: () => MatterState })
  toState!: MatterState;

  @ManyToOne({ entity: 'Person', nullable: true })
  actor?: Rel<Person> | null;

  @Field(() => String, { nullable: true, description: 'Why. 理由' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;
}

/** Where a matter came from: merged from several, or split from one. */
@Entity({ tableName: 'consultation_lineage' })
@Unique({ properties: ['origin', 'successor'] })
export class ConsultationLineage extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  origin!: Rel<ConsultationMatter>;

  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  successor!: Rel<ConsultationMatter>;

  @Enum({ items: () => MatterAction })
  kind!: MatterAction;
}

/** A deliberation session (民议): invited participants and the opinions they gave. */
@ObjectType({ implements: BaseEntity, description: 'A deliberation session. 议事会议' })
@Entity({ tableName: 'consultation_session' })
export class ConsultationSession extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  matter!: Rel<ConsultationMatter>;

  @Property({ length: 140 })
  platformPath!: string;

  @Field({ description: 'Title. 会议名称' })
  @Property({ length: 120 })
  title!: string;

  @Field(() => Date, { description: 'Starts. 开始时间' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: 'Where. 地点' })
  @Property({ length: 200 })
  venue!: string;

  @Field(() => SessionStatus, { description: 'Planned or held. 状态' })
  @Enum({ items: () => SessionStatus })
  status!: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Minutes. 会议纪要' })
  @Property({ length: 2000, nullable: true })
  summary?: string | null;
}

/** A person invited to a session, possibly representing a unit or organisation. */
@ObjectType({ implements: BaseEntity, description: 'A participant invited to a session. 参会人' })
@Entity({ tableName: 'consultation_participant' })
@Unique({ properties: ['session', 'person'] })
export class ConsultationParticipant extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationSession', index: true })
  session!: Rel<ConsultationSession>;

  /** Denormalised for eligibility checks. */
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  matter!: Rel<ConsultationMatter>;

  @ManyToOne({ entity: 'Person', index: true })
  person!: Rel<Person>;

  @Field(() => ParticipantKind, { description: 'Who they are. 参与方' })
  @Enum({ items: () => ParticipantKind })
  kind!: ParticipantKind;

  @ManyToOne({ entity: 'Organisation', nullable: true })
  organisation?: Rel<Organisation> | null;
}

/** An opinion given in a session. */
@ObjectType({ implements: BaseEntity, description: 'An opinion given in a session. 意见' })
@Entity({ tableName: 'consultation_opinion' })
export class ConsultationOpinion extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationSession', index: true })
  session!: Rel<ConsultationSession>;

  @ManyToOne({ entity: 'ConsultationParticipant' })
  participant!: Rel<ConsultationParticipant>;

  @Field(() => Stance, { description: 'For, against or neither. 倾向' })
  @Enum({ items: () => Stance })
  stance!: Stance;

  @Field({ description: 'What was said. 意见' })
  @Property({ length: 1000 })
  text!: string;
}

/** A vote (民决): options, a deadline, a quorum and a threshold; the result is computed. */
@ObjectType({ implements: BaseEntity, description: 'A vote among the eligible participants. 表决' })
@Entity({ tableName: 'consultation_vote' })
// One open vote per matter, enforced by the database.
@Index({
  name: 'consultation_vote_one_open',
  expression: `create unique index "consultation_vote_one_open" on "consultation_vote" ("matter_id") where status = 'OPEN'`,
})
@Check({
  name: 'consultation_vote_percents',
  expression: 'quorum_percent >= 1 and quorum_percent <= 100 and threshold_percent >= 50 and threshold_percent <= 100',
})
export class ConsultationVote extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  matter!: Rel<ConsultationMatter>;

  @Field({ description: 'The question put to the vote. 表决事项' })
  @Property({ length: 300 })
  question!: string;

  @Field(() => [String], { description: 'Options, in order (ballots name an index). 选项' })
  @MaxItems(10)
  @Property({ type: ArrayType, columnType: 'text[]' })
  options!: string[];

  @Field(() => Date, { description: 'Ballots are taken until then. 截止时间' })
  @Property({ type: 'timestamptz' })
  deadline!: Date;

  @Field(() => Int, { description: 'Share of the eligible who must vote, in percent. 法定人数（%）' })
  @Property({ type: 'smallint' })
  quorumPercent!: number;

  @Field(() => Int, { description: 'Share of the ballots an option needs, in percent. 通过比例（%）' })
  @Property({ type: 'smallint' })
  thresholdPercent!: number;

  /** The persons who may vote: the participants of the matter's held sessions when the vote opened. */
  @Property({ type: ArrayType, columnType: 'integer[]' })
  eligibleIds!: number[];

  @Field(() => VoteStatus, { description: 'Open, closed or cancelled. 状态' })
  @Enum({ items: () => VoteStatus })
  status!: VoteStatus;

  @Field(() => Date, { nullable: true, description: 'When it closed. 结束时间' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => VoteOutcome, { nullable: true, description: 'The computed result, once closed. 结果' })
  @Enum({ items: () => VoteOutcome, nullable: true })
  outcome?: VoteOutcome | null;

  /** Ballots per option, fixed when the vote closes. */
  @Property({ type: ArrayType, columnType: 'integer[]', nullable: true })
  tallies?: number[] | null;

  /** The adopted option's index. */
  @Property({ type: 'smallint', nullable: true })
  adoptedOption?: number | null;
}

/** One participant's ballot: one per vote and person. Who voted how is never published. */
@Entity({ tableName: 'consultation_ballot' })
@Unique({ properties: ['vote', 'voter'] })
export class ConsultationBallot extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationVote' })
  vote!: Rel<ConsultationVote>;

  @ManyToOne({ entity: 'Person', index: true })
  voter!: Rel<Person>;

  @Property({ type: 'smallint' })
  option!: number;
}

/** A task implementing a decision (落实), with a responsible unit and a due date. */
@ObjectType({ implements: BaseEntity, description: 'A task implementing a decision. 落实任务' })
@Entity({ tableName: 'consultation_task' })
export class ConsultationTask extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  matter!: Rel<ConsultationMatter>;

  @Property({ length: 140 })
  platformPath!: string;

  @ManyToOne({ entity: 'Organisation', index: true })
  unit!: Rel<Organisation>;

  @Field({ description: 'What to do. 任务' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: 'Due (YYYY-MM-DD). 截止日期' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => TaskStatus, { description: 'Open or done. 状态' })
  @Enum({ items: () => TaskStatus })
  status!: TaskStatus;
}

/** A progress update on a task. */
@ObjectType({ implements: BaseEntity, description: 'A progress update on a task. 进展' })
@Entity({ tableName: 'consultation_progress' })
export class ConsultationProgress extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationTask', index: true })
  task!: Rel<ConsultationTask>;

  @Field({ description: 'What was done. 进展' })
  @Property({ length: 1000 })
  note!: string;

  @Field({ description: 'Whether this update completes the task. 是否完成' })
  @Property()
  done!: boolean;
}

/** A resident's feedback (反馈) on a progress update. */
@ObjectType({ implements: BaseEntity, description: 'A resident’s feedback on progress. 居民反馈' })
@Entity({ tableName: 'consultation_feedback' })
export class ConsultationFeedback extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationProgress', index: true })
  progress!: Rel<ConsultationProgress>;

  @ManyToOne({ entity: 'Person' })
  author!: Rel<Person>;

  @Field({ description: 'What the resident said. 反馈' })
  @Property({ length: 1000 })
  text!: string;
}

/** A resident's rating of the outcome (民评): once per resident and matter. */
@ObjectType({ implements: BaseEntity, description: 'A resident’s rating of the outcome. 居民评价' })
@Entity({ tableName: 'consultation_evaluation' })
@Unique({ properties: ['matter', 'resident'] })
@Check({ name: 'consultation_evaluation_rating', expression: 'rating >= 1 and rating <= 5' })
export class ConsultationEvaluation extends BaseEntity {
  @ManyToOne({ entity: 'ConsultationMatter', index: true })
  matter!: Rel<ConsultationMatter>;

  @ManyToOne({ entity: 'Person' })
  resident!: Rel<Person>;

  @Field(() => Int, { description: 'Rating, 1–5. 评分' })
  @Property({ type: 'smallint' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Comment. 评价' })
  @Property({ length: 500, nullable: true })
  comment?: string | null;
}
