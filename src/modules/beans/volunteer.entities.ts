import { Check, Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import type { BeanFund } from './bean-fund.entity';
import type { BeanTransfer } from './bean-transfer.entity';

/** How a volunteer came to volunteer. */
export enum VolunteerChannel {
  COMMUNITY = 'COMMUNITY',
  PARTY_ORGANISATION = 'PARTY_ORGANISATION',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  SCHOOL = 'SCHOOL',
  ENTERPRISE = 'ENTERPRISE',
  ONLINE = 'ONLINE',
  OTHER = 'OTHER',
}
registerEnumType(VolunteerChannel, {
  name: 'VolunteerChannel',
  description: 'The channel a volunteer came through. 招募渠道',
  valuesConfig: {
    COMMUNITY: { description: 'Their community. 社区' },
    PARTY_ORGANISATION: { description: 'A party organisation. 党组织' },
    SOCIAL_ORGANISATION: { description: 'A social organisation. 社会组织' },
    SCHOOL: { description: 'A school. 学校' },
    ENTERPRISE: { description: 'An enterprise. 企业' },
    ONLINE: { description: 'Online. 网络' },
    OTHER: { description: 'Another channel. 其他' },
  },
});

/** Where a participation stands. */
export enum ParticipationStatus {
  JOINED = 'JOINED',
  SIGNED_IN = 'SIGNED_IN',
  SIGNED_OUT = 'SIGNED_OUT',
  VERIFIED = 'VERIFIED',
  DISPUTED = 'DISPUTED',
}
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: "A volunteer's participation in an activity. 参与状态",
  valuesConfig: {
    JOINED: { description: 'Signed up. 已报名' },
    SIGNED_IN: { description: 'Signed in at the start. 已签到' },
    SIGNED_OUT: { description: 'Signed out, hours awaiting verification. 已签退' },
    VERIFIED: { description: 'Hours verified; beans earned. 已核验' },
    DISPUTED: { description: 'Hours disputed; nothing earned. 有异议' },
  },
});

/** A registered volunteer. */
@ObjectType({ implements: BaseEntity, description: 'A registered volunteer. 志愿者' })
@Entity({ tableName: 'volunteer' })
export class Volunteer extends BaseEntity {
  @ManyToOne({ entity: 'Person', unique: true })
  person!: Rel<Person>;

  @Field(() => VolunteerChannel, { description: 'How they came. 招募渠道' })
  @Enum({ items: () => VolunteerChannel })
  channel!: VolunteerChannel;
}

/** A volunteer service station (学雷锋志愿服务站): an organisation at a community, paying from a fund. */
@ObjectType({
  implements: BaseEntity,
  description: 'A volunteer service station and the rate it pays. 学雷锋志愿服务站',
})
@Entity({ tableName: 'volunteer_station' })
@Check({ name: 'volunteer_station_rate_positive', expression: 'beans_per_hour > 0' })
export class VolunteerStation extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', unique: true })
  organisation!: Rel<Organisation>;

  @ManyToOne({ entity: 'BeanFund' })
  fund!: Rel<BeanFund>;

  @Field(() => Int, { description: 'Beans earned per verified hour (published rate). 每小时金豆' })
  @Property({ type: 'integer' })
  beansPerHour!: number;

  /** Path of the station's node. */
  @Property({ length: 140, index: true })
  divisionPath!: string;
}

/** An activity posted by a station. */
@ObjectType({ implements: BaseEntity, description: 'A volunteer activity posted by a station. 志愿活动' })
@Entity({ tableName: 'volunteer_activity' })
export class VolunteerActivity extends BaseEntity {
  @ManyToOne({ entity: 'VolunteerStation', index: true })
  station!: Rel<VolunteerStation>;

  @Field({ description: 'Title. 标题' })
  @Property({ length: 120 })
  title!: string;

  @Field(() => Date, { description: 'Starts. 开始时间' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => Date, { description: 'Ends. 结束时间' })
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Places. 名额' })
  @Property({ type: 'integer' })
  capacity!: number;
}

/** A volunteer's participation in an activity, from sign-up to verified hours. */
@ObjectType({
  implements: BaseEntity,
  description: "A volunteer's participation, from sign-up to verified hours. 活动参与",
})
@Entity({ tableName: 'participation' })
@Unique({ properties: ['activity', 'person'] })
export class Participation extends BaseEntity {
  @ManyToOne({ entity: 'VolunteerActivity', index: true })
  activity!: Rel<VolunteerActivity>;

  @ManyToOne({ entity: 'Person' })
  person!: Rel<Person>;

  /** The station's organisation (denormalised from the activity, for permission checks). */
  @Property({ type: 'integer' })
  stationOrganisationId!: number;

  @Field(() => ParticipationStatus, { description: 'Where it stands. 状态' })
  @Enum({ items: () => ParticipationStatus, default: ParticipationStatus.JOINED })
  status: ParticipationStatus = ParticipationStatus.JOINED;

  @Field(() => Date, { nullable: true, description: 'Signed in. 签到时间' })
  @Property({ type: 'timestamptz', nullable: true })
  signedInAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Signed out. 签退时间' })
  @Property({ type: 'timestamptz', nullable: true })
  signedOutAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Minutes verified by the station. 核验时长（分钟）' })
  @Property({ type: 'integer', nullable: true })
  verifiedMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the hours were disputed. 异议原因' })
  @Property({ length: 200, nullable: true })
  disputeReason?: string | null;

  @ManyToOne({ entity: 'BeanTransfer', nullable: true, unique: true })
  earning?: Rel<BeanTransfer> | null;
}
