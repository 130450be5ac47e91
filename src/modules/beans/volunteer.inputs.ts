import { Field, ID, InputType, Int } from 'type-graphql';
import { VolunteerChannel } from './volunteer.entities';

@InputType({ description: 'Register as a volunteer. 志愿者注册' })
export class RegisterVolunteerInput {
  @Field(() => VolunteerChannel, { description: 'How you came. 招募渠道' })
  channel!: VolunteerChannel;
}

@InputType({ description: 'A new volunteer service station at a community, paid by a fund above it. 新建志愿服务站' })
export class CreateStationInput {
  @Field({ description: 'Name. 名称' })
  name!: string;

  @Field({ description: 'The community or village (code). 所在社区代码' })
  divisionCode!: string;

  @Field(() => ID, { description: 'The fund that pays its volunteers. 基金' })
  fundId!: string;

  @Field(() => Int, { description: 'Beans per verified hour, 1–1000. 每小时金豆' })
  beansPerHour!: number;
}

@InputType({ description: 'A new activity at a station. 发布志愿活动' })
export class PostActivityInput {
  @Field(() => ID, { description: 'The station. 服务站' })
  stationId!: string;

  @Field({ description: 'Title. 标题' })
  title!: string;

  @Field(() => Date, { description: 'Starts. 开始' })
  startsAt!: Date;

  @Field(() => Date, { description: 'Ends. 结束' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Places, 1–10000. 名额' })
  capacity!: number;
}

@InputType({ description: "Verify a volunteer's hours; they earn the station's rate. 核验时长" })
export class VerifyHoursInput {
  @Field(() => ID, { description: 'The participation. 参与记录' })
  participationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes to credit (at most the signed time); the signed time if omitted. 核验分钟',
  })
  minutes?: number | null;

  @Field({ description: 'Your key for this request. 幂等键' })
  idempotencyKey!: string;
}

@InputType({ description: "Dispute a volunteer's hours: nothing is earned. 时长异议" })
export class DisputeHoursInput {
  @Field(() => ID, { description: 'The participation. 参与记录' })
  participationId!: string;

  @Field({ description: 'Why. 原因' })
  reason!: string;
}

@InputType({ description: 'Offer goods or a service for beans. 上架商品' })
export class ListItemInput {
  @Field(() => ID, { description: "The merchant's account. 商家账户" })
  merchantAccountId!: string;

  @Field({ description: 'Name. 名称' })
  name!: string;

  @Field(() => Int, { description: 'Price in beans, above zero. 价格' })
  price!: number;

  @Field(() => Int, { description: 'Stock, zero or more. 库存' })
  stock!: number;
}

@InputType({ description: 'Redeem one item with beans from your account. 兑换商品' })
export class RedeemItemInput {
  @Field(() => ID, { description: 'The item. 商品' })
  itemId!: string;

  @Field({ description: 'Your key for this request. 幂等键' })
  idempotencyKey!: string;
}
