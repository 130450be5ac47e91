import { Entity, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { JSONObject } from '../../shared/json-object';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';

/** A named query an analyst saved from the playground, with its variables; shared within the analyst's organisation when asked. */
@ObjectType({
  implements: BaseEntity,
  description:
    "A named query saved by an analyst, with its variables; private, or shared with the analysts of the owner's organisation. 保存的查询",
})
@Entity({ tableName: 'saved_query' })
@Unique({ properties: ['owner', 'name'] })
export class SavedQuery extends BaseEntity {
  @ManyToOne({ entity: 'Person', index: true })
  owner!: Rel<Person>;

  /** The owner's organisation as an analyst when saved: the circle it can be shared with. */
  @ManyToOne({ entity: 'Organisation', nullable: true, index: true })
  organisation?: Rel<Organisation> | null;

  @Field({ description: "Name, unique among the owner's queries. 名称" })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: 'The GraphQL document: one query operation (fragments allowed). 查询文本' })
  @Property({ type: 'text' })
  document!: string;

  @Field(() => JSONObject, { description: 'Saved variables; a run may override them. 变量' })
  @Property({ type: 'jsonb' })
  variables!: Record<string, unknown>;

  @Field(() => Boolean, {
    description: "Whether the analysts of the owner's organisation may see, run and export it. 是否共享",
  })
  @Property({ default: false })
  shared: Opt<boolean> = false;

  @Field(() => Date, { description: 'When it was last changed. 修改时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
