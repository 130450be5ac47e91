import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { CITY_CODE, DivisionService } from '../tree';
import { Facility, FacilityUpgrade } from './facility.entities';
import { FacilityKind } from './facility.enums';
import { FacilityService } from './facility.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@InputType({ description: 'A facility of a node. 登记设施' })
export class RecordFacilityInput {
  @Field({ description: 'The node (code). 节点代码' })
  divisionCode!: string;

  @Field(() => FacilityKind, { description: 'Kind. 类型' })
  kind!: FacilityKind;

  @Field({ description: 'Name. 名称' })
  name!: string;

  @Field(() => Int, { description: 'Floor area, m². 建筑面积' })
  floorAreaM2!: number;
}

@InputType({ description: "An upgrade of a facility; it sets the facility's new area. 登记改造升级" })
export class RecordUpgradeInput {
  @Field(() => ID, { description: 'The facility. 设施' })
  facilityId!: string;

  @Field(() => Int, { description: 'Step 1–3 (“三步走”). 步骤' })
  step!: number;

  @Field(() => Int, { description: 'Year. 年度' })
  year!: number;

  @Field(() => Int, { description: 'Investment in yuan. 投资（元）' })
  investmentYuan!: number;

  @Field(() => Int, { description: 'Floor area after, m². 改造后面积' })
  areaAfterM2!: number;

  @Field({ description: 'Result. 成效' })
  result!: string;
}

@ObjectType({ description: 'Figures of one kind of facility. 设施分类统计' })
export class FacilityKindFigures {
  @Field(() => FacilityKind, { description: 'Kind. 类型' })
  kind!: FacilityKind;

  @Field(() => Int, { description: 'Facilities. 数量' })
  facilities!: number;

  @Field(() => Int, { nullable: true, description: 'Meeting the standard (null: no standard for the kind). 达标数' })
  meetingStandard!: number | null;

  @Field(() => Int, { description: 'Upgraded. 改造数' })
  upgraded!: number;

  @Field(() => Float, { description: 'Invested in their upgrades, yuan. 投资（元）' })
  investmentYuan!: number;
}

@ObjectType({ description: 'Figures of one step of the upgrades. 分步统计' })
export class FacilityStepFigures {
  @Field(() => Int, { description: 'Step. 步骤' })
  step!: number;

  @Field(() => Int, { description: 'Upgrades. 改造数' })
  upgrades!: number;

  @Field(() => Float, { description: 'Invested, yuan. 投资（元）' })
  investmentYuan!: number;
}

@ObjectType({ description: 'Service facility figures of a subtree. 综合服务设施统计' })
export class FacilityFigures {
  @Field(() => [FacilityKindFigures], { description: 'Per kind. 分类' })
  @MaxItems(Object.keys(FacilityKind).length)
  kinds!: FacilityKindFigures[];

  @Field(() => [FacilityStepFigures], { description: 'Per step. 分步' })
  @MaxItems(3)
  steps!: FacilityStepFigures[];
}

const what = { description: 'What to do. 输入' };

/** Service facilities (综合服务设施) and their upgrades. */
@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => [Facility], { description: "A node's service facilities. 节点设施" })
  @MaxItems(CAP.nodeFacilities.limit)
  facilities(@Arg('code', { description: 'Node code. 节点代码' }) code: string, @Ctx() ctx: Context) {
    return new FacilityService(ctx).atNode(code);
  }

  @Query(() => FacilityFigures, { description: 'Facility figures of a subtree (the city by default). 设施统计' })
  async facilityFigures(
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return new FacilityService(ctx).figures((await new DivisionService(ctx).byCode(code)).path);
  }

  @Mutation(() => Facility, { description: 'Record a facility of a node. 登记设施' })
  recordFacility(@Arg('input', what) input: RecordFacilityInput, @Ctx() ctx: Context) {
    return new FacilityService(ctx).record(input);
  }

  @Mutation(() => FacilityUpgrade, { description: 'Record an upgrade of a facility. 登记改造升级' })
  recordFacilityUpgrade(@Arg('input', what) input: RecordUpgradeInput, @Ctx() ctx: Context) {
    return new FacilityService(ctx).upgrade(input);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Standard area of its kind, m² (null: none). 标准面积' })
  standardM2(@Root() f: Facility): number | null {
    return FacilityService.standard(f);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether it meets the standard, computed (null: no standard). 是否达标',
  })
  meetsStandard(@Root() f: Facility): boolean | null {
    return FacilityService.meets(f);
  }

  @FieldResolver(() => [FacilityUpgrade], { description: 'Its upgrades, oldest first. 改造记录' })
  @MaxItems(CAP.facilityUpgrades.limit)
  upgrades(@Root() f: Facility, @Ctx() ctx: Context) {
    return ctx.loaders.upgradesOf.load(f.id);
  }
}
