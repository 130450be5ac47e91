import { Check, Entity, Enum, ManyToOne, type Opt, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import { BeanAccountKind } from './bean.enums';
import type { BeanFund } from './bean-fund.entity';

/** An account of the Golden Bean ledger. Its balance changes only with transfers. */
@ObjectType({ implements: BaseEntity, description: 'An account of the Golden Bean ledger. 金豆账户' })
@Entity({ tableName: 'bean_account' })
@Check({
  name: 'bean_account_balance_sign',
  expression: `(kind = 'ISSUANCE' and balance <= 0) or (kind <> 'ISSUANCE' and balance >= 0)`,
})
@Unique({ properties: ['fund', 'kind'] })
export class BeanAccount extends BaseEntity {
  @Field(() => BeanAccountKind, { description: 'Whose account. 类型' })
  @Enum({ items: () => BeanAccountKind })
  kind!: BeanAccountKind;

  @Field({ description: 'Name, for statements. 名称' })
  @Property({ length: 120 })
  name!: string;

  /** The fund, for FUND and ISSUANCE accounts. */
  @ManyToOne({ entity: 'BeanFund', nullable: true })
  fund?: Rel<BeanFund> | null;

  /** The volunteer, for VOLUNTEER accounts. */
  @ManyToOne({ entity: 'Person', nullable: true, unique: true })
  person?: Rel<Person> | null;

  /** The merchant, for MERCHANT accounts. */
  @ManyToOne({ entity: 'Organisation', nullable: true, unique: true })
  organisation?: Rel<Organisation> | null;

  /** Path of the node the account belongs to (for permissions and aggregates). */
  @Property({ length: 140, index: true })
  scopePath!: string;

  @Field(() => Int, { description: 'Balance in beans: never below zero (an issuance account never above). 余额' })
  @Property({ type: 'integer', default: 0 })
  balance: Opt<number> = 0;
}
