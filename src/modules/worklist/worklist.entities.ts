import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Division } from '../tree';
import { AccessRequestStatus, OutOfListReportStatus, WorkItemKind } from './worklist.enums';

/** A dated version of the two lists; at most one unpublished draft collects approved additions. */
@ObjectType({
  implements: BaseEntity,
  description: 'A version of the community work-item and seal lists. 社区工作事项清单版本',
})
@Entity({ tableName: 'work_list_version' })
export class WorkListVersion extends BaseEntity {
  @Field({ description: 'Label, e.g. 2019年版. 版本' })
  @Property({ length: 40, unique: true })
  label!: string;

  @Field(() => String, { nullable: true, description: 'In force from (YYYY-MM-DD); null for the draft. 施行日期' })
  @Property({ type: 'date', nullable: true })
  effectiveFrom?: string | null;

  @Field({ description: 'Published (false for the draft of the next version). 是否发布' })
  @Property({ default: false })
  published: boolean = false;
}

/** An item of a version: what departments may place on communities, or what they may seal. */
@ObjectType({ implements: BaseEntity, description: 'An item of the work list or the seal list. 清单事项' })
@Entity({ tableName: 'work_item' })
@Unique({ properties: ['version', 'code'] })
export class WorkItem extends BaseEntity {
  @ManyToOne({ entity: 'WorkListVersion' })
  version!: Rel<WorkListVersion>;

  @Field({ description: 'Stable code across versions (W… work, S… seal). 编号' })
  @Property({ length: 20 })
  code!: string;

  @Field(() => WorkItemKind, { description: 'Work or seal item. 类型' })
  @Enum({ items: () => WorkItemKind })
  kind!: WorkItemKind;

  @Field({ description: 'Title. 事项名称' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: 'Category. 类别' })
  @Property({ length: 40 })
  category!: string;

  @Field({ description: 'Legal basis. 设立依据' })
  @Property({ length: 300 })
  legalBasis!: string;

  @Field({ description: 'Responsible department. 责任部门' })
  @Property({ length: 80 })
  department!: string;
}

/** A department's request to place a new task on communities (准入申请). */
@ObjectType({
  implements: BaseEntity,
  description: "A department's request to place a new task on communities. 准入申请",
})
@Entity({ tableName: 'access_request' })
export class AccessRequest extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', index: true })
  department!: Rel<Organisation>;

  @Field(() => WorkItemKind, { description: 'Work or seal item. 类型' })
  @Enum({ items: () => WorkItemKind })
  kind!: WorkItemKind;

  @Field({ description: 'Title of the task. 事项名称' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: 'Category. 类别' })
  @Property({ length: 40 })
  category!: string;

  @Field({ description: 'Legal basis. 设立依据' })
  @Property({ length: 300 })
  legalBasis!: string;

  @Field({ description: 'Why communities should carry it. 申请理由' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => AccessRequestStatus, { description: 'Standing. 状态' })
  @Enum({ items: () => AccessRequestStatus, default: AccessRequestStatus.PENDING })
  status: AccessRequestStatus = AccessRequestStatus.PENDING;

  @Field(() => String, { nullable: true, description: "The bureau's reason. 审核意见" })
  @Property({ length: 500, nullable: true })
  decisionReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'Decided. 审核时间' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Code of the item it became, once approved. 准入编号' })
  @Property({ length: 20, nullable: true })
  itemCode?: string | null;
}

/** A task a department placed on a community, from an item on the current list. */
@ObjectType({
  implements: BaseEntity,
  description: 'A task placed on a community, from the current list. 社区工作任务',
})
@Entity({ tableName: 'community_task' })
export class CommunityTask extends BaseEntity {
  @ManyToOne({ entity: 'WorkItem' })
  item!: Rel<WorkItem>;

  @Field({ description: 'Code of the list item it comes from. 事项编号' })
  @Property({ length: 20 })
  itemCode!: string;

  @ManyToOne({ entity: 'Division', index: true })
  community!: Rel<Division>;

  @Property({ length: 140, index: true })
  communityPath!: string;

  @ManyToOne({ entity: 'Organisation' })
  department!: Rel<Organisation>;

  @Field({ description: 'What to do. 任务' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: 'Due (YYYY-MM-DD). 截止日期' })
  @Property({ type: 'date' })
  dueOn!: string;
}

/** A community's report of a task imposed from outside the list (清单外事项). */
@ObjectType({ implements: BaseEntity, description: 'A report of a task imposed from outside the list. 清单外事项报告' })
@Entity({ tableName: 'out_of_list_report' })
export class OutOfListReport extends BaseEntity {
  @ManyToOne({ entity: 'Division', index: true })
  community!: Rel<Division>;

  @Property({ length: 140, index: true })
  communityPath!: string;

  @Property({ type: 'integer' })
  reportedByPersonId!: number;

  @Field({ description: 'The task. 事项' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: 'Who imposed it. 下派单位' })
  @Property({ length: 80 })
  imposedBy!: string;

  @Field({ description: 'What happened. 情况说明' })
  @Property({ length: 1000 })
  description!: string;

  @Field(() => OutOfListReportStatus, { description: 'Standing. 状态' })
  @Enum({ items: () => OutOfListReportStatus, default: OutOfListReportStatus.OPEN })
  status: OutOfListReportStatus = OutOfListReportStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'What the investigation found and did. 处理结果' })
  @Property({ length: 1000, nullable: true })
  outcome?: string | null;

  @Field(() => Date, { nullable: true, description: 'Closed. 办结时间' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}
