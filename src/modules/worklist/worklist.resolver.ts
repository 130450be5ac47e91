import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { Division } from '../tree';
import { AccessRequest, CommunityTask, OutOfListReport, WorkItem, WorkListVersion } from './worklist.entities';
import { WorkItemKind } from './worklist.enums';
import {
  AssignCommunityTaskInput,
  CloseOutOfListInput,
  DecideAccessRequestInput,
  FileAccessRequestInput,
  PublishWorkListInput,
  ReportOutOfListInput,
} from './worklist.inputs';
import { WorkListService } from './worklist.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

/** The most items a version of the lists holds (297 in the 2019 version; a new version adds a few dozen): its `items`, and each part of a diff of two versions. */
const WORK_ITEMS_MAX = CAP.workItems.limit;

@ObjectType({ description: "An item's change between two versions. 事项变化" })
export class WorkItemChange {
  @Field(() => WorkItem, { description: 'In the earlier version. 调整前' })
  before!: WorkItem;

  @Field(() => WorkItem, { description: 'In the later version. 调整后' })
  after!: WorkItem;
}

@ObjectType({ description: 'What changed between two versions of the list. 清单差异' })
export class WorkListDiff {
  @Field(() => [WorkItem], { description: 'Items only in the later version. 新增' })
  @MaxItems(WORK_ITEMS_MAX)
  added!: WorkItem[];

  @Field(() => [WorkItem], { description: 'Items only in the earlier version. 取消' })
  @MaxItems(WORK_ITEMS_MAX)
  removed!: WorkItem[];

  @Field(() => [WorkItemChange], { description: 'Items in both, changed. 调整' })
  @MaxItems(WORK_ITEMS_MAX)
  changed!: WorkItemChange[];
}

const what = { description: 'What to do. 输入' };

/** The work-item access list (社区工作准入制度). */
@Resolver(() => WorkListVersion)
export class WorkListResolver {
  @Query(() => [WorkListVersion], { description: 'Published versions of the list, oldest first. 清单版本' })
  @MaxItems(CAP.workListVersions.limit)
  workListVersions(@Ctx() ctx: Context) {
    return new WorkListService(ctx).versions();
  }

  @Query(() => WorkListVersion, { description: 'The version in force. 现行清单' })
  currentWorkList(@Ctx() ctx: Context) {
    return new WorkListService(ctx).current();
  }

  @Query(() => WorkListDiff, { description: 'Added, removed and changed items between two versions. 清单比较' })
  workListDiff(
    @Arg('from', () => ID, { description: 'Earlier version. 旧版本' }) from: string,
    @Arg('to', () => ID, { description: 'Later version. 新版本' }) to: string,
    @Ctx() ctx: Context,
  ) {
    return new WorkListService(ctx).diff(from, to);
  }

  @Mutation(() => WorkListVersion, { description: 'Publish the next version (the yearly review). 发布新版清单' })
  publishWorkListVersion(@Arg('input', what) input: PublishWorkListInput, @Ctx() ctx: Context) {
    return new WorkListService(ctx).publish(input);
  }

  @FieldResolver(() => [WorkItem], { description: 'Its items, by code. 事项' })
  @MaxItems(WORK_ITEMS_MAX)
  items(
    @Root() v: WorkListVersion,
    @Arg('kind', () => WorkItemKind, { nullable: true, description: 'Only this list. 类型' }) kind: WorkItemKind | null,
    @Ctx() ctx: Context,
  ) {
    return new WorkListService(ctx).items(v, kind);
  }

  @FieldResolver(() => Int, { description: 'Number of work items. 工作事项数' })
  async workItems(@Root() v: WorkListVersion, @Ctx() ctx: Context) {
    return (await new WorkListService(ctx).items(v, WorkItemKind.WORK)).length;
  }

  @FieldResolver(() => Int, { description: 'Number of seal items. 盖章事项数' })
  async sealItems(@Root() v: WorkListVersion, @Ctx() ctx: Context) {
    return (await new WorkListService(ctx).items(v, WorkItemKind.SEAL)).length;
  }
}

/** Access requests, tasks and out-of-list reports. */
@Resolver()
export class AccessResolver {
  @Mutation(() => AccessRequest, { description: 'File a request to place a new task on communities. 提交准入申请' })
  fileAccessRequest(@Arg('input', what) input: FileAccessRequestInput, @Ctx() ctx: Context) {
    return new WorkListService(ctx).fileRequest(input);
  }

  @Query(() => [AccessRequest], { description: "Access requests: a department's own, or all for the bureau. 准入申请" })
  @MaxItems(CAP.accessRequests.limit)
  accessRequests(
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only this department. 部门' })
    departmentId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new WorkListService(ctx).requests(departmentId);
  }

  @Mutation(() => AccessRequest, { description: 'Approve or reject an access request. 准入审核' })
  decideAccessRequest(@Arg('input', what) input: DecideAccessRequestInput, @Ctx() ctx: Context) {
    return new WorkListService(ctx).decide(input);
  }

  @Mutation(() => CommunityTask, { description: 'Place a task from the list in force on a community. 下派社区任务' })
  assignCommunityTask(@Arg('input', what) input: AssignCommunityTaskInput, @Ctx() ctx: Context) {
    return new WorkListService(ctx).assignTask(input);
  }

  @Query(() => [CommunityTask], { description: "A community's tasks, newest first. 社区任务" })
  @MaxItems(CAP.communityTasks.limit)
  communityTasks(
    @Arg('communityCode', { description: 'The community (code). 社区代码' }) communityCode: string,
    @Ctx() ctx: Context,
  ) {
    return new WorkListService(ctx).tasks(communityCode);
  }

  @Mutation(() => OutOfListReport, { description: 'Report a task imposed from outside the list. 报告清单外事项' })
  reportOutOfListTask(@Arg('input', what) input: ReportOutOfListInput, @Ctx() ctx: Context) {
    return new WorkListService(ctx).report(input);
  }

  @Query(() => [OutOfListReport], { description: 'Out-of-list reports beneath a node, newest first. 清单外事项报告' })
  @MaxItems(CAP.outOfListReports.limit)
  outOfListReports(@Arg('under', { description: 'The node (code). 节点代码' }) under: string, @Ctx() ctx: Context) {
    return new WorkListService(ctx).reports(under);
  }

  @Mutation(() => OutOfListReport, { description: 'Close a report with its outcome. 办结报告' })
  closeOutOfListReport(@Arg('input', what) input: CloseOutOfListInput, @Ctx() ctx: Context) {
    return new WorkListService(ctx).close(input);
  }
}

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The department. 申请部门' })
  department(@Root() r: AccessRequest, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(r.department.id);
  }
}

@Resolver(() => CommunityTask)
export class CommunityTaskResolver {
  @FieldResolver(() => Division, { nullable: true, description: 'The community. 社区' })
  community(@Root() t: CommunityTask, @Ctx() ctx: Context) {
    return ctx.loaders.divisionById.load(t.community.id);
  }
}

@Resolver(() => OutOfListReport)
export class OutOfListReportResolver {
  @FieldResolver(() => Division, { nullable: true, description: 'The community. 社区' })
  community(@Root() r: OutOfListReport, @Ctx() ctx: Context) {
    return ctx.loaders.divisionById.load(r.community.id);
  }
}
