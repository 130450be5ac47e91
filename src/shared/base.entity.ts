import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';

/** Common columns: a numeric id (exposed as an opaque `ID`) and creation time. */
@InterfaceType('Record', { description: 'Anything stored with an id and a creation time. 记录' })
export abstract class BaseEntity {
  @Field(() => ID, { description: 'Stable identifier. 标识' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: 'When the record was created. 创建时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
