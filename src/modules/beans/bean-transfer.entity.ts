import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BeanTransferKind } from './bean.enums';
import type { BeanAccount } from './bean-account.entity';

/**
 * One movement of beans between two accounts: a debit of `from` and a credit of `to` of the
 * same positive amount. Immutable — the database refuses updates and deletes; a mistake is
 * corrected by a reversing transfer.
 */
@ObjectType({ description: 'A movement of Golden Beans between two accounts; immutable. 金豆流水' })
@Entity({ tableName: 'bean_transfer' })
@Check({ name: 'bean_transfer_amount_positive', expression: 'amount > 0' })
@Check({ name: 'bean_transfer_two_accounts', expression: 'from_id <> to_id' })
@Index({ properties: ['from', 'id'] })
@Index({ properties: ['to', 'id'] })
export class BeanTransfer {
  @Field(() => ID, { description: 'Sequence number. 序号' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => BeanTransferKind, { description: 'Why the beans moved. 类型' })
  @Enum({ items: () => BeanTransferKind })
  kind!: BeanTransferKind;

  @ManyToOne({ entity: 'BeanAccount' })
  from!: Rel<BeanAccount>;

  @ManyToOne({ entity: 'BeanAccount' })
  to!: Rel<BeanAccount>;

  @Field(() => Int, { description: 'Beans moved (positive). 数量' })
  @Property({ type: 'integer' })
  amount!: number;

  /** The client's idempotency key: at most one transfer per key. */
  @Property({ length: 100, unique: true })
  idempotencyKey!: string;

  /** SHA-256 of the request's content, to refuse a key reused for another request. */
  @Property({ length: 64 })
  requestHash!: string;

  /** The transfer this one reverses, if a reversal; each transfer is reversed at most once. */
  @ManyToOne({ entity: 'BeanTransfer', nullable: true, unique: true })
  reverses?: Rel<BeanTransfer> | null;

  @Field(() => String, { nullable: true, description: 'What it was for. 备注' })
  @Property({ length: 200, nullable: true })
  memo?: string | null;

  @Property({ type: 'integer', nullable: true })
  createdByPersonId?: number | null;

  @Field(() => Date, { description: 'When. 时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}
