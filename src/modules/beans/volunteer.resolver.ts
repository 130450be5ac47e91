import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { readRows } from '../../shared/read-rows';
import { Organisation } from '../organisations';
import { BeanTransfer } from './bean-transfer.entity';
import { BeanTransferPayload } from './bean.resolver';
import { CatalogueItem } from './catalogue.entities';
import { CatalogueService } from './catalogue.service';
import { Participation, Volunteer, VolunteerActivity, VolunteerStation } from './volunteer.entities';
import {
  CreateStationInput,
  DisputeHoursInput,
  ListItemInput,
  PostActivityInput,
  RedeemItemInput,
  RegisterVolunteerInput,
  VerifyHoursInput,
} from './volunteer.inputs';
import { ACTIVITY_CAPACITY_MAX, VolunteerService } from './volunteer.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

const what = { description: 'What to do. 输入' };
const idArg = (description: string) => ({ description });

/** The answer of a verification. */
@ObjectType({ description: 'Verified hours and the beans they earned. 核验结果' })
export class VerifyHoursPayload {
  @Field(() => Participation, { description: 'The participation, now verified. 参与记录' })
  participation!: Participation;

  @Field(() => BeanTransfer, {
    nullable: true,
    description: 'The earning (none when the hours earn less than a bean). 奖励流水',
  })
  transfer!: BeanTransfer | null;

  @Field({ description: 'True when the key had been used and this is the first result again. 是否重放' })
  replayed!: boolean;
}

/** Volunteers earning beans at stations, and merchants' catalogues. */
@Resolver()
export class VolunteerResolver {
  @Mutation(() => Volunteer, { description: 'Register as a volunteer; opens your bean account. 志愿者注册' })
  registerVolunteer(@Arg('input', what) input: RegisterVolunteerInput, @Ctx() ctx: Context) {
    return new VolunteerService(ctx).register(input.channel);
  }

  @Mutation(() => VolunteerStation, {
    description: 'Set up a volunteer service station paid by a fund. 新建志愿服务站',
  })
  createVolunteerStation(@Arg('input', what) input: CreateStationInput, @Ctx() ctx: Context) {
    return new VolunteerService(ctx).createStation(input);
  }

  @Mutation(() => VolunteerActivity, { description: 'Post an activity at your station. 发布志愿活动' })
  postVolunteerActivity(@Arg('input', what) input: PostActivityInput, @Ctx() ctx: Context) {
    return new VolunteerService(ctx).postActivity(input);
  }

  @Query(() => [VolunteerActivity], { description: "A station's activities. 服务站活动" })
  @MaxItems(CAP.stationActivities.limit)
  async volunteerActivities(
    @Arg('stationId', () => ID, idArg('The station. 服务站')) stationId: string,
    @Ctx() ctx: Context,
  ) {
    const station = await new VolunteerService(ctx).station(stationId);
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      ctx.em,
      VolunteerActivity,
      { station: station.id },
      { orderBy: { startsAt: 'desc' }, limit: CAP.stationActivities.limit + 1 },
    );
  }

  @Query(() => [Participation], { description: 'Your participations, newest first. 我的志愿活动' })
  @MaxItems(CAP.personParticipations.limit)
  myParticipations(@Ctx() ctx: Context) {
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      ctx.em,
      Participation,
      { person: ctx.viewer.personId! },
      { orderBy: { id: 'desc' }, limit: CAP.personParticipations.limit + 1 },
    );
  }

  @Query(() => [Participation], { description: "An activity's participants (its station's managers). 活动参与名单" })
  @MaxItems(ACTIVITY_CAPACITY_MAX)
  async activityParticipations(
    @Arg('activityId', () => ID, idArg('The activity. 活动')) activityId: string,
    @Ctx() ctx: Context,
  ) {
    const activity = await new VolunteerService(ctx).activity(activityId);
    return readRows(ctx.em, Participation, { activity: activity.id }, { orderBy: { id: 'asc' } });
  }

  @Mutation(() => Participation, { description: 'Join an activity while places are left. 报名' })
  joinVolunteerActivity(
    @Arg('activityId', () => ID, idArg('The activity. 活动')) activityId: string,
    @Ctx() ctx: Context,
  ) {
    return new VolunteerService(ctx).join(activityId);
  }

  @Mutation(() => Participation, { description: 'Sign in at the start of an activity you joined. 签到' })
  signInVolunteerActivity(
    @Arg('participationId', () => ID, idArg('Your participation. 参与记录')) id: string,
    @Ctx() ctx: Context,
  ) {
    return new VolunteerService(ctx).signIn(id);
  }

  @Mutation(() => Participation, { description: 'Sign out at the end. 签退' })
  signOutVolunteerActivity(
    @Arg('participationId', () => ID, idArg('Your participation. 参与记录')) id: string,
    @Ctx() ctx: Context,
  ) {
    return new VolunteerService(ctx).signOut(id);
  }

  @Mutation(() => VerifyHoursPayload, {
    description: "Verify a volunteer's hours; they earn the station's rate. 核验时长",
  })
  async verifyVolunteerHours(
    @Arg('input', what) input: VerifyHoursInput,
    @Ctx() ctx: Context,
  ): Promise<VerifyHoursPayload> {
    const { participation, transfer } = await new VolunteerService(ctx).verify(input);
    return { participation, transfer: transfer?.transfer ?? null, replayed: transfer?.replayed ?? false };
  }

  @Mutation(() => Participation, { description: "Dispute a volunteer's hours; nothing is earned. 时长异议" })
  disputeVolunteerHours(@Arg('input', what) input: DisputeHoursInput, @Ctx() ctx: Context) {
    return new VolunteerService(ctx).dispute(input);
  }

  @Query(() => [CatalogueItem], { description: 'Items on offer for beans, cheapest first. 兑换目录' })
  @MaxItems(CAP.catalogueItems.limit)
  beanCatalogue(
    @Arg('merchantAccountId', () => ID, { nullable: true, description: 'Only this merchant. 商家账户' })
    merchantAccountId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new CatalogueService(ctx).catalogue(merchantAccountId);
  }

  @Mutation(() => CatalogueItem, { description: 'Offer goods or a service for beans. 上架商品' })
  listCatalogueItem(@Arg('input', what) input: ListItemInput, @Ctx() ctx: Context) {
    return new CatalogueService(ctx).list(input);
  }

  @Mutation(() => BeanTransferPayload, { description: 'Redeem one item with beans from your account. 兑换商品' })
  redeemCatalogueItem(@Arg('input', what) input: RedeemItemInput, @Ctx() ctx: Context) {
    return new CatalogueService(ctx).redeem(input);
  }
}

/** Fields linking stations, activities and participations. */
@Resolver(() => VolunteerStation)
export class StationResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The station as an organisation (its admins are its managers). 服务站机构',
  })
  organisation(@Root() s: VolunteerStation, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(s.organisation.id);
  }

  @FieldResolver(() => ID, { description: 'The fund that pays. 基金' })
  fundId(@Root() s: VolunteerStation): string {
    return String(s.fund.id);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => VolunteerActivity, { description: 'The activity. 活动' })
  async activity(@Root() p: Participation, @Ctx() ctx: Context) {
    return new VolunteerService(ctx).activity(String(p.activity.id));
  }
}

@Resolver(() => VolunteerActivity)
export class ActivityResolver {
  @FieldResolver(() => VolunteerStation, { description: 'The station. 服务站' })
  station(@Root() a: VolunteerActivity, @Ctx() ctx: Context) {
    return new VolunteerService(ctx).station(String(a.station.id));
  }
}

@Resolver(() => CatalogueItem)
export class CatalogueItemResolver {
  @FieldResolver(() => ID, { description: "The merchant's account. 商家账户" })
  merchantAccountId(@Root() i: CatalogueItem): string {
    return String(i.merchant.id);
  }
}
