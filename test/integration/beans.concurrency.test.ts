/**
 * Golden Beans under concurrency: many clients, each with its own session, award, redeem and
 * settle at once through GraphQL over HTTP, retrying with their idempotency keys (replays after
 * a success, the same request twice at once, retries after an overdraw). Every acknowledged
 * transfer goes into a client-side log; afterwards the database must hold exactly the logged
 * transfers, the balances the log implies, and an auditor's clean bill.
 */
import { print } from 'graphql';
import { auditLedger } from '../../src/modules/beans/ledger';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import * as Ops from '../generated/graphql';
import { startTestApp, type GqlResponse, type TestApp } from '../harness/app';

/** The run's seed: the same seed gives every client the same sequence of requests. */
const SEED = 20261126;
const VOLUNTEERS = 16;
const BUREAU_CLIENTS = 3;
const MERCHANT_CLIENTS = 2;
/** Operations (fresh idempotency keys) per client. */
const OPS = 40;
/** Far above every balance the run can reach: an overdraw by construction. */
const OVERDRAW = 1_000_000;
const P = { duplicate: 0.15, replay: 0.25, retryAfterOverdraw: 0.3, overdraw: 0.05, issue: 0.1 };

/** A small seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

type Op = 'issue' | 'award' | 'redeem' | 'settle';
type Kind = 'ISSUE' | 'EARN' | 'REDEEM' | 'SETTLE';
const FIELD = { issue: 'issueBeans', award: 'awardBeans', redeem: 'redeemBeans', settle: 'settleBeans' } as const;
const QUERY = {
  issue: print(Ops.IssueBeansDocument),
  award: print(Ops.AwardBeansDocument),
  redeem: print(Ops.RedeemBeansDocument),
  settle: print(Ops.SettleBeansDocument),
};

/** One request as a client means it: the same object is re-sent for every retry. */
interface Req {
  op: Op;
  client: string;
  token: string;
  key: string;
  input: Record<string, unknown>;
  /** What the transfer must be. */
  kind: Kind;
  from: string;
  to: string;
  amount: number;
  overdraw: boolean;
}

/** A transfer as the client saw it acknowledged. */
interface Ack {
  id: string;
  key: string;
  kind: Kind;
  from: string;
  to: string;
  amount: number;
}

type Outcome = { ok: true; id: string; replayed: boolean } | { ok: false; code?: string; reason?: string; raw: string };

interface Payload {
  replayed: boolean;
  transfer: { id: string; kind: string; amount: number; fromAccountId: string; toAccountId: string };
}

let t: TestApp;
const bureau = { username: 'bureau.admin' };
let fundId: string;
/** The donor organisation of every issuance. */
let donor: string;
let fundAccount: string;
let issuanceAccount: string;
let merchantAccount: string;
const volunteerAccounts: string[] = [];
const volunteerTokens: string[] = [];
const bureauTokens: string[] = [];
const merchantTokens: string[] = [];
const runId = Date.now().toString(36);

/** The client-side log: every acknowledged transfer, by id and by key. */
const acks = new Map<string, Ack>();
const idOfKey = new Map<string, string>();
/** How many times each key was answered with a new (not replayed) transfer: at most once. */
const freshOfKey = new Map<string, number>();
/** Keys refused for an overdraw that never went through afterwards. */
const refusedKeys = new Set<string>();
/** Everything that broke a rule, with enough to tell what. */
const anomalies: string[] = [];
const stats = { requests: 0, fresh: 0, replays: 0, duplicates: 0, duplicateBothOk: 0, overdraws: 0, deliberateOverdraws: 0, retriesAfterOverdraw: 0, retriesThatWent: 0 };

async function login(username: string): Promise<string> {
  const res = await t.executeAs(null, Ops.LoginDocument, { username, password: 'gongzhi-demo' });
  if (!res.data) throw new Error(`could not sign in as ${username}: ${res.raw}`);
  return res.data.login.token;
}

/** Sends a request once and classifies the answer; records anomalies in the transfer it names. */
async function send(req: Req): Promise<Outcome> {
  stats.requests++;
  const res = (await t.post({ query: QUERY[req.op], variables: { input: req.input } }, { authorization: `Bearer ${req.token}` })) as GqlResponse<Record<string, Payload | null>>;
  const payload = res.data?.[FIELD[req.op]];
  if (res.status === 200 && payload) {
    const tr = payload.transfer;
    if (tr.kind !== req.kind || tr.fromAccountId !== req.from || tr.toAccountId !== req.to || tr.amount !== req.amount) {
      anomalies.push(`${req.key}: answered ${JSON.stringify(tr)} for ${req.kind} ${req.from}→${req.to} ${req.amount}`);
    }
    acknowledge(req, tr.id, payload.replayed);
    return { ok: true, id: tr.id, replayed: payload.replayed };
  }
  const ext = res.errors?.[0]?.extensions;
  if (ext?.reason !== 'LEDGER.INSUFFICIENT_BALANCE' || ext?.code !== 'CONFLICT') anomalies.push(`${req.key}: unexpected answer ${res.status} ${res.raw.slice(0, 300)}`);
  return { ok: false, code: ext?.code, reason: ext?.reason as string | undefined, raw: res.raw };
}

/** Logs an acknowledged transfer; the same id must always be the same transfer of the same key. */
function acknowledge(req: Req, id: string, replayed: boolean): void {
  const ack: Ack = { id, key: req.key, kind: req.kind, from: req.from, to: req.to, amount: req.amount };
  const known = acks.get(id);
  if (known && JSON.stringify(known) !== JSON.stringify(ack)) anomalies.push(`transfer ${id} acknowledged as ${JSON.stringify(known)} and as ${JSON.stringify(ack)}`);
  acks.set(id, known ?? ack);
  const idBefore = idOfKey.get(req.key);
  if (idBefore && idBefore !== id) anomalies.push(`key ${req.key} answered with transfers ${idBefore} and ${id}`);
  idOfKey.set(req.key, id);
  refusedKeys.delete(req.key);
  if (replayed) stats.replays++;
  else {
    stats.fresh++;
    freshOfKey.set(req.key, (freshOfKey.get(req.key) ?? 0) + 1);
    if (freshOfKey.get(req.key)! > 1) anomalies.push(`key ${req.key} made a new transfer twice (${idBefore}, ${id})`);
  }
  if (req.overdraw) anomalies.push(`${req.key}: an overdraw of ${req.amount} went through as ${id}`);
}

async function keyRows(key: string): Promise<number> {
  const [row] = await t.em().getConnection().execute<{ n: string }[]>('select count(*) as n from bean_transfer where idempotency_key = ?', [key]);
  return Number(row.n);
}

/** One client's run: OPS fresh keys, with replays, concurrent duplicates and retries. */
async function runClient(name: string, rnd: () => number, next: (i: number) => Omit<Req, 'key' | 'client'>): Promise<void> {
  for (let i = 0; i < OPS; i++) {
    const base = next(i);
    const key = `cc-${runId}-${name}-${i}`;
    // The request, key included, is fixed here: every retry re-sends it verbatim.
    const req: Req = { ...base, client: name, key, input: { ...base.input, idempotencyKey: key } };
    if (req.overdraw) stats.deliberateOverdraws++;
    const duplicate = rnd() < P.duplicate;
    const outcomes = duplicate ? await Promise.all([send(req), send(req)]) : [await send(req)];
    const ok = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
    if (duplicate) {
      stats.duplicates++;
      if (ok.length === 2) stats.duplicateBothOk++;
      if (new Set(ok.map((o) => o.id)).size > 1) anomalies.push(`${req.key}: sent twice at once, answered with transfers ${ok.map((o) => o.id).join(' and ')}`);
      if (ok.length && ok.filter((o) => !o.replayed).length !== 1) anomalies.push(`${req.key}: sent twice at once, ${ok.filter((o) => !o.replayed).length} answers not replayed`);
    }
    if (ok.length) {
      if (rnd() < P.replay) {
        const again = await send(req);
        if (!again.ok || !again.replayed || again.id !== ok[0].id) anomalies.push(`${req.key}: re-sent after ${ok[0].id}, answered ${JSON.stringify(again)}`);
      }
      continue;
    }
    stats.overdraws++;
    refusedKeys.add(req.key);
    // Refused: nothing was written under the key.
    if ((await keyRows(req.key)) !== 0) anomalies.push(`${req.key}: refused, yet a transfer was written`);
    if (rnd() < P.retryAfterOverdraw) {
      stats.retriesAfterOverdraw++;
      const retry = await send(req);
      if (retry.ok) {
        stats.retriesThatWent++;
        if (retry.replayed) anomalies.push(`${req.key}: refused, then retried and answered as a replay of ${retry.id}`);
      }
    }
  }
}

beforeAll(async () => {
  t = await startTestApp();
  const fund = await t.executeAs(bureau, Ops.CreateBeanFundDocument, { input: { name: '昆明市金豆基金（并发）', divisionCode: '530100000000' } });
  expect(fund.errors).toBeUndefined();
  fundId = fund.data!.createBeanFund.id;
  donor = String((await t.em().findOneOrFail(Organisation, { kind: OrganisationKind.PROPERTY_COMPANY }, { orderBy: { id: 'asc' } })).id);
  fundAccount = fund.data!.createBeanFund.account.id;
  issuanceAccount = fund.data!.createBeanFund.issuance.id;

  // Volunteers: seeded residents without a login yet, each signing in for a session of their own.
  const people = await t
    .em()
    .getConnection()
    .execute<{ id: number }[]>(
      `select p.id from person p where p.home_path like '/530100000000/530102000000/%' and not exists (select 1 from account a where a.person_id = p.id) order by p.id limit ?`,
      [VOLUNTEERS],
    );
  expect(people).toHaveLength(VOLUNTEERS);
  for (const p of people) {
    const token = await login(await t.addLogin(p.id));
    const opened = await t.executeAs({ bearer: token }, Ops.OpenVolunteerAccountDocument);
    expect(opened.errors).toBeUndefined();
    volunteerTokens.push(token);
    volunteerAccounts.push(opened.data!.openVolunteerAccount.id);
  }
  expect(new Set(volunteerAccounts).size).toBe(VOLUNTEERS);
  for (let i = 0; i < BUREAU_CLIENTS; i++) bureauTokens.push(await login('bureau.admin'));
  for (let i = 0; i < MERCHANT_CLIENTS; i++) merchantTokens.push(await login('property.admin'));

  const me = await t.executeAs({ username: 'property.admin' }, Ops.MeDocument);
  const companyId = me.data!.me.roles[0].organisation!.id;
  const merchant = await t.executeAs({ username: 'property.admin' }, Ops.OpenMerchantAccountDocument, { organisationId: companyId });
  expect(merchant.errors).toBeUndefined();
  merchantAccount = merchant.data!.openMerchantAccount.id;

  // The fund starts with some beans and every volunteer with a few (logged like any transfer);
  // the bureau issues more during the run.
  const setup = (op: 'issue' | 'award', n: number, amount: number, to: string): Req => {
    const key = `cc-${runId}-setup-${op}-${n}`;
    const input = op === 'issue' ? { fundId, amount, idempotencyKey: key, donorOrganisationId: donor, donationYuan: amount } : { fundId, accountId: to, amount, idempotencyKey: key };
    return { op, client: 'setup', token: bureauTokens[0], key, input, kind: op === 'issue' ? 'ISSUE' : 'EARN', from: op === 'issue' ? issuanceAccount : fundAccount, to, amount, overdraw: false };
  };
  expect(await send(setup('issue', 0, 3000, fundAccount))).toMatchObject({ ok: true, replayed: false });
  for (const [v, acc] of volunteerAccounts.entries()) expect(await send(setup('award', v, 40, acc))).toMatchObject({ ok: true, replayed: false });
  expect(anomalies).toEqual([]);
});
afterAll(() => t?.close());

describe('the ledger under concurrent clients with retries', () => {
  it('keeps exactly the acknowledged transfers, the balances they imply, and a clean audit', async () => {
    const started = Date.now();
    const clients: Promise<void>[] = [];
    volunteerTokens.forEach((token, v) => {
      const rnd = prng(SEED * 101 + v);
      clients.push(
        runClient(`v${v}`, rnd, () => {
          const overdraw = rnd() < P.overdraw;
          const amount = overdraw ? OVERDRAW : between(rnd, 1, 10);
          return { op: 'redeem', token, input: { merchantAccountId: merchantAccount, amount }, kind: 'REDEEM', from: volunteerAccounts[v], to: merchantAccount, amount, overdraw };
        }),
      );
    });
    bureauTokens.forEach((token, b) => {
      const rnd = prng(SEED * 211 + b);
      clients.push(
        runClient(`b${b}`, rnd, () => {
          if (rnd() < P.issue) {
            const amount = between(rnd, 100, 200);
            return { op: 'issue', token, input: { fundId, amount, donorOrganisationId: donor, donationYuan: amount }, kind: 'ISSUE', from: issuanceAccount, to: fundAccount, amount, overdraw: false };
          }
          const v = between(rnd, 0, VOLUNTEERS - 1);
          const overdraw = rnd() < P.overdraw;
          const amount = overdraw ? OVERDRAW : between(rnd, 20, 60);
          return { op: 'award', token, input: { fundId, accountId: volunteerAccounts[v], amount }, kind: 'EARN', from: fundAccount, to: volunteerAccounts[v], amount, overdraw };
        }),
      );
    });
    merchantTokens.forEach((token, m) => {
      const rnd = prng(SEED * 307 + m);
      clients.push(
        runClient(`m${m}`, rnd, () => {
          const overdraw = rnd() < P.overdraw;
          const amount = overdraw ? OVERDRAW : between(rnd, 10, 80);
          return { op: 'settle', token, input: { merchantAccountId: merchantAccount, fundId, amount }, kind: 'SETTLE', from: merchantAccount, to: issuanceAccount, amount, overdraw };
        }),
      );
    });
    await Promise.all(clients);
    const elapsed = Date.now() - started;

    expect(anomalies).toEqual([]);
    // The run exercised what it claims to: replays, concurrent duplicates, refused overdraws.
    expect(stats.replays).toBeGreaterThan(0);
    expect(stats.duplicateBothOk).toBeGreaterThan(0);
    expect(stats.overdraws).toBeGreaterThanOrEqual(stats.deliberateOverdraws);
    expect(stats.deliberateOverdraws).toBeGreaterThan(0);

    // Every acknowledged transfer exists exactly once, as acknowledged; nothing else was written.
    const rows = await t
      .em()
      .getConnection()
      .execute<{ id: string; kind: Kind; from_id: number; to_id: number; amount: number; idempotency_key: string }[]>(
        'select id, kind, from_id, to_id, amount, idempotency_key from bean_transfer order by id',
      );
    const written = rows.map((r) => ({ id: String(r.id), key: r.idempotency_key, kind: r.kind, from: String(r.from_id), to: String(r.to_id), amount: Number(r.amount) }));
    const logged = [...acks.values()].sort((a, b) => Number(a.id) - Number(b.id));
    expect(written).toEqual(logged);
    expect(rows.length).toBe(idOfKey.size);
    expect([...freshOfKey.values()].every((n) => n === 1)).toBe(true);
    expect(freshOfKey.size).toBe(idOfKey.size);
    for (const key of refusedKeys) expect(idOfKey.has(key)).toBe(false);
    const refusedWritten = rows.filter((r) => refusedKeys.has(r.idempotency_key));
    expect(refusedWritten).toEqual([]);

    // Balances are what the log implies: issued − awarded, awarded − redeemed, redeemed − settled.
    const sum = (pred: (a: Ack) => boolean) => logged.filter(pred).reduce((s, a) => s + a.amount, 0);
    const issued = sum((a) => a.kind === 'ISSUE');
    const awarded = sum((a) => a.kind === 'EARN');
    const redeemed = sum((a) => a.kind === 'REDEEM');
    const settled = sum((a) => a.kind === 'SETTLE');
    const expected: Record<string, number> = {
      [fundAccount]: issued - awarded,
      [issuanceAccount]: settled - issued,
      [merchantAccount]: redeemed - settled,
    };
    volunteerAccounts.forEach((acc) => (expected[acc] = sum((a) => a.kind === 'EARN' && a.to === acc) - sum((a) => a.kind === 'REDEEM' && a.from === acc)));
    const accounts = await t.em().getConnection().execute<{ id: number; kind: string; balance: number }[]>('select id, kind, balance from bean_account');
    const balances = Object.fromEntries(accounts.map((a) => [String(a.id), Number(a.balance)]));
    expect(balances).toEqual(expected);
    expect(accounts.filter((a) => (a.kind === 'ISSUANCE' ? a.balance > 0 : a.balance < 0))).toEqual([]);
    expect(awarded).toBeGreaterThan(0);
    expect(redeemed).toBeGreaterThan(0);
    expect(settled).toBeGreaterThan(0);

    // The auditor, over GraphQL and directly, finds nothing wrong and the same totals.
    const audit = await t.executeAs(bureau, Ops.BeanLedgerAuditDocument);
    expect(audit.data?.beanLedgerAudit).toMatchObject({ transfers: rows.length, issued, retired: settled, outstanding: issued - settled, violations: [] });
    const direct = await auditLedger(t.em());
    expect(direct).toMatchObject({ transfers: rows.length, issued, retired: settled, violations: [] });

    process.stdout.write(
      `[beans.concurrency] seed ${SEED}: ${volunteerTokens.length + bureauTokens.length + merchantTokens.length} clients × ${OPS} ops, ` +
        `${stats.requests} requests in ${elapsed} ms; ${rows.length} transfers (${stats.replays} replayed answers, ${stats.duplicates} concurrent duplicates, ` +
        `${stats.overdraws} refused overdraws of which ${stats.deliberateOverdraws} deliberate, ${stats.retriesThatWent}/${stats.retriesAfterOverdraw} retries went through)\n`,
    );
  });
});
