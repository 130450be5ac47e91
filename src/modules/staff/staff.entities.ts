import { Check, Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Person } from '../people';
import type { Division } from '../tree';

/** A post on the community workers' pay scale. */
export enum StaffPost {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
  WORKER = 'WORKER',
}
registerEnumType(StaffPost, {
  name: 'StaffPost',
  description: 'Post on the pay scale. 岗位',
  valuesConfig: {
    HEAD: { description: 'Secretary or director. 正职' },
    DEPUTY: { description: 'Deputy. 副职' },
    MEMBER: { description: 'Committee member. 委员' },
    WORKER: { description: 'Community worker. 社区工作者' },
  },
});

/** Which system pays a person. */
export enum StaffKind {
  COMMUNITY_WORKER = 'COMMUNITY_WORKER',
  VILLAGE_CADRE = 'VILLAGE_CADRE',
}
registerEnumType(StaffKind, {
  name: 'StaffKind',
  description: 'Full-time community worker or village cadre. 人员类别',
  valuesConfig: {
    COMMUNITY_WORKER: { description: 'Full-time community worker, paid by post and grade. 专职社区工作者' },
    VILLAGE_CADRE: { description: 'Village cadre, paid in components. 村干部' },
  },
});

/** One cell of the post × grade pay scale: monthly pay including social insurance. */
@ObjectType({
  implements: BaseEntity,
  description: 'A cell of the post × grade pay scale (monthly, social insurance included). 岗位等级薪酬',
})
@Entity({ tableName: 'pay_scale' })
@Unique({ properties: ['post', 'grade'] })
export class PayScale extends BaseEntity {
  @Field(() => StaffPost, { description: 'Post. 岗位' })
  @Enum({ items: () => StaffPost })
  post!: StaffPost;

  @Field(() => Int, { description: 'Grade, 1 the lowest. 等级' })
  @Property({ type: 'smallint' })
  grade!: number;

  @Field(() => Int, { description: 'Monthly pay in yuan, social insurance included. 月薪（元，含社保）' })
  @Property({ type: 'integer' })
  monthlyYuan!: number;
}

/** A person on the staff of a community or village, and what they are paid. */
@ObjectType({ implements: BaseEntity, description: 'A member of a community’s or village’s staff. 社区（村）工作人员' })
@Entity({ tableName: 'staff_record' })
@Check({
  name: 'staff_record_pay_not_negative',
  expression:
    'base_yuan >= 0 and performance_yuan >= 0 and collective_reward_yuan >= 0 and pension_yuan >= 0 and group_allowance_yuan >= 0',
})
export class StaffRecord extends BaseEntity {
  @ManyToOne({ entity: 'Person', unique: true })
  person!: Rel<Person>;

  @ManyToOne({ entity: 'Division', index: true })
  division!: Rel<Division>;

  @Property({ length: 140, index: true })
  divisionPath!: string;

  @Field(() => StaffKind, { description: 'Worker or cadre. 类别' })
  @Enum({ items: () => StaffKind })
  kind!: StaffKind;

  @Field(() => StaffPost, { description: 'Post. 岗位' })
  @Enum({ items: () => StaffPost })
  post!: StaffPost;

  @Field(() => Int, { nullable: true, description: 'Grade on the scale (community workers). 等级' })
  @Property({ type: 'smallint', nullable: true })
  grade?: number | null;

  @Field({ description: 'Secretary who is also the director (“一肩挑”). 书记主任一肩挑' })
  @Property({ default: false })
  secretaryAlsoDirector: boolean = false;

  /** Village cadres' pay components, monthly yuan (zero for community workers). */
  @Property({ type: 'integer', default: 0 })
  baseYuan: number = 0;

  @Property({ type: 'integer', default: 0 })
  performanceYuan: number = 0;

  @Property({ type: 'integer', default: 0 })
  collectiveRewardYuan: number = 0;

  @Property({ type: 'integer', default: 0 })
  pensionYuan: number = 0;

  @Property({ type: 'integer', default: 0 })
  groupAllowanceYuan: number = 0;
}
