import { Field, ID, InputType } from 'type-graphql';
import { WorkItemKind } from './worklist.enums';

@InputType({ description: "A department's request to place a new task on communities. 准入申请" })
export class FileAccessRequestInput {
  @Field(() => ID, { description: 'Your department. 申请部门' })
  departmentId!: string;

  @Field(() => WorkItemKind, { description: 'Work or seal item. 类型' })
  kind!: WorkItemKind;

  @Field({ description: 'Title, 2–200 characters. 事项名称' })
  title!: string;

  @Field({ description: 'Category. 类别' })
  category!: string;

  @Field({ description: 'Legal basis (required: items on the list have a source). 设立依据' })
  legalBasis!: string;

  @Field({ description: 'Why communities should carry it. 申请理由' })
  reason!: string;
}

@InputType({ description: 'The bureau’s decision on an access request. 准入审核' })
export class DecideAccessRequestInput {
  @Field(() => ID, { description: 'The request. 申请' })
  id!: string;

  @Field({ description: 'Approve (it enters the next version) or reject. 是否准入' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Reason (required to reject). 审核意见' })
  reason?: string | null;
}

@InputType({ description: 'The yearly review: publish the next version. 清单动态调整' })
export class PublishWorkListInput {
  @Field({ description: 'Label of the new version, e.g. 2026年版. 版本' })
  label!: string;

  @Field({ description: 'In force from (YYYY-MM-DD). 施行日期' })
  effectiveFrom!: string;

  @Field(() => [String], { defaultValue: [], description: 'Codes of current items to drop. 取消事项编号' })
  removeCodes!: string[];
}

@InputType({ description: 'Place a task from the current list on a community. 下派社区任务' })
export class AssignCommunityTaskInput {
  @Field(() => ID, { description: 'Your department. 部门' })
  departmentId!: string;

  @Field({ description: 'Code of the item on the current list. 事项编号' })
  itemCode!: string;

  @Field({ description: 'The community or village (code). 社区代码' })
  communityCode!: string;

  @Field({ description: 'What to do. 任务' })
  title!: string;

  @Field({ description: 'Due (YYYY-MM-DD). 截止日期' })
  dueOn!: string;
}

@InputType({ description: 'Report a task imposed from outside the list. 报告清单外事项' })
export class ReportOutOfListInput {
  @Field({ description: 'Your community (code). 社区代码' })
  communityCode!: string;

  @Field({ description: 'The task. 事项' })
  title!: string;

  @Field({ description: 'Who imposed it. 下派单位' })
  imposedBy!: string;

  @Field({ description: 'What happened. 情况说明' })
  description!: string;
}

@InputType({ description: 'Close a report with what the investigation found and did. 办结报告' })
export class CloseOutOfListInput {
  @Field(() => ID, { description: 'The report. 报告' })
  id!: string;

  @Field({ description: 'The outcome. 处理结果' })
  outcome!: string;
}
