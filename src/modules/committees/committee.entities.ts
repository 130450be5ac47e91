import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import type { Division } from '../tree';

/** Full-time or part-time (delegated by a member unit). */
export enum SeatKind {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
registerEnumType(SeatKind, {
  name: 'SeatKind',
  description: 'Kind of committee seat. 委员类型',
  valuesConfig: {
    FULL_TIME: { description: 'Full-time member. 专职委员' },
    PART_TIME: { description: 'Part-time member delegated by a member unit. 兼职委员' },
  },
});

/** Where a seat stands. */
export enum SeatStatus {
  NOMINATED = 'NOMINATED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
}
registerEnumType(SeatStatus, {
  name: 'SeatStatus',
  description: 'Standing of a seat. 席位状态',
  valuesConfig: {
    NOMINATED: { description: 'Nominated by the unit, awaiting the secretary. 已推荐' },
    ACTIVE: { description: 'Confirmed (active while its term runs). 已确认' },
    DECLINED: { description: 'Declined by the secretary. 未通过' },
    ENDED: { description: 'Ended by the unit or the secretary. 已终止' },
  },
});

/** A community's party committee; a big committee (大党委) seats delegates of member units. */
@ObjectType({
  implements: BaseEntity,
  description: "A community's party committee (社区党组织; 大党委 when big). 社区党委",
})
@Entity({ tableName: 'party_committee' })
export class PartyCommittee extends BaseEntity {
  @ManyToOne({ entity: 'Division', unique: true })
  community!: Rel<Division>;

  @Property({ length: 140, index: true })
  communityPath!: string;

  @Field({ description: 'Name. 名称' })
  @Property({ length: 120 })
  name!: string;

  @Field({ description: 'A big committee with part-time members from member units. 是否大党委' })
  @Property({ default: false })
  big: boolean = false;
}

/** A seat on a committee, held by a person for a term; part-time seats are delegated by a unit. */
@ObjectType({ implements: BaseEntity, description: 'A seat on a party committee, for a term. 党委委员席位' })
@Entity({ tableName: 'committee_seat' })
// One open (nominated or active) seat per person and committee, enforced by the database.
@Index({
  name: 'committee_seat_one_open_per_person',
  expression: `create unique index "committee_seat_one_open_per_person" on "committee_seat" ("committee_id", "person_id") where status in ('NOMINATED', 'ACTIVE')`,
})
export class CommitteeSeat extends BaseEntity {
  @ManyToOne({ entity: 'PartyCommittee', index: true })
  committee!: Rel<PartyCommittee>;

  @Property({ length: 140, index: true })
  communityPath!: string;

  @ManyToOne({ entity: 'Person', index: true })
  person!: Rel<Person>;

  @Field(() => SeatKind, { description: 'Full- or part-time. 类型' })
  @Enum({ items: () => SeatKind })
  kind!: SeatKind;

  /** The member unit that delegated a part-time seat (驻社区单位). */
  @ManyToOne({ entity: 'Organisation', nullable: true, index: true })
  unit?: Rel<Organisation> | null;

  @Field(() => SeatStatus, { description: 'Standing. 状态' })
  @Enum({ items: () => SeatStatus })
  status!: SeatStatus;

  @Field(() => String, { description: 'Term starts (YYYY-MM-DD). 任期开始' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Term ends (YYYY-MM-DD). 任期结束' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined or ended. 原因' })
  @Property({ length: 300, nullable: true })
  reason?: string | null;
}
