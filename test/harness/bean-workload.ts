/**
 * The seeded Golden Beans client workload shared by test/integration/beans.concurrency.test.ts and
 * test/integration/beans.crash.test.ts: many clients, each with its own session, award, redeem,
 * settle and issue at once, with replays after a success, the same request twice at once and
 * retries after an overdraw. Every acknowledged transfer goes into a client-side log; afterwards
 * the database must hold exactly the logged transfers, the balances the log implies, and an
 * auditor's clean bill. How requests reach the server (and what happens around them) is the test's.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { auditLedger } from '../../src/modules/beans/ledger';
import * as Ops from '../generated/graphql';

const VOLUNTEERS = 16;
const BUREAU_CLIENTS = 3;
const MERCHANT_CLIENTS = 2;
/**
 * Operations (fresh idempotency keys) per client. 21 clients × 15 operations (about 460 requests)
 * already give dozens of concurrent duplicates and replays, deliberate overdraws and balances run
 * down to nothing while others credit them; more operations repeat the same races and only make
 * the run slower on a busy machine. Timing belongs to the benchmark, not here.
 */
export const OPS = 15;
/** Far above every balance the run can reach: an overdraw by construction. */
const OVERDRAW = 1_000_000;
const P = { duplicate: 0.15, replay: 0.25, retryAfterOverdraw: 0.3, overdraw: 0.05, issue: 0.1 };

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
/** A whole number from lo to hi (both included), drawn from `rnd`. */
export const between = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** The mutations the clients send. */
export type Op = 'issue' | 'award' | 'redeem' | 'settle';
/** The kinds of transfer they make. */
export type Kind = 'ISSUE' | 'EARN' | 'REDEEM' | 'SETTLE';
const FIELD = { issue: 'issueBeans', award: 'awardBeans', redeem: 'redeemBeans', settle: 'settleBeans' } as const;
const QUERY = {
  issue: print(Ops.IssueBeansDocument),
  award: print(Ops.AwardBeansDocument),
  redeem: print(Ops.RedeemBeansDocument),
  settle: print(Ops.SettleBeansDocument),
};

/** One request as a client means it: the same object is re-sent for every retry. */
export interface Req {
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
export type Ack = { id: string } & Pick<Req, 'key' | 'kind' | 'from' | 'to' | 'amount'>;

/** What a request came to: a transfer, a refusal, or (only across a crash) an answer lost. */
export type Outcome =
  | { ok: true; id: string; replayed: boolean }
  | { ok: false; lost: false; code?: string; reason?: string; raw: string }
  | { ok: false; lost: true };

/** A GraphQL answer as the client sees it. */
export interface Answer<T = unknown> {
  status: number;
  data: T | null;
  errors?: { extensions?: Record<string, unknown> }[];
  raw: string;
}

interface Payload {
  replayed: boolean;
  transfer: { id: string; kind: string; amount: number; fromAccountId: string; toAccountId: string };
}

/** A row of bean_transfer as the checks read it. */
export type TransferRow = {
  id: string;
  kind: Kind;
  from_id: number;
  to_id: number;
  amount: number;
  idempotency_key: string;
};

/** How the workload reaches the server and the test's database. */
export interface Backend {
  /** Idempotency keys start with it. */
  prefix: string;
  /** The run's seed: the same seed gives every client the same sequence of requests. */
  seed: number;
  /** Posts a GraphQL operation, with `token` as the bearer when given. */
  post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer>;
  /** Reads the test's database (parameters $1, $2, …). */
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Sends a workload request once; by default `BeanWorkload.post` then `BeanWorkload.answer`. */
  send?(req: Req): Promise<Outcome>;
  /** An entity manager on the test's database, for the auditor run directly. */
  em(): EntityManager | Promise<EntityManager>;
}

/** The fund, accounts and sessions of a run, its clients, and the client-side log they keep. */
export class BeanWorkload {
  readonly runId = Date.now().toString(36);
  fundId = '';
  /** The donor organisation of every issuance. */
  donor = '';
  fundAccount = '';
  issuanceAccount = '';
  merchantAccount = '';
  bureauToken = '';
  readonly volunteerAccounts: string[] = [];
  readonly volunteerTokens: string[] = [];
  readonly bureauTokens: string[] = [];
  readonly merchantTokens: string[] = [];

  /** The client-side log: every acknowledged transfer, by id and by key. */
  readonly acks = new Map<string, Ack>();
  readonly idOfKey = new Map<string, string>();
  /** How many times each key was answered with a new (not replayed) transfer: at most once. */
  readonly freshOfKey = new Map<string, number>();
  /** Keys refused for an overdraw that never went through afterwards. */
  readonly refusedKeys = new Set<string>();
  /** Everything that broke a rule, with enough to tell what. */
  readonly anomalies: string[] = [];
  readonly stats = {
    requests: 0,
    fresh: 0,
    replays: 0,
    duplicates: 0,
    duplicateBothOk: 0,
    overdraws: 0,
    deliberateOverdraws: 0,
    retriesAfterOverdraw: 0,
    retriesThatWent: 0,
  };

  constructor(private readonly io: Backend) {}

  /** How many clients the run has. */
  get clients(): number {
    return this.volunteerTokens.length + this.bureauTokens.length + this.merchantTokens.length;
  }

  /** Posts a typed document, as `token` when given. */
  async exec<R, V>(doc: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<Answer<R>> {
    return (await this.io.post(print(doc), variables as Record<string, unknown>, token)) as Answer<R>;
  }

  /** Signs in with the demo password and returns the session token. */
  async login(username: string): Promise<string> {
    const res = await this.exec(Ops.LoginDocument, { username, password: DEMO_PASSWORD });
    if (!res.data) throw new Error(`could not sign in as ${username}: ${res.raw}`);
    return res.data.login.token;
  }

  /** The seeded residents who become the volunteers: people of a district without a login yet. */
  async volunteerPeople(): Promise<number[]> {
    const people = await this.io.sql<{ id: number }>(
      `select p.id from person p where p.home_path like '/530100000000/530102000000/%' and not exists (select 1 from account a where a.person_id = p.id) order by p.id limit $1`,
      [VOLUNTEERS],
    );
    expect(people).toHaveLength(VOLUNTEERS);
    return people.map((p) => p.id);
  }

  /** Creates the fund, opens the volunteers' and the merchant's accounts, signs every client in, and seeds balances. */
  async setUp(fundName: string, volunteerUsernames: string[]): Promise<void> {
    this.bureauToken = await this.login('bureau.admin');
    const fund = await this.exec(
      Ops.CreateBeanFundDocument,
      { input: { name: fundName, divisionCode: '530100000000' } },
      this.bureauToken,
    );
    expect(fund.errors).toBeUndefined();
    this.fundId = fund.data!.createBeanFund.id;
    this.donor = String(
      (
        await this.io.sql<{ id: number }>(
          `select id from organisation where kind = 'PROPERTY_COMPANY' order by id limit 1`,
        )
      )[0].id,
    );
    this.fundAccount = fund.data!.createBeanFund.account.id;
    this.issuanceAccount = fund.data!.createBeanFund.issuance.id;
    // Each volunteer signs in for a session of their own.
    for (const username of volunteerUsernames) {
      const token = await this.login(username);
      const opened = await this.exec(Ops.OpenVolunteerAccountDocument, {}, token);
      expect(opened.errors).toBeUndefined();
      this.volunteerTokens.push(token);
      this.volunteerAccounts.push(opened.data!.openVolunteerAccount.id);
    }
    expect(new Set(this.volunteerAccounts).size).toBe(VOLUNTEERS);
    for (let i = 0; i < BUREAU_CLIENTS; i++) this.bureauTokens.push(await this.login('bureau.admin'));
    for (let i = 0; i < MERCHANT_CLIENTS; i++) this.merchantTokens.push(await this.login('property.admin'));
    const me = await this.exec(Ops.MeDocument, {}, this.merchantTokens[0]);
    const merchant = await this.exec(
      Ops.OpenMerchantAccountDocument,
      { organisationId: me.data!.me.roles[0].organisation!.id },
      this.merchantTokens[0],
    );
    expect(merchant.errors).toBeUndefined();
    this.merchantAccount = merchant.data!.openMerchantAccount.id;

    // The fund starts with some beans and every volunteer with a few (logged like any transfer);
    // the bureau issues more during the run.
    const setup = (op: 'issue' | 'award', n: number, amount: number, to: string): Req => {
      const key = `${this.io.prefix}-${this.runId}-setup-${op}-${n}`;
      const input =
        op === 'issue'
          ? { fundId: this.fundId, amount, idempotencyKey: key, donorOrganisationId: this.donor, donationYuan: amount }
          : { fundId: this.fundId, accountId: to, amount, idempotencyKey: key };
      const from = op === 'issue' ? this.issuanceAccount : this.fundAccount;
      return {
        op,
        client: 'setup',
        token: this.bureauToken,
        key,
        input,
        kind: op === 'issue' ? 'ISSUE' : 'EARN',
        from,
        to,
        amount,
        overdraw: false,
      };
    };
    expect(await this.send(setup('issue', 0, 3000, this.fundAccount))).toMatchObject({ ok: true, replayed: false });
    for (const [v, acc] of this.volunteerAccounts.entries())
      expect(await this.send(setup('award', v, 40, acc))).toMatchObject({ ok: true, replayed: false });
    expect(this.anomalies).toEqual([]);
  }

  /** Posts a workload request once (throws when no answer comes). */
  post(req: Req): Promise<Answer> {
    return this.io.post(QUERY[req.op], { input: req.input }, req.token);
  }

  /** Sends a workload request once, through the test's `send` when it has one. */
  private async send(req: Req): Promise<Outcome> {
    if (this.io.send) return this.io.send(req);
    this.stats.requests++;
    return this.answer(req, await this.post(req));
  }

  /** Classifies an answer to `req` and logs it; records anomalies in the transfer it names. */
  answer(req: Req, res: Answer): Outcome {
    const payload = (res.data as Record<string, Payload | null> | null)?.[FIELD[req.op]];
    if (res.status === 200 && payload) {
      const tr = payload.transfer;
      if (
        tr.kind !== req.kind ||
        tr.fromAccountId !== req.from ||
        tr.toAccountId !== req.to ||
        tr.amount !== req.amount
      ) {
        this.anomalies.push(
          `${req.key}: answered ${JSON.stringify(tr)} for ${req.kind} ${req.from}→${req.to} ${req.amount}`,
        );
      }
      this.acknowledge(req, tr.id, payload.replayed);
      return { ok: true, id: tr.id, replayed: payload.replayed };
    }
    const ext = res.errors?.[0]?.extensions;
    if (ext?.reason !== 'LEDGER.INSUFFICIENT_BALANCE' || ext?.code !== 'CONFLICT')
      this.anomalies.push(`${req.key}: unexpected answer ${res.status} ${res.raw.slice(0, 300)}`);
    return {
      ok: false,
      lost: false,
      code: ext?.code as string | undefined,
      reason: ext?.reason as string | undefined,
      raw: res.raw,
    };
  }

  /** Logs an acknowledged transfer; the same id must always be the same transfer of the same key. */
  private acknowledge(req: Req, id: string, replayed: boolean): void {
    const { anomalies, stats, freshOfKey } = this;
    const ack: Ack = { id, key: req.key, kind: req.kind, from: req.from, to: req.to, amount: req.amount };
    const known = this.acks.get(id);
    if (known && JSON.stringify(known) !== JSON.stringify(ack))
      anomalies.push(`transfer ${id} acknowledged as ${JSON.stringify(known)} and as ${JSON.stringify(ack)}`);
    this.acks.set(id, known ?? ack);
    const idBefore = this.idOfKey.get(req.key);
    if (idBefore && idBefore !== id) anomalies.push(`key ${req.key} answered with transfers ${idBefore} and ${id}`);
    this.idOfKey.set(req.key, id);
    this.refusedKeys.delete(req.key);
    if (replayed) stats.replays++;
    else {
      stats.fresh++;
      freshOfKey.set(req.key, (freshOfKey.get(req.key) ?? 0) + 1);
      if (freshOfKey.get(req.key)! > 1) anomalies.push(`key ${req.key} made a new transfer twice (${idBefore}, ${id})`);
    }
    if (req.overdraw) anomalies.push(`${req.key}: an overdraw of ${req.amount} went through as ${id}`);
  }

  /** Runs every client at once (volunteers redeem, the bureau awards and issues, merchants settle) to the end. */
  async run(): Promise<void> {
    const { seed } = this.io;
    // Each client draws its requests and its retries from a PRNG of its own.
    const client = (name: string, clientSeed: number, next: (rnd: () => number) => Omit<Req, 'key' | 'client'>) => {
      const rnd = prng(clientSeed);
      return this.runClient(name, rnd, () => next(rnd));
    };
    await Promise.all([
      ...this.volunteerTokens.map((token, v) =>
        client(`v${v}`, seed * 101 + v, (rnd) => {
          const overdraw = rnd() < P.overdraw;
          const amount = overdraw ? OVERDRAW : between(rnd, 1, 10);
          return {
            op: 'redeem',
            token,
            input: { merchantAccountId: this.merchantAccount, amount },
            kind: 'REDEEM',
            from: this.volunteerAccounts[v],
            to: this.merchantAccount,
            amount,
            overdraw,
          };
        }),
      ),
      ...this.bureauTokens.map((token, b) =>
        client(`b${b}`, seed * 211 + b, (rnd) => {
          if (rnd() < P.issue) {
            const amount = between(rnd, 100, 200);
            return {
              op: 'issue',
              token,
              input: { fundId: this.fundId, amount, donorOrganisationId: this.donor, donationYuan: amount },
              kind: 'ISSUE',
              from: this.issuanceAccount,
              to: this.fundAccount,
              amount,
              overdraw: false,
            };
          }
          const v = between(rnd, 0, VOLUNTEERS - 1);
          const overdraw = rnd() < P.overdraw;
          const amount = overdraw ? OVERDRAW : between(rnd, 20, 60);
          return {
            op: 'award',
            token,
            input: { fundId: this.fundId, accountId: this.volunteerAccounts[v], amount },
            kind: 'EARN',
            from: this.fundAccount,
            to: this.volunteerAccounts[v],
            amount,
            overdraw,
          };
        }),
      ),
      ...this.merchantTokens.map((token, m) =>
        client(`m${m}`, seed * 307 + m, (rnd) => {
          const overdraw = rnd() < P.overdraw;
          const amount = overdraw ? OVERDRAW : between(rnd, 10, 80);
          return {
            op: 'settle',
            token,
            input: { merchantAccountId: this.merchantAccount, fundId: this.fundId, amount },
            kind: 'SETTLE',
            from: this.merchantAccount,
            to: this.issuanceAccount,
            amount,
            overdraw,
          };
        }),
      ),
    ]);
  }

  /** One client's run: OPS fresh keys, with replays, concurrent duplicates and retries. */
  private async runClient(name: string, rnd: () => number, next: () => Omit<Req, 'key' | 'client'>): Promise<void> {
    const { anomalies, stats } = this;
    for (let i = 0; i < OPS; i++) {
      const base = next();
      const key = `${this.io.prefix}-${this.runId}-${name}-${i}`;
      // The request, key included, is fixed here: every retry re-sends it verbatim.
      const req: Req = { ...base, client: name, key, input: { ...base.input, idempotencyKey: key } };
      if (req.overdraw) stats.deliberateOverdraws++;
      const duplicate = rnd() < P.duplicate;
      const outcomes = duplicate ? await Promise.all([this.send(req), this.send(req)]) : [await this.send(req)];
      const ok = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
      const lost = outcomes.some((o) => !o.ok && o.lost);
      if (duplicate) {
        stats.duplicates++;
        if (ok.length === 2) stats.duplicateBothOk++;
        if (new Set(ok.map((o) => o.id)).size > 1)
          anomalies.push(
            `${req.key}: sent twice at once, answered with transfers ${ok.map((o) => o.id).join(' and ')}`,
          );
        // Exactly one new transfer among the answers; a lost answer may be the one that made it.
        const fresh = ok.filter((o) => !o.replayed).length;
        if (lost ? fresh > 1 : ok.length > 0 && fresh !== 1)
          anomalies.push(`${req.key}: sent twice at once, ${fresh} answers not replayed`);
      }
      // What was lost (to a crash) is the test's to re-send.
      if (lost) continue;
      if (ok.length) {
        if (rnd() < P.replay) {
          const again = await this.send(req);
          if (again.ok ? !again.replayed || again.id !== ok[0].id : !again.lost)
            anomalies.push(`${req.key}: re-sent after ${ok[0].id}, answered ${JSON.stringify(again)}`);
        }
        continue;
      }
      stats.overdraws++;
      this.refusedKeys.add(req.key);
      // Refused: nothing was written under the key.
      const [row] = await this.io.sql<{ n: string }>(
        'select count(*) as n from bean_transfer where idempotency_key = $1',
        [req.key],
      );
      if (Number(row.n) !== 0) anomalies.push(`${req.key}: refused, yet a transfer was written`);
      if (rnd() < P.retryAfterOverdraw) {
        stats.retriesAfterOverdraw++;
        const retry = await this.send(req);
        if (retry.ok) {
          stats.retriesThatWent++;
          if (retry.replayed)
            anomalies.push(`${req.key}: refused, then retried and answered as a replay of ${retry.id}`);
        }
      }
    }
  }

  /** Checks the database (transfers, keys, balances) and the auditor against the log; `landedInDoubt`: keys whose new transfer's answer was lost. */
  async check(landedInDoubt: ReadonlySet<string> = new Set()) {
    const rows = await this.io.sql<TransferRow>(
      'select id, kind, from_id, to_id, amount, idempotency_key from bean_transfer order by id',
    );
    // Every acknowledged transfer exists exactly once, as acknowledged; nothing else was written.
    const written = rows.map((r) => ({
      id: String(r.id),
      key: r.idempotency_key,
      kind: r.kind,
      from: String(r.from_id),
      to: String(r.to_id),
      amount: Number(r.amount),
    }));
    const logged = [...this.acks.values()].sort((a, b) => Number(a.id) - Number(b.id));
    expect(written).toEqual(logged);
    expect(rows.length).toBe(this.idOfKey.size);
    // One new transfer per key; none only for a key whose first answer was lost after it landed.
    const fresh = (k: string) => this.freshOfKey.get(k) ?? 0;
    expect(
      [...this.idOfKey.keys()].filter((k) => !(fresh(k) === 1 || (fresh(k) === 0 && landedInDoubt.has(k)))),
    ).toEqual([]);
    expect([...this.freshOfKey.keys()].filter((k) => fresh(k) !== 1 || !this.idOfKey.has(k))).toEqual([]);
    expect([...this.refusedKeys].filter((k) => this.idOfKey.has(k))).toEqual([]);
    expect(rows.filter((r) => this.refusedKeys.has(r.idempotency_key))).toEqual([]);

    // Balances are what the log implies: issued − awarded, awarded − redeemed, redeemed − settled.
    const sum = (pred: (a: Ack) => boolean) => logged.filter(pred).reduce((s, a) => s + a.amount, 0);
    const issued = sum((a) => a.kind === 'ISSUE');
    const awarded = sum((a) => a.kind === 'EARN');
    const redeemed = sum((a) => a.kind === 'REDEEM');
    const settled = sum((a) => a.kind === 'SETTLE');
    const expected: Record<string, number> = {
      [this.fundAccount]: issued - awarded,
      [this.issuanceAccount]: settled - issued,
      [this.merchantAccount]: redeemed - settled,
    };
    this.volunteerAccounts.forEach(
      (acc) =>
        (expected[acc] =
          sum((a) => a.kind === 'EARN' && a.to === acc) - sum((a) => a.kind === 'REDEEM' && a.from === acc)),
    );
    const accounts = await this.io.sql<{ id: number; kind: string; balance: number }>(
      'select id, kind, balance from bean_account',
    );
    expect(Object.fromEntries(accounts.map((a) => [String(a.id), Number(a.balance)]))).toEqual(expected);
    expect(accounts.filter((a) => (a.kind === 'ISSUANCE' ? a.balance > 0 : a.balance < 0))).toEqual([]);

    // The auditor, over GraphQL and directly, finds nothing wrong and the same totals.
    const audit = await this.exec(Ops.BeanLedgerAuditDocument, {}, this.bureauToken);
    expect(audit.data?.beanLedgerAudit).toMatchObject({
      transfers: rows.length,
      issued,
      retired: settled,
      outstanding: issued - settled,
      violations: [],
    });
    expect(await auditLedger(await this.io.em())).toMatchObject({
      transfers: rows.length,
      issued,
      retired: settled,
      violations: [],
    });
    return { rows, issued, awarded, redeemed, settled };
  }
}
