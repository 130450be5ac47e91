import { ArrayType, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Scope } from '../../auth/scopes';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import { MaxItems } from '../../shared/cost';

/** A partner organisation's API token. The secret itself is never stored. */
@ObjectType({
  implements: BaseEntity,
  description: "A partner organisation's scoped API token (the secret is shown only once). 合作机构令牌",
})
@Entity({ tableName: 'api_token' })
export class ApiToken extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', index: true })
  organisation!: Rel<Organisation>;

  @Field({ description: 'A name to recognise the token by. 名称' })
  @Property({ length: 80 })
  name!: string;

  @Field({ description: 'The first characters of the secret, to recognise it (e.g. `gz_3fK9`). 前缀' })
  @Property({ length: 16 })
  prefix!: string;

  /** SHA-256 of the secret, hex. */
  @Property({ length: 64, unique: true })
  digest!: string;

  @Field(() => [Scope], { description: 'What the token may do. 权限范围' })
  @MaxItems(Object.keys(Scope).length)
  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: Scope[];

  @ManyToOne({ entity: 'Person', nullable: true })
  createdBy?: Rel<Person> | null;

  @Field(() => Date, { description: 'When the token stops working. 过期时间' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked. 撤销时间' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was last used (to the minute). 最近使用' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
