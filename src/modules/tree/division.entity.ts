import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Person } from '../people';
import { CommunityType, DivisionKind } from './division.enums';

/** A node of the governance tree, keyed by its statistical division code. */
@ObjectType({
  implements: BaseEntity,
  description:
    'A node of the five-level governance tree (五级治理): city, district/county (区县), street/township (街道/乡镇), community (社区) or village (村), group (居民小组/村民小组), building (楼栋).',
})
@Entity({ tableName: 'division' })
@Index({
  name: 'division_path_prefix_idx',
  expression: 'create index "division_path_prefix_idx" on "division" ("path" text_pattern_ops)',
})
@Index({ properties: ['kind', 'code'] })
export class Division extends BaseEntity {
  @Field({ description: 'Statistical division code (统计用区划代码): 12 digits, 15 for groups, 18 for buildings.' })
  @Property({ length: 18, unique: true })
  code!: string;

  @Field({ description: 'Name. 名称' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => DivisionKind, { description: 'Level in the tree. 层级' })
  @Enum({ items: () => DivisionKind })
  kind!: DivisionKind;

  @Field(() => CommunityType, {
    nullable: true,
    description: 'Urban or village-to-residence, for communities. 社区类型',
  })
  @Enum({ items: () => CommunityType, nullable: true })
  communityType?: CommunityType | null;

  @Field(() => Int, { description: 'Depth: 0 for the city, 5 for a building. 层级深度' })
  @Property({ type: 'smallint' })
  level!: number;

  /** Materialised path of codes from the city down (see shared/tree-path). */
  @Property({ length: 140 })
  path!: string;

  @ManyToOne(() => Division, { nullable: true, index: true })
  parent?: Rel<Division> | null;

  @ManyToOne({ entity: 'Person', nullable: true })
  householdHead?: Rel<Person> | null;
}
