import { Check, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Division } from '../tree';
import { FacilityKind } from './facility.enums';

/** A service facility of a node, with its floor area. */
@ObjectType({
  implements: BaseEntity,
  description: 'A service facility of a community, village or group. 综合服务设施',
})
@Entity({ tableName: 'facility' })
@Check({ name: 'facility_area_positive', expression: 'floor_area_m2 > 0' })
export class Facility extends BaseEntity {
  @ManyToOne({ entity: 'Division', index: true })
  division!: Rel<Division>;

  @Property({ length: 140, index: true })
  divisionPath!: string;

  @Field(() => FacilityKind, { description: 'Kind. 类型' })
  @Enum({ items: () => FacilityKind })
  kind!: FacilityKind;

  @Field({ description: 'Name. 名称' })
  @Property({ length: 120 })
  name!: string;

  @Field(() => Int, { description: 'Floor area in m². 建筑面积（平方米）' })
  @Property({ type: 'integer' })
  floorAreaM2!: number;
}

/** An upgrade project of a facility, one of the source's three steps. */
@ObjectType({
  implements: BaseEntity,
  description: 'An upgrade of a facility (the three steps, “三步走”). 设施改造升级',
})
@Entity({ tableName: 'facility_upgrade' })
@Check({ name: 'facility_upgrade_step', expression: 'step >= 1 and step <= 3' })
@Check({ name: 'facility_upgrade_investment', expression: 'investment_yuan >= 0' })
export class FacilityUpgrade extends BaseEntity {
  @ManyToOne({ entity: 'Facility', index: true })
  facility!: Rel<Facility>;

  @Property({ length: 140, index: true })
  divisionPath!: string;

  @Field(() => Int, {
    description: 'Step 1 (communities’ “两房”), 2 (village venues) or 3 (villager-group venues). 步骤',
  })
  @Property({ type: 'smallint' })
  step!: number;

  @Field(() => Int, { description: 'Year. 年度' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: 'Investment in yuan. 投资（元）' })
  @Property({ type: 'integer' })
  investmentYuan!: number;

  @Field(() => Int, { description: 'Floor area before, m². 改造前面积' })
  @Property({ type: 'integer' })
  areaBeforeM2!: number;

  @Field(() => Int, { description: 'Floor area after, m². 改造后面积' })
  @Property({ type: 'integer' })
  areaAfterM2!: number;

  @Field({ description: 'Result. 成效' })
  @Property({ length: 200 })
  result!: string;
}
