import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MaxItems } from '../../shared/cost';

/** One mutation, successful or refused. Append-only: the database refuses updates and deletes. */
@ObjectType({ description: 'An entry of the append-only audit trail: one mutation, successful or refused. 审计记录' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['scopePath', 'id'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Sequence number. 序号' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date, { description: 'When it happened. 时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => ID, { nullable: true, description: 'The person who acted, if a person. 操作人' })
  @Property({ type: 'integer', nullable: true })
  actorPersonId?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner token that acted, if a token (its id, never the secret). 令牌',
  })
  @Property({ type: 'integer', nullable: true })
  actorTokenId?: number | null;

  @Field({ description: 'The mutation field. 操作' })
  @Property({ length: 80 })
  operation!: string;

  @Field(() => [String], { description: 'Ids and codes the mutation was aimed at. 对象' })
  @MaxItems(20)
  @Property({ type: ArrayType, columnType: 'text[]' })
  targetIds: string[] = [];

  @Field({ description: '`OK`, or the error code it was refused with. 结果' })
  @Property({ length: 40 })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Namespaced reason of a refusal. 原因' })
  @Property({ length: 80, nullable: true })
  reason?: string | null;

  /** Path of the node the entry belongs to; admins read the entries within their subtree. */
  @Property({ length: 140 })
  scopePath!: string;

  @Field(() => String, { nullable: true, description: 'Request id, as in the response headers. 请求标识' })
  @Property({ length: 64, nullable: true })
  requestId?: string | null;
}
