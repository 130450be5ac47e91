import type { Context } from '../../context';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readPageArgs, toPage, type Page } from '../../shared/pagination';
import { readRows } from '../../shared/read-rows';
import { isWithin } from '../../shared/tree-path';
import { parseId } from '../../shared/ids';
import { OrganisationService, OrganisationStatus } from '../organisations';
import { Person } from '../people';
import { CITY_PATH, Division, DivisionService } from '../tree';
import { BeanAccount } from './bean-account.entity';
import { BeanDonation } from './bean-donation.entity';
import { BeanFund } from './bean-fund.entity';
import { BeanTransfer } from './bean-transfer.entity';
import { BeanAccountKind, BeanTransferKind } from './bean.enums';
import type {
  AwardBeansInput,
  BeanHistoryArgs,
  CreateBeanFundInput,
  IssueBeansInput,
  RedeemBeansInput,
  ReverseBeanTransferInput,
  SettleBeansInput,
} from './bean.inputs';
import { transfer, type TransferResult } from './ledger';
import type { BeanFigures } from './ledger.types';

/** The rules of the Golden Bean fund and accounts; every movement goes through the ledger. */
export class BeanService {
  constructor(private readonly ctx: Context) {}

  async fund(id: string, field = 'fundId'): Promise<BeanFund> {
    const [fund] = await readRows(this.ctx.em, BeanFund, { id: parseId(id, field) });
    if (!fund) throw notFound('BEANS.UNKNOWN_FUND', `No fund has the id ${id}.`);
    this.ctx.audit.scope(fund.divisionPath);
    return fund;
  }

  async account(id: string, field = 'accountId'): Promise<BeanAccount> {
    const [account] = await readRows(this.ctx.em, BeanAccount, { id: parseId(id, field) });
    if (!account) throw notFound('LEDGER.UNKNOWN_ACCOUNT', `No account has the id ${id}.`);
    this.ctx.audit.scope(account.scopePath);
    return account;
  }

  /** A fund's FUND or ISSUANCE account. */
  async fundAccount(fund: BeanFund, kind: BeanAccountKind.FUND | BeanAccountKind.ISSUANCE): Promise<BeanAccount> {
    const [account] = await readRows(this.ctx.em, BeanAccount, { fund: fund.id, kind });
    return account;
  }

  /** The caller's volunteer account, if opened. */
  async myAccount(): Promise<BeanAccount | null> {
    const [account] = await readRows(this.ctx.em, BeanAccount, {
      person: this.ctx.viewer.personId!,
      kind: BeanAccountKind.VOLUNTEER,
    });
    return account ?? null;
  }

  /** The node a new fund would serve. */
  async fundDivision(code: string): Promise<Division> {
    const division = await new DivisionService(this.ctx).byCode(code, 'divisionCode');
    this.ctx.audit.scope(division.path);
    return division;
  }

  async createFund(input: CreateBeanFundInput): Promise<BeanFund> {
    const division = await this.fundDivision(input.divisionCode);
    const name = input.name.trim();
    if (name.length < 2 || name.length > 120)
      throw badInput('INPUT.BAD_LENGTH', 'The name must be 2–120 characters.', [
        { field: 'name', message: '2–120 characters' },
      ]);
    const em = this.ctx.em;
    const fund = em.create(BeanFund, {
      name,
      division: em.getReference(Division, division.id),
      divisionPath: division.path,
    });
    em.create(BeanAccount, { kind: BeanAccountKind.FUND, name, fund, scopePath: division.path });
    em.create(BeanAccount, { kind: BeanAccountKind.ISSUANCE, name: `${name}（发行）`, fund, scopePath: division.path });
    await em.flush();
    this.ctx.audit.target(fund.id);
    return fund;
  }

  /** Opens the caller's volunteer account, or returns it when already open. */
  async openVolunteerAccount(): Promise<BeanAccount> {
    const existing = await this.myAccount();
    if (existing) return existing;
    const em = this.ctx.em;
    const person = await em.findOneOrFail(Person, { id: this.ctx.viewer.personId! });
    const path = person.homePath ?? this.ctx.viewer.rootPaths()[0] ?? CITY_PATH;
    await em
      .getConnection()
      .execute(
        `insert into bean_account (kind, name, person_id, scope_path) values ('VOLUNTEER', ?, ?, ?) on conflict (person_id) do nothing`,
        [person.name, person.id, path],
      );
    return (await this.myAccount())!;
  }

  /** Opens a merchant account for an active organisation, or returns it when already open. */
  async openMerchantAccount(organisationId: string): Promise<BeanAccount> {
    const org = await new OrganisationService(this.ctx).byId(organisationId, 'organisationId');
    if (org.status !== OrganisationStatus.ACTIVE)
      throw conflict('ORG.NOT_ACTIVE', 'Only an approved organisation can accept beans.');
    await this.ctx.em
      .getConnection()
      .execute(
        `insert into bean_account (kind, name, organisation_id, scope_path) values ('MERCHANT', ?, ?, ?) on conflict (organisation_id) do nothing`,
        [org.name, org.id, org.divisionPath],
      );
    const [account] = await readRows(this.ctx.em, BeanAccount, { organisation: org.id });
    return account;
  }

  private move(
    kind: BeanTransferKind,
    from: BeanAccount,
    to: BeanAccount,
    input: { amount: number; idempotencyKey: string; memo?: string | null },
    reversesId?: string,
  ): Promise<TransferResult> {
    return transfer(this.ctx.em, {
      kind,
      fromId: from.id,
      toId: to.id,
      amount: input.amount,
      idempotencyKey: input.idempotencyKey,
      memo: input.memo ?? null,
      reversesId: reversesId ?? null,
      personId: this.ctx.viewer.personId,
    }).then((r) => {
      this.ctx.audit.target(r.transfer.id);
      return r;
    });
  }

  /** Issues beans against a donation, recording the donation with the issuance (both or neither). */
  async issue(input: IssueBeansInput): Promise<TransferResult> {
    const fund = await this.fund(input.fundId);
    const donor = await new OrganisationService(this.ctx).byId(input.donorOrganisationId, 'donorOrganisationId');
    if (!Number.isSafeInteger(input.donationYuan) || input.donationYuan < 1) {
      throw badInput('BEANS.BAD_DONATION', 'The donation is a whole number of yuan above zero.', [
        { field: 'donationYuan', message: 'a positive integer' },
      ]);
    }
    const [from, to] = [
      await this.fundAccount(fund, BeanAccountKind.ISSUANCE),
      await this.fundAccount(fund, BeanAccountKind.FUND),
    ];
    const memo = `${input.memo ?? '捐赠'} · ${donor.name} · ¥${input.donationYuan}`.slice(0, 200);
    return this.ctx.em.transactional(async (em) => {
      // The fund's row holds its donations: two issuances are counted one at a time (a replay adds none).
      await lockParent(em, 'bean_fund', fund.id);
      const result = await transfer(em, {
        kind: BeanTransferKind.ISSUE,
        fromId: from.id,
        toId: to.id,
        amount: input.amount,
        idempotencyKey: input.idempotencyKey,
        memo,
        personId: this.ctx.viewer.personId,
      });
      if (!result.replayed) {
        await assertRoom(em, CAP.fundDonations, `select count(*) as n from bean_donation where fund_id = ?`, [fund.id]);
        await em.execute('insert into bean_donation (fund_id, donor_id, yuan, issuance_id) values (?, ?, ?, ?)', [
          fund.id,
          donor.id,
          input.donationYuan,
          result.transfer.id,
        ]);
      }
      this.ctx.audit.target(result.transfer.id);
      return result;
    });
  }

  /** A fund's donations, newest first. */
  donations(fund: BeanFund): Promise<BeanDonation[]> {
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      this.ctx.em,
      BeanDonation,
      { fund: fund.id },
      { orderBy: { id: 'desc' }, limit: CAP.fundDonations.limit + 1 },
    );
  }

  async award(input: AwardBeansInput): Promise<TransferResult> {
    const fund = await this.fund(input.fundId);
    const to = await this.account(input.accountId);
    if (to.kind !== BeanAccountKind.VOLUNTEER)
      throw badInput('BEANS.NOT_A_VOLUNTEER', 'Beans are awarded to volunteers’ accounts.', [
        { field: 'accountId', message: 'a volunteer account' },
      ]);
    return this.move(BeanTransferKind.EARN, await this.fundAccount(fund, BeanAccountKind.FUND), to, input);
  }

  async redeem(input: RedeemBeansInput): Promise<TransferResult> {
    const from = await this.myAccount();
    if (!from) throw notFound('BEANS.NO_ACCOUNT', 'Open your volunteer account first.');
    const to = await this.account(input.merchantAccountId, 'merchantAccountId');
    if (to.kind !== BeanAccountKind.MERCHANT)
      throw badInput('BEANS.NOT_A_MERCHANT', 'Beans are spent at merchants.', [
        { field: 'merchantAccountId', message: 'a merchant account' },
      ]);
    return this.move(BeanTransferKind.REDEEM, from, to, input);
  }

  async settle(input: SettleBeansInput): Promise<TransferResult> {
    const from = await this.account(input.merchantAccountId, 'merchantAccountId');
    if (from.kind !== BeanAccountKind.MERCHANT)
      throw badInput('BEANS.NOT_A_MERCHANT', 'Only merchants settle.', [
        { field: 'merchantAccountId', message: 'a merchant account' },
      ]);
    const fund = await this.fund(input.fundId);
    if (!isWithin(from.scopePath, fund.divisionPath)) {
      throw badInput('BEANS.FUND_NOT_ABOVE_MERCHANT', 'A merchant settles with a fund whose subtree it is in.', [
        { field: 'fundId', message: "a fund above the merchant's node" },
      ]);
    }
    return this.move(BeanTransferKind.SETTLE, from, await this.fundAccount(fund, BeanAccountKind.ISSUANCE), input);
  }

  async transferById(id: string): Promise<BeanTransfer> {
    const [found] = await readRows(this.ctx.em, BeanTransfer, { id: String(parseId(id, 'transferId')) });
    if (!found) throw notFound('LEDGER.UNKNOWN_TRANSFER', `No transfer has the id ${id}.`);
    return found;
  }

  /** Moves the same amount back, from the original recipient to the original payer. */
  async reverse(input: ReverseBeanTransferInput): Promise<TransferResult> {
    const original = await this.transferById(input.transferId);
    if (original.kind === BeanTransferKind.REVERSAL)
      throw conflict('LEDGER.REVERSAL_OF_REVERSAL', 'A reversal is not reversed; make a new transfer.');
    const [from, to] = await Promise.all([
      this.account(String(original.to.id)),
      this.account(String(original.from.id)),
    ]);
    return this.move(
      BeanTransferKind.REVERSAL,
      from,
      to,
      { amount: original.amount, idempotencyKey: input.idempotencyKey, memo: input.memo },
      original.id,
    );
  }

  /** Aggregates of the subtree at `path`, in one statement. */
  async figures(path: string): Promise<BeanFigures> {
    const [row] = await this.ctx.em.execute<Record<string, string>[]>(
      `with a as (select id, kind from bean_account where scope_path like ?)
       select (select count(*) from volunteer v join person p on p.id = v.person_id where p.home_path like ?) as volunteers,
              (select coalesce(sum(t.amount), 0) from bean_transfer t join a on a.id = t.from_id where t.kind = 'ISSUE') as issued,
              (select coalesce(sum(t.amount), 0) from bean_transfer t join a on a.id = t.to_id where t.kind = 'EARN') as earned,
              (select coalesce(sum(t.amount), 0) from bean_transfer t join a on a.id = t.to_id where t.kind = 'REDEEM') as redeemed,
              (select coalesce(sum(t.amount), 0) from bean_transfer t join a on a.id = t.from_id where t.kind = 'SETTLE') as settled,
              (select coalesce(sum(balance), 0) from bean_account where scope_path like ? and kind in ('VOLUNTEER', 'MERCHANT')) as held`,
      [`${path}%`, `${path}%`, `${path}%`],
    );
    const n = (k: string) => Number(row[k]);
    return {
      volunteers: n('volunteers'),
      issued: n('issued'),
      earned: n('earned'),
      redeemed: n('redeemed'),
      settled: n('settled'),
      held: n('held'),
    };
  }

  /** An account's movements, newest first. */
  async history(args: BeanHistoryArgs): Promise<Page<BeanTransfer>> {
    const { first, afterKey } = readPageArgs(args);
    const account = await this.account(args.accountId);
    const where = { $or: [{ from: account.id }, { to: account.id }] };
    const page = afterKey ? { ...where, id: { $lt: afterKey } } : where;
    const rows = await readRows(this.ctx.em, BeanTransfer, page, { orderBy: { id: 'desc' }, limit: first + 1 });
    return toPage(
      rows,
      first,
      (t) => String(t.id),
      () => this.ctx.em.count(BeanTransfer, where),
    );
  }
}
