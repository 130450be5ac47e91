import { Check, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { BeanAccount } from './bean-account.entity';
import type { BeanTransfer } from './bean-transfer.entity';

/** Goods or a service a merchant offers for beans. */
@ObjectType({ implements: BaseEntity, description: 'Goods or a service a merchant offers for Golden Beans. 兑换商品' })
@Entity({ tableName: 'catalogue_item' })
@Check({ name: 'catalogue_item_price_positive', expression: 'price > 0' })
@Check({ name: 'catalogue_item_stock_not_negative', expression: 'stock >= 0' })
export class CatalogueItem extends BaseEntity {
  @ManyToOne({ entity: 'BeanAccount', index: true })
  merchant!: Rel<BeanAccount>;

  @Field({ description: 'Name. 名称' })
  @Property({ length: 120 })
  name!: string;

  @Field(() => Int, { description: 'Price in beans. 价格（金豆）' })
  @Property({ type: 'integer' })
  price!: number;

  @Field(() => Int, { description: 'Left in stock. 库存' })
  @Property({ type: 'integer' })
  stock!: number;
}

/** One redemption: the item, and the transfer that paid for it. */
@ObjectType({
  implements: BaseEntity,
  description: 'A redemption: an item and the transfer that paid for it. 兑换记录',
})
@Entity({ tableName: 'redemption' })
export class Redemption extends BaseEntity {
  @ManyToOne({ entity: 'CatalogueItem', index: true })
  item!: Rel<CatalogueItem>;

  @ManyToOne({ entity: 'BeanTransfer', unique: true })
  transfer!: Rel<BeanTransfer>;
}
