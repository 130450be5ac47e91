import { Field, ID, InputType, Int } from 'type-graphql';
import { MatterCategory, ParticipantKind, Stance } from './consultation.enums';

@InputType({ description: 'An attachment, by reference. 附件' })
export class AttachmentInput {
  @Field({ description: 'Name shown. 名称' })
  name!: string;

  @Field({ description: 'Where it is (https: or urn:). 地址' })
  uri!: string;
}

@InputType({ description: 'A matter to raise on a platform. 提出议题' })
export class ProposeMatterInput {
  @Field({ description: 'The community, village or street whose platform it goes to (code). 平台节点代码' })
  platformCode!: string;

  @Field({ description: 'Title, 2–120 characters. 议题' })
  title!: string;

  @Field({ description: 'What and why, 2–2,000 characters. 内容' })
  description!: string;

  @Field(() => MatterCategory, { description: 'Category. 类别' })
  category!: MatterCategory;

  @Field(() => [String], {
    description: 'Codes of the nodes whose residents it affects (within the platform; 1–20). 涉及范围',
  })
  affectedCodes!: string[];

  @Field(() => [AttachmentInput], { nullable: true, description: 'Attachments by reference (up to 10). 附件' })
  attachments?: AttachmentInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Raise it on behalf of your organisation. 代表单位' })
  organisationId?: string | null;
}

@InputType({ description: 'A step on a matter, with a reason. 议题操作' })
export class MatterStepInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field(() => String, { nullable: true, description: 'Why (required to decline). 理由' })
  reason?: string | null;
}

@InputType({ description: 'Changes to a matter’s text, before a vote. 修改议题' })
export class EditMatterInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field(() => String, { nullable: true, description: 'New title. 议题' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description. 内容' })
  description?: string | null;

  @Field(() => MatterCategory, { nullable: true, description: 'New category. 类别' })
  category?: MatterCategory | null;

  @Field(() => [AttachmentInput], { nullable: true, description: 'New attachments. 附件' })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'Merge matters of one platform into a new one. 合并议题' })
export class MergeMattersInput {
  @Field(() => [ID], { description: 'The matters to merge (2–10). 被合并议题' })
  matterIds!: string[];

  @Field({ description: 'Title of the merged matter. 议题' })
  title!: string;

  @Field({ description: 'Its description. 内容' })
  description!: string;

  @Field(() => MatterCategory, { description: 'Its category. 类别' })
  category!: MatterCategory;
}

@InputType({ description: 'One part of a split. 拆分部分' })
export class SplitPartInput {
  @Field({ description: 'Title. 议题' })
  title!: string;

  @Field({ description: 'Description. 内容' })
  description!: string;

  @Field(() => [String], { description: 'Affected nodes (codes, within the original’s). 涉及范围' })
  affectedCodes!: string[];
}

@InputType({ description: 'Split a matter into parts. 拆分议题' })
export class SplitMatterInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field(() => [SplitPartInput], { description: 'The parts (2–10). 拆分后议题' })
  parts!: SplitPartInput[];
}

@InputType({ description: 'Someone invited to a session. 参会人' })
export class ParticipantInput {
  @Field(() => ID, { description: 'The person. 人员' })
  personId!: string;

  @Field(() => ParticipantKind, { description: 'Who they are. 参与方' })
  kind!: ParticipantKind;

  @Field(() => ID, { nullable: true, description: 'The unit or organisation they represent. 所代表单位' })
  organisationId?: string | null;
}

@InputType({ description: 'A deliberation session to hold. 召开议事会' })
export class ScheduleSessionInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field({ description: 'Title. 会议名称' })
  title!: string;

  @Field(() => Date, { description: 'Starts. 开始时间' })
  startsAt!: Date;

  @Field({ description: 'Where. 地点' })
  venue!: string;

  @Field(() => [ParticipantInput], { description: 'Invited participants (1–200). 参会人' })
  participants!: ParticipantInput[];
}

@InputType({ description: 'An opinion given in a session. 意见' })
export class OpinionInput {
  @Field(() => ID, { description: 'The participant. 参会人' })
  participantId!: string;

  @Field(() => Stance, { description: 'For, against or neither. 倾向' })
  stance!: Stance;

  @Field({ description: 'What was said. 意见' })
  text!: string;
}

@InputType({ description: 'The record of a held session. 会议记录' })
export class RecordSessionInput {
  @Field(() => ID, { description: 'The session. 会议' })
  sessionId!: string;

  @Field({ description: 'Minutes. 会议纪要' })
  summary!: string;

  @Field(() => [OpinionInput], { description: 'Opinions given (1–500). 意见' })
  opinions!: OpinionInput[];
}

@InputType({ description: 'A vote to open. 发起表决' })
export class OpenVoteInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field({ description: 'The question. 表决事项' })
  question!: string;

  @Field(() => [String], { description: 'Options (2–10, distinct). 选项' })
  options!: string[];

  @Field(() => Date, { description: 'Ballots are taken until then (in the future, within 90 days). 截止时间' })
  deadline!: Date;

  @Field(() => Int, { description: 'Share of the eligible who must vote, percent (1–100). 法定人数（%）' })
  quorumPercent!: number;

  @Field(() => Int, { description: 'Share of ballots an option needs, percent (50–100). 通过比例（%）' })
  thresholdPercent!: number;
}

@InputType({ description: 'A ballot. 投票' })
export class CastBallotInput {
  @Field(() => ID, { description: 'The vote. 表决' })
  voteId!: string;

  @Field(() => Int, { description: 'The chosen option’s index (from 0). 选项序号' })
  option!: number;
}

@InputType({ description: 'Publish a decision with its reasons. 公开决定' })
export class PublishDecisionInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field({ description: 'The reasons, 2–2,000 characters. 决定理由' })
  reasons!: string;
}

@InputType({ description: 'A task implementing a decision. 落实任务' })
export class ConsultationTaskInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field(() => ID, { description: 'The responsible unit (organisation). 责任单位' })
  unitId!: string;

  @Field({ description: 'What to do. 任务' })
  title!: string;

  @Field({ description: 'Due (YYYY-MM-DD). 截止日期' })
  dueOn!: string;
}

@InputType({ description: 'Progress on a task. 任务进展' })
export class ConsultationProgressInput {
  @Field(() => ID, { description: 'The task. 任务' })
  taskId!: string;

  @Field({ description: 'What was done. 进展' })
  note!: string;

  @Field({ description: 'Whether this completes the task. 是否完成' })
  done!: boolean;
}

@InputType({ description: 'A resident’s feedback on progress. 反馈' })
export class GiveFeedbackInput {
  @Field(() => ID, { description: 'The progress update. 进展' })
  progressId!: string;

  @Field({ description: 'What you have to say. 反馈' })
  text!: string;
}

@InputType({ description: 'A resident’s rating of the outcome. 评价' })
export class EvaluateMatterInput {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field(() => Int, { description: 'Rating, 1–5. 评分' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Comment. 评价' })
  comment?: string | null;
}
