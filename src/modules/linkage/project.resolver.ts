import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { ProjectStatus, ServiceProject, ServiceRecord } from './project.entities';
import { ProjectService } from './project.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@InputType({ description: 'A service project to buy. 新建购买服务项目' })
export class CreateServiceProjectInput {
  @Field(() => ID, { description: 'The buyer: the bureau, a street office or a community committee. 购买方' })
  buyerId!: string;

  @Field(() => ID, { description: 'The contractor, a social organisation. 承接方' })
  contractorId!: string;

  @Field({ description: 'Title. 项目名称' })
  title!: string;

  @Field(() => Int, { description: 'Budget in yuan. 预算（元）' })
  budgetYuan!: number;

  @Field({ description: 'Starts (YYYY-MM-DD). 开始' })
  startsOn!: string;

  @Field({ description: 'Ends (YYYY-MM-DD). 结束' })
  endsOn!: string;

  @Field(() => [String], { description: 'Communities served (codes). 服务社区' })
  communityCodes!: string[];

  @Field(() => [ID], { description: "The contractor's social workers assigned. 派驻社工" })
  workerIds!: string[];
}

@InputType({ description: "The buyer's evaluation. 项目评估" })
export class EvaluateProjectInput {
  @Field(() => ID, { description: 'The project. 项目' })
  projectId!: string;

  @Field(() => Int, { description: 'Score, 1–5. 得分' })
  score!: number;

  @Field({ description: 'Evaluation. 意见' })
  note!: string;
}

@InputType({ description: "A service delivered by one of the project's workers. 服务记录" })
export class RecordServiceInput {
  @Field(() => ID, { description: 'The project. 项目' })
  projectId!: string;

  @Field(() => ID, { description: 'The social worker. 社工' })
  workerId!: string;

  @Field({ description: 'Date (YYYY-MM-DD). 日期' })
  servedOn!: string;

  @Field(() => Int, { description: 'Hours, 1–24. 时长' })
  hours!: number;

  @Field(() => Int, { description: 'Beneficiaries. 服务人数' })
  beneficiaries!: number;

  @Field({ description: 'Notes. 记录' })
  notes!: string;
}

const what = { description: 'What to do. 输入' };
const projectArg = { description: 'The project. 项目' };

/** Service projects bought from social organisations (政府购买服务). */
@Resolver(() => ServiceProject)
export class ProjectResolver {
  @Query(() => ServiceProject, { description: 'A service project. 服务项目' })
  serviceProject(@Arg('id', () => ID, projectArg) id: string, @Ctx() ctx: Context) {
    return new ProjectService(ctx).project(id);
  }

  @Mutation(() => ServiceProject, { description: 'Buy a service project. 新建购买服务项目' })
  createServiceProject(@Arg('input', what) input: CreateServiceProjectInput, @Ctx() ctx: Context) {
    return new ProjectService(ctx).create(input);
  }

  @Mutation(() => ServiceProject, { description: 'Start a planned project. 启动项目' })
  startServiceProject(@Arg('id', () => ID, projectArg) id: string, @Ctx() ctx: Context) {
    return new ProjectService(ctx).advance(id, ProjectStatus.RUNNING);
  }

  @Mutation(() => ServiceProject, { description: 'Complete a running project. 结项' })
  completeServiceProject(@Arg('id', () => ID, projectArg) id: string, @Ctx() ctx: Context) {
    return new ProjectService(ctx).advance(id, ProjectStatus.COMPLETED);
  }

  @Mutation(() => ServiceProject, { description: 'Evaluate a completed project (the buyer). 项目评估' })
  evaluateServiceProject(@Arg('input', what) input: EvaluateProjectInput, @Ctx() ctx: Context) {
    return new ProjectService(ctx).evaluate(input);
  }

  @Mutation(() => ServiceRecord, { description: 'Record a service delivered under your project. 填报服务记录' })
  recordServiceDelivery(@Arg('input', what) input: RecordServiceInput, @Ctx() ctx: Context) {
    return new ProjectService(ctx).record(input);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Budget in yuan: the buyer chain only; null with FORBIDDEN for others. 预算（元）',
  })
  budgetYuan(@Root() p: ServiceProject): number {
    return p.budgetYuan;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The contractor. 承接方' })
  contractor(@Root() p: ServiceProject, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(p.contractor.id);
  }

  @FieldResolver(() => [ServiceRecord], { description: 'Services delivered, newest first. 服务记录' })
  @MaxItems(CAP.projectRecords.limit)
  records(@Root() p: ServiceProject, @Ctx() ctx: Context) {
    return new ProjectService(ctx).records(p);
  }
}
