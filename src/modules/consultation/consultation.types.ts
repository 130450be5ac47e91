import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../shared/pagination';
import { ConsultationMatter } from './consultation.entities';
import { MatterCategory, MatterState, PlatformLevel } from './consultation.enums';
import { MaxItems } from '../../shared/cost';

@ObjectType({ description: 'An attachment, by reference. 附件' })
export class Attachment {
  @Field({ description: 'Name. 名称' })
  name!: string;

  @Field({ description: 'Where it is. 地址' })
  uri!: string;
}

@ObjectType({ description: 'One option of a vote and its ballots. 选项票数' })
export class OptionTally {
  @Field({ description: 'The option. 选项' })
  option!: string;

  @Field(() => Int, { description: 'Ballots for it. 票数' })
  ballots!: number;
}

/**
 * A published decision, readable by anyone: what was decided, by how many, and why — never who
 * voted how, who proposed it, or what was said in the sessions.
 */
@ObjectType({ description: 'A published consultation result, public. 协商结果公开' })
export class ConsultationResult {
  @Field(() => ID, { description: 'The matter. 议题' })
  matterId!: string;

  @Field({ description: 'Title. 议题' })
  title!: string;

  @Field(() => MatterCategory, { description: 'Category. 类别' })
  category!: MatterCategory;

  @Field(() => PlatformLevel, { description: 'Platform level. 平台层级' })
  level!: PlatformLevel;

  @Field({ description: 'Platform node code. 平台节点代码' })
  platformCode!: string;

  @Field({ description: 'Platform node name. 平台节点名称' })
  platformName!: string;

  @Field({ description: 'The question put to the vote. 表决事项' })
  question!: string;

  @Field(() => [OptionTally], { description: 'Ballots per option. 各选项票数' })
  @MaxItems(10)
  tallies!: OptionTally[];

  @Field({ description: 'The adopted option. 通过选项' })
  decision!: string;

  @Field(() => Int, { description: 'Participants eligible to vote. 应参与表决人数' })
  eligible!: number;

  @Field(() => Int, { description: 'Ballots cast. 实际投票人数' })
  ballotsCast!: number;

  @Field(() => Int, { description: 'Quorum, percent. 法定人数（%）' })
  quorumPercent!: number;

  @Field(() => Int, { description: 'Threshold, percent. 通过比例（%）' })
  thresholdPercent!: number;

  @Field({ description: 'Reasons. 决定理由' })
  reasons!: string;

  @Field(() => Date, { description: 'Decided. 表决时间' })
  decidedAt!: Date;

  @Field(() => Date, { description: 'Published. 公开时间' })
  publishedAt!: Date;

  @Field(() => MatterState, { description: 'Where implementation stands. 当前状态' })
  state!: MatterState;

  @Field(() => Float, { nullable: true, description: 'Mean rating (1–5) once closed. 满意度' })
  satisfaction!: number | null;
}

@ObjectType({ description: 'Consultation rate of a node over a period. 协商率' })
export class ConsultationRate {
  @Field({ description: 'Node code. 节点代码' })
  code!: string;

  @Field({ description: 'First day (YYYY-MM-DD). 开始日期' })
  from!: string;

  @Field({ description: 'Last day (YYYY-MM-DD). 结束日期' })
  to!: string;

  @Field(() => Int, { description: 'Communities and villages beneath the node. 城乡社区数' })
  communities!: number;

  @Field(() => Int, { description: 'Of them, with at least one consultation decided in the period. 开展协商的社区数' })
  consulted!: number;

  @Field(() => Float, { description: 'consulted / communities (0 when there are none). 协商率' })
  rate!: number;
}

@ObjectType({ description: 'Evaluations of a matter. 评价汇总' })
export class EvaluationSummary {
  @Field(() => Int, { description: 'Residents who rated it. 评价人数' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating so far. 平均分' })
  average!: number | null;
}

export const { Edge: ConsultationMatterEdge, Connection: ConsultationMatterConnection } = connectionOf(
  ConsultationMatter,
  'ConsultationMatter',
  '协商议题',
);
export const { Edge: ConsultationResultEdge, Connection: ConsultationResultConnection } = connectionOf(
  ConsultationResult,
  'ConsultationResult',
  '协商结果',
);
