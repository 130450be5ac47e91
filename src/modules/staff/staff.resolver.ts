import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Person } from '../people';
import { PayScale, StaffRecord } from './staff.entities';
import { StaffService } from './staff.service';
import { MaxItems } from '../../shared/cost';

/** Monthly pay, in yuan. */
@ObjectType({ description: 'Monthly pay in yuan (personal data). 月薪酬' })
export class StaffPayType {
  @Field(() => Int, { description: 'Total per month, social insurance included. 月合计' })
  monthlyTotal!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The scale’s amount for the post and grade (community workers). 岗位等级标准',
  })
  scaleYuan!: number | null;

  @Field(() => Int, { description: 'Base pay (village cadres). 基本报酬' })
  baseYuan!: number;

  @Field(() => Int, { description: 'Performance pay. 绩效报酬' })
  performanceYuan!: number;

  @Field(() => Int, { description: 'Reward from collective income. 集体经济收入奖励' })
  collectiveRewardYuan!: number;

  @Field(() => Int, { description: 'Pension contribution. 养老保险' })
  pensionYuan!: number;

  @Field(() => Int, { description: "Group cadres' allowance. 村民小组干部补贴" })
  groupAllowanceYuan!: number;
}

/** Staff and pay. */
@Resolver(() => StaffRecord)
export class StaffResolver {
  @Query(() => [PayScale], {
    description: 'The post × grade pay scale of full-time community workers. 专职社区工作者薪酬标准',
  })
  @MaxItems(100)
  payScale(@Ctx() ctx: Context) {
    return new StaffService(ctx).scale();
  }

  @Query(() => [StaffRecord], { description: "A community's or village's staff. 工作人员" })
  @MaxItems(100)
  staff(@Arg('code', { description: 'Node code. 节点代码' }) code: string, @Ctx() ctx: Context) {
    return new StaffService(ctx).atNode(code);
  }

  @Query(() => StaffRecord, {
    nullable: true,
    description: 'Your own staff record, if you are on the staff. 我的任职薪酬',
  })
  myStaffRecord(@Ctx() ctx: Context) {
    return new StaffService(ctx).mine();
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person. 人员' })
  person(@Root() r: StaffRecord, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(r.person.id);
  }

  @FieldResolver(() => StaffPayType, {
    nullable: true,
    description: 'Pay: for the person, the bureau’s HR and their street’s HR only; null with FORBIDDEN otherwise. 薪酬',
  })
  pay(@Root() r: StaffRecord, @Ctx() ctx: Context) {
    return new StaffService(ctx).pay(r);
  }
}
