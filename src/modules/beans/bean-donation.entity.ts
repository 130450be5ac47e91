import { Check, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { BeanFund } from './bean-fund.entity';
import type { BeanTransfer } from './bean-transfer.entity';

/** A donation to a fund and the issuance it backs. */
@ObjectType({ implements: BaseEntity, description: 'A donation to a fund, and the beans issued against it. 捐赠' })
@Entity({ tableName: 'bean_donation' })
@Check({ name: 'bean_donation_yuan_positive', expression: 'yuan > 0' })
export class BeanDonation extends BaseEntity {
  @ManyToOne({ entity: 'BeanFund', index: true })
  fund!: Rel<BeanFund>;

  @ManyToOne({ entity: 'Organisation' })
  donor!: Rel<Organisation>;

  @Field(() => Int, { description: 'Amount donated, in yuan. 捐赠金额（元）' })
  @Property({ type: 'integer' })
  yuan!: number;

  @ManyToOne({ entity: 'BeanTransfer', unique: true })
  issuance!: Rel<BeanTransfer>;
}
