import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Division } from '../tree';

/** A Golden Bean fund (金豆基金) of the bureau or a street, backed by donations. */
@ObjectType({ implements: BaseEntity, description: 'A Golden Bean fund, backed by donations. 金豆基金' })
@Entity({ tableName: 'bean_fund' })
export class BeanFund extends BaseEntity {
  @Field({ description: 'Name. 名称' })
  @Property({ length: 120 })
  name!: string;

  @ManyToOne({ entity: 'Division', index: true })
  division!: Rel<Division>;

  /** Path of the node whose subtree the fund serves. */
  @Property({ length: 140 })
  divisionPath!: string;
}
