/**
 * Golden Beans: the ledger's rules through GraphQL — issuance, awards, redemptions,
 * settlements and reversals; refusals that change nothing; the database's own guards.
 */
import { BeanAccount } from '../../src/modules/beans/bean-account.entity';
import { BeanTransfer } from '../../src/modules/beans/bean-transfer.entity';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';

let t: TestApp;
let cityFund: string;
let fundAccount: string;
let volunteer: string;
let volunteerAccount: string;
let other: string;
let otherAccount: string;
let merchantAccount: string;
let otherMerchantAccount: string;
let key = 0;
/** The donor organisation of every issuance. */
let donor: string;
const nextKey = () => `test-key-${++key}-${Date.now()}`;
const bureau = { username: 'bureau.admin' };

const reasons = (res: GqlResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.reason);
const balance = async (id: string) => (await t.em().findOneOrFail(BeanAccount, { id: Number(id) })).balance;
const transfers = () => t.em().count(BeanTransfer, {});

beforeAll(async () => {
  t = await startTestApp();
  const fund = await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
    input: { name: '昆明市金豆基金', divisionCode: '530100000000' },
  });
  expect(fund.errors).toBeUndefined();
  cityFund = fund.data!.createBeanFund.id;
  donor = String(
    (await t.em().findOneOrFail(Organisation, { kind: OrganisationKind.PROPERTY_COMPANY }, { orderBy: { id: 'asc' } }))
      .id,
  );
  fundAccount = fund.data!.createBeanFund.account.id;
  const issued = await t.executeAs(bureau, Ops.IssueBeansDocument, {
    input: {
      fundId: cityFund,
      amount: 1000,
      idempotencyKey: nextKey(),
      memo: '企业捐赠',
      donorOrganisationId: donor,
      donationYuan: 1000,
    },
  });
  expect(issued.data?.issueBeans.transfer.amount).toBe(1000);

  const em = t.em();
  const [p1, p2] = await em.find(
    Person,
    { homePath: { $like: '/530100000000/530102000000/%' } },
    { orderBy: { id: 'asc' }, limit: 2 },
  );
  volunteer = await t.addLogin(p1.id);
  other = await t.addLogin(p2.id);
  volunteerAccount = (await t.executeAs({ username: volunteer }, Ops.OpenVolunteerAccountDocument)).data!
    .openVolunteerAccount.id;
  otherAccount = (await t.executeAs({ username: other }, Ops.OpenVolunteerAccountDocument)).data!.openVolunteerAccount
    .id;

  const me = await t.executeAs({ username: 'property.admin' }, Ops.MeDocument);
  const companyId = me.data!.me.roles[0].organisation!.id;
  merchantAccount = (
    await t.executeAs({ username: 'property.admin' }, Ops.OpenMerchantAccountDocument, { organisationId: companyId })
  ).data!.openMerchantAccount.id;
  const otherCompany = await em.findOneOrFail(Organisation, {
    kind: OrganisationKind.PROPERTY_COMPANY,
    id: { $ne: Number(companyId) },
  });
  const otherAdmin = await em.findOneOrFail(Person, { homePath: { $like: `${otherCompany.divisionPath}%` } });
  const otherAdminLogin = await t.addLogin(otherAdmin.id);
  await t
    .em()
    .getConnection()
    .execute(
      `insert into role_assignment (person_id, role, organisation_id, scope_path, starts_on) values (?, 'ORG_ADMIN', ?, ?, '2024-01-01')`,
      [otherAdmin.id, otherCompany.id, otherCompany.divisionPath],
    );
  otherMerchantAccount = (
    await t.executeAs({ username: otherAdminLogin }, Ops.OpenMerchantAccountDocument, {
      organisationId: String(otherCompany.id),
    })
  ).data!.openMerchantAccount.id;
});
afterAll(() => t?.close());

describe('the life of a bean', () => {
  it('is issued into the fund, awarded, redeemed at a merchant and settled back, retiring it', async () => {
    const award = await t.executeAs(bureau, Ops.AwardBeansDocument, {
      input: { fundId: cityFund, accountId: volunteerAccount, amount: 30, idempotencyKey: nextKey() },
    });
    expect(award.data?.awardBeans.transfer).toMatchObject({
      kind: 'EARN',
      amount: 30,
      fromAccountId: fundAccount,
      toAccountId: volunteerAccount,
    });
    const redeem = await t.executeAs({ username: volunteer }, Ops.RedeemBeansDocument, {
      input: { merchantAccountId: merchantAccount, amount: 12, idempotencyKey: nextKey() },
    });
    expect(redeem.data?.redeemBeans.transfer).toMatchObject({ kind: 'REDEEM', amount: 12 });
    const settle = await t.executeAs({ username: 'property.admin' }, Ops.SettleBeansDocument, {
      input: { merchantAccountId: merchantAccount, fundId: cityFund, amount: 12, idempotencyKey: nextKey() },
    });
    expect(settle.data?.settleBeans.transfer).toMatchObject({ kind: 'SETTLE', amount: 12 });
    expect(await balance(volunteerAccount)).toBe(18);
    expect(await balance(merchantAccount)).toBe(0);
    const audit = await t.executeAs(bureau, Ops.BeanLedgerAuditDocument);
    expect(audit.data?.beanLedgerAudit).toMatchObject({ issued: 1000, retired: 12, outstanding: 988, violations: [] });
    const fund = await t.executeAs(bureau, Ops.BeanFundDocument, { id: cityFund });
    expect(fund.data?.beanFund).toMatchObject({
      account: { balance: 970 },
      issuance: { balance: -988 },
      donations: [{ yuan: 1000, donor: { id: donor } }],
    });
    expect(codes(await t.executeAs({ username: 'street.official' }, Ops.BeanFundDocument, { id: cityFund }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('shows a volunteer their own balance and history, newest first', async () => {
    const mine = await t.executeAs({ username: volunteer }, Ops.MyBeanAccountDocument);
    expect(mine.data?.myBeanAccount).toMatchObject({ id: volunteerAccount, balance: await balance(volunteerAccount) });
    const history = await t.executeAs({ username: volunteer }, Ops.BeanTransfersDocument, {
      accountId: volunteerAccount,
      first: 1,
    });
    expect(history.data?.beanTransfers.totalCount).toBe(2);
    expect(history.data?.beanTransfers.edges[0].node.kind).toBe('REDEEM');
    const next = await t.executeAs({ username: volunteer }, Ops.BeanTransfersDocument, {
      accountId: volunteerAccount,
      first: 5,
      after: history.data!.beanTransfers.pageInfo.endCursor,
    });
    expect(next.data?.beanTransfers.edges.map((e) => e.node.kind)).toEqual(['EARN']);
  });
});

describe('idempotency keys', () => {
  it('return the first result for the same request, and refuse the key for another', async () => {
    const input = { fundId: cityFund, accountId: volunteerAccount, amount: 5, idempotencyKey: nextKey() };
    const first = await t.executeAs(bureau, Ops.AwardBeansDocument, { input });
    const again = await t.executeAs(bureau, Ops.AwardBeansDocument, { input });
    expect(again.data?.awardBeans).toEqual({ replayed: true, transfer: first.data!.awardBeans.transfer });
    const before = [await transfers(), await balance(volunteerAccount)];
    const other = await t.executeAs(bureau, Ops.AwardBeansDocument, { input: { ...input, amount: 6 } });
    expect(codes(other)).toEqual(['CONFLICT']);
    expect(reasons(other)).toEqual(['LEDGER.IDEMPOTENCY_KEY_REUSED']);
    expect([await transfers(), await balance(volunteerAccount)]).toEqual(before);
  });
});

describe('refusals change nothing', () => {
  const cases: [string, () => Promise<GqlResponse<unknown>>, string, string][] = [
    [
      'an overdraw',
      () =>
        t.executeAs({ username: other }, Ops.RedeemBeansDocument, {
          input: { merchantAccountId: merchantAccount, amount: 1, idempotencyKey: nextKey() },
        }),
      'CONFLICT',
      'LEDGER.INSUFFICIENT_BALANCE',
    ],
    [
      'a zero amount',
      () =>
        t.executeAs({ username: volunteer }, Ops.RedeemBeansDocument, {
          input: { merchantAccountId: merchantAccount, amount: 0, idempotencyKey: nextKey() },
        }),
      'BAD_USER_INPUT',
      'LEDGER.BAD_AMOUNT',
    ],
    [
      'a negative amount',
      () =>
        t.executeAs(bureau, Ops.AwardBeansDocument, {
          input: { fundId: cityFund, accountId: volunteerAccount, amount: -5, idempotencyKey: nextKey() },
        }),
      'BAD_USER_INPUT',
      'LEDGER.BAD_AMOUNT',
    ],
    [
      'an unknown account',
      () =>
        t.executeAs({ username: volunteer }, Ops.RedeemBeansDocument, {
          input: { merchantAccountId: '999999', amount: 1, idempotencyKey: nextKey() },
        }),
      'NOT_FOUND',
      'LEDGER.UNKNOWN_ACCOUNT',
    ],
    [
      'a malformed key',
      () =>
        t.executeAs({ username: volunteer }, Ops.RedeemBeansDocument, {
          input: { merchantAccountId: merchantAccount, amount: 1, idempotencyKey: 'k' },
        }),
      'BAD_USER_INPUT',
      'LEDGER.BAD_IDEMPOTENCY_KEY',
    ],
    [
      'an award to a merchant',
      () =>
        t.executeAs(bureau, Ops.AwardBeansDocument, {
          input: { fundId: cityFund, accountId: merchantAccount, amount: 1, idempotencyKey: nextKey() },
        }),
      'BAD_USER_INPUT',
      'BEANS.NOT_A_VOLUNTEER',
    ],
    [
      'settling from another merchant’s account',
      () =>
        t.executeAs({ username: 'property.admin' }, Ops.SettleBeansDocument, {
          input: { merchantAccountId: otherMerchantAccount, fundId: cityFund, amount: 1, idempotencyKey: nextKey() },
        }),
      'FORBIDDEN',
      'AUTH.FORBIDDEN',
    ],
    [
      'an award by someone who does not manage the fund',
      () =>
        t.executeAs({ username: 'street.official' }, Ops.AwardBeansDocument, {
          input: { fundId: cityFund, accountId: volunteerAccount, amount: 1, idempotencyKey: nextKey() },
        }),
      'FORBIDDEN',
      'AUTH.FORBIDDEN',
    ],
    [
      'issuance by an analyst',
      () =>
        t.executeAs({ username: 'analyst' }, Ops.IssueBeansDocument, {
          input: {
            fundId: cityFund,
            amount: 1,
            idempotencyKey: nextKey(),
            donorOrganisationId: donor,
            donationYuan: 1,
          },
        }),
      'FORBIDDEN',
      'AUTH.FORBIDDEN',
    ],
    [
      'reading another volunteer’s account',
      () => t.executeAs({ username: other }, Ops.BeanAccountDocument, { id: volunteerAccount }),
      'FORBIDDEN',
      'AUTH.FORBIDDEN',
    ],
    [
      'reading another volunteer’s history',
      () =>
        t.executeAs({ username: 'bureau.admin' }, Ops.BeanTransfersDocument, { accountId: volunteerAccount, first: 5 }),
      'FORBIDDEN',
      'AUTH.FORBIDDEN',
    ],
    [
      'the auditor for a street official',
      () => t.executeAs({ username: 'street.official' }, Ops.BeanLedgerAuditDocument),
      'FORBIDDEN',
      'AUTH.FORBIDDEN',
    ],
    ['anything anonymous', () => t.executeAs(null, Ops.MyBeanAccountDocument), 'UNAUTHENTICATED', 'AUTH.REQUIRED'],
  ];
  it.each(cases)('%s', async (_name, run, code, reason) => {
    const balances = () =>
      Promise.all([
        transfers(),
        ...[volunteerAccount, otherAccount, merchantAccount, otherMerchantAccount, fundAccount].map(balance),
      ]);
    const before = await balances();
    const res = await run();
    expect(codes(res)).toEqual([code]);
    expect(reasons(res)).toEqual([reason]);
    expect(await balances()).toEqual(before);
  });
});

describe('limits', () => {
  it('refuses, with a code, an issuance past what an account can hold', async () => {
    const fund = await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
      input: { name: '上限测试基金', divisionCode: '530102000000' },
    });
    const fundId = fund.data!.createBeanFund.id;
    const issue = () =>
      t.executeAs(bureau, Ops.IssueBeansDocument, {
        input: {
          fundId,
          amount: 1_000_000_000,
          idempotencyKey: nextKey(),
          donorOrganisationId: donor,
          donationYuan: 1,
        },
      });
    expect((await issue()).errors).toBeUndefined();
    expect((await issue()).errors).toBeUndefined();
    const third = await issue();
    expect(codes(third)).toEqual(['CONFLICT']);
    expect(reasons(third)).toEqual(['LEDGER.BALANCE_LIMIT']);
    expect(await balance(fund.data!.createBeanFund.account.id)).toBe(2_000_000_000);
  });
});

describe('corrections', () => {
  it('reverse a transfer once, with an opposite transfer; the original stays', async () => {
    const award = await t.executeAs(bureau, Ops.AwardBeansDocument, {
      input: { fundId: cityFund, accountId: volunteerAccount, amount: 7, idempotencyKey: nextKey() },
    });
    const id = award.data!.awardBeans.transfer.id;
    const before = await balance(volunteerAccount);
    const reversal = await t.executeAs(bureau, Ops.ReverseBeanTransferDocument, {
      input: { transferId: id, idempotencyKey: nextKey(), memo: '重复发放' },
    });
    expect(reversal.data?.reverseBeanTransfer.transfer).toMatchObject({
      kind: 'REVERSAL',
      amount: 7,
      fromAccountId: volunteerAccount,
      toAccountId: fundAccount,
      reversesId: id,
    });
    expect(await balance(volunteerAccount)).toBe(before - 7);
    const twice = await t.executeAs(bureau, Ops.ReverseBeanTransferDocument, {
      input: { transferId: id, idempotencyKey: nextKey() },
    });
    expect(reasons(twice)).toEqual(['LEDGER.ALREADY_REVERSED']);
    expect(await t.em().count(BeanTransfer, { id })).toBe(1);
  });

  it('replay a reversal sent twice at once: one reversal, both answers the same', async () => {
    const before = await balance(volunteerAccount);
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      const award = await t.executeAs(bureau, Ops.AwardBeansDocument, {
        input: { fundId: cityFund, accountId: volunteerAccount, amount: 2, idempotencyKey: nextKey() },
      });
      const id = award.data!.awardBeans.transfer.id;
      const input = { transferId: id, idempotencyKey: nextKey(), memo: '同时冲正' };
      const both = await Promise.all([0, 1].map(() => t.executeAs(bureau, Ops.ReverseBeanTransferDocument, { input })));
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      const [a, b] = both.map((r) => r.data!.reverseBeanTransfer);
      expect(a.transfer.id).toBe(b.transfer.id);
      expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
      expect(await t.em().count(BeanTransfer, { reverses: id })).toBe(1);
    }
    expect(await balance(volunteerAccount)).toBe(before);
  });

  it('are the only way: the database refuses to edit transfers or balances', async () => {
    const conn = t.em().getConnection();
    await expect(conn.execute('update bean_transfer set amount = amount + 1')).rejects.toThrow(/immutable/);
    await expect(conn.execute('delete from bean_transfer')).rejects.toThrow(/immutable/);
    await expect(
      conn.execute('update bean_account set balance = balance + 100 where id = ?', [Number(volunteerAccount)]),
    ).rejects.toThrow(/only through transfers/);
    await expect(
      conn.execute(
        `insert into bean_account (kind, name, scope_path, balance) values ('VOLUNTEER', 'x', '/530100000000/', 50)`,
      ),
    ).rejects.toThrow(/zero balance/);
    const audit = await t.executeAs(bureau, Ops.BeanLedgerAuditDocument);
    expect(audit.data?.beanLedgerAudit.violations).toEqual([]);
  });
});

describe('statements as CSV', () => {
  const csv = async (username: string | null, accountId: string) =>
    fetch(`${t.url}/export/bean-transfers.csv?accountId=${accountId}`, {
      headers: username ? { authorization: `Bearer ${await t.tokenOf(username)}` } : {},
    });

  it('stream the owner’s movements with a BOM, newest first, and refuse anyone else', async () => {
    const res = await csv(volunteer, volunteerAccount);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe('id,at,kind,amount,direction,counterpartyAccountId,memo');
    const count = await t
      .em()
      .count(BeanTransfer, { $or: [{ from: Number(volunteerAccount) }, { to: Number(volunteerAccount) }] });
    expect(lines).toHaveLength(count + 1);
    const ids = lines.slice(1).map((l) => Number(l.split(',')[0]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await csv(other, volunteerAccount)).status).toBe(403);
    expect((await csv(null, volunteerAccount)).status).toBe(401);
    expect((await csv(volunteer, 'abc')).status).toBe(400);
  });
});
