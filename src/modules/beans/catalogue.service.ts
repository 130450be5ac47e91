import type { Context } from '../../context';
import { assertRoom, CAP, lockList } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { parseId } from '../../shared/ids';
import { BeanAccountKind, BeanTransferKind } from './bean.enums';
import { BeanService } from './bean.service';
import { CatalogueItem, Redemption } from './catalogue.entities';
import { transfer, type TransferResult } from './ledger';
import type { ListItemInput, RedeemItemInput } from './volunteer.inputs';

/** Merchants' catalogues and redemptions: the stock and the balance change together or not at all. */
export class CatalogueService {
  constructor(private readonly ctx: Context) {}

  async item(id: string, field = 'itemId'): Promise<CatalogueItem> {
    const [item] = await readRows(this.ctx.em, CatalogueItem, { id: parseId(id, field) });
    if (!item) throw notFound('BEANS.UNKNOWN_ITEM', `No item has the id ${id}.`);
    return item;
  }

  async list(input: ListItemInput): Promise<CatalogueItem> {
    const merchant = await new BeanService(this.ctx).account(input.merchantAccountId, 'merchantAccountId');
    if (merchant.kind !== BeanAccountKind.MERCHANT)
      throw badInput('BEANS.NOT_A_MERCHANT', 'Items are listed by merchants.', [
        { field: 'merchantAccountId', message: 'a merchant account' },
      ]);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 120)
      throw badInput('INPUT.BAD_LENGTH', 'The name must be 1–120 characters.', [
        { field: 'name', message: '1–120 characters' },
      ]);
    if (!Number.isInteger(input.price) || input.price < 1 || input.price > 1_000_000)
      throw badInput('BEANS.BAD_PRICE', 'The price is 1–1000000 beans.', [{ field: 'price', message: '1–1000000' }]);
    if (!Number.isInteger(input.stock) || input.stock < 0 || input.stock > 1_000_000)
      throw badInput('BEANS.BAD_STOCK', 'The stock is 0–1000000.', [{ field: 'stock', message: '0–1000000' }]);
    return this.ctx.em.transactional(async (em) => {
      await lockList(em, CAP.catalogueItems);
      await assertRoom(em, CAP.catalogueItems, `select count(*) as n from catalogue_item`, []);
      const item = em.create(CatalogueItem, { merchant: merchant.id, name, price: input.price, stock: input.stock });
      await em.flush();
      return item;
    });
  }

  /** Items on offer, cheapest first, optionally of one merchant. */
  catalogue(merchantAccountId?: string | null): Promise<CatalogueItem[]> {
    const where = merchantAccountId ? { merchant: parseId(merchantAccountId, 'merchantAccountId') } : {};
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(this.ctx.em, CatalogueItem, where, {
      orderBy: { price: 'asc', id: 'asc' },
      limit: CAP.catalogueItems.limit + 1,
    });
  }

  /**
   * Redeems one item from the caller's account: in one transaction the transfer is made
   * (or replayed for a resent key), then a unit of stock is taken — no stock, no transfer.
   */
  async redeem(input: RedeemItemInput): Promise<TransferResult> {
    const from = await new BeanService(this.ctx).myAccount();
    if (!from) throw notFound('BEANS.NO_ACCOUNT', 'Open your volunteer account first.');
    const item = await this.item(input.itemId);
    return this.ctx.em.transactional(async (em) => {
      const result = await transfer(em, {
        kind: BeanTransferKind.REDEEM,
        fromId: from.id,
        toId: item.merchant.id,
        amount: item.price,
        idempotencyKey: input.idempotencyKey,
        memo: `${item.name} (#${item.id})`,
        personId: this.ctx.viewer.personId,
      });
      if (result.replayed) return result;
      const taken = await em.execute(
        'update catalogue_item set stock = stock - 1 where id = ? and stock > 0 returning id',
        [item.id],
      );
      if (!taken.length) throw conflict('BEANS.OUT_OF_STOCK', 'That item is out of stock.');
      em.create(Redemption, { item: item.id, transfer: result.transfer.id });
      await em.flush();
      this.ctx.audit.target(result.transfer.id);
      return result;
    });
  }
}
