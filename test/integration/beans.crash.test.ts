/**
 * Golden Beans across a crash: the server runs in a process of its own (test/harness/server-process.ts)
 * while many clients award, redeem and settle with retries; it is killed with SIGKILL mid-run and
 * restarted on the same database. Every transfer acknowledged before the kill must be there exactly
 * once; every request in flight at the kill, re-sent with the same key and content, must answer the
 * transfer that landed (replayed) or make it now — never a second one, never a key-reuse conflict;
 * and the auditor must find nothing wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { Client, Pool } from 'pg';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { hashPassword } from '../../src/auth/passwords';
import { ormConfig } from '../../src/db/orm.config';
import { auditLedger } from '../../src/modules/beans/ledger';
import * as Ops from '../generated/graphql';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER_ENTRY = path.join(ROOT, 'test', 'harness', 'server-process.ts');
const SEED = 20261127;
const VOLUNTEERS = 16;
const BUREAU_CLIENTS = 3;
const MERCHANT_CLIENTS = 2;
const OPS = 40;
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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Op = 'issue' | 'award' | 'redeem' | 'settle';
type Kind = 'ISSUE' | 'EARN' | 'REDEEM' | 'SETTLE';
const FIELD = { issue: 'issueBeans', award: 'awardBeans', redeem: 'redeemBeans', settle: 'settleBeans' } as const;
const QUERY = {
  issue: print(Ops.IssueBeansDocument),
  award: print(Ops.AwardBeansDocument),
  redeem: print(Ops.RedeemBeansDocument),
  settle: print(Ops.SettleBeansDocument),
};

interface Req {
  op: Op;
  token: string;
  key: string;
  input: Record<string, unknown>;
  kind: Kind;
  from: string;
  to: string;
  amount: number;
  overdraw: boolean;
}
interface Ack {
  id: string;
  key: string;
  kind: Kind;
  from: string;
  to: string;
  amount: number;
}
type Outcome = { ok: true; id: string; replayed: boolean } | { ok: false; lost: false; reason?: string; raw: string } | { ok: false; lost: true };
interface Payload {
  replayed: boolean;
  transfer: { id: string; kind: string; amount: number; fromAccountId: string; toAccountId: string };
}

// ---- the database and the server process ----

interface ServerProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}
const children: ChildProcess[] = [];
const serverLog: string[] = [];
let dbName = '';
let dbUrl = '';
/** The test's own connections to its database (named, so the server's can be told apart). */
let db: Pool | undefined;
const TEST_APP_NAME = 'beans-crash-test';
let orm: MikroORM | undefined;

/** A copy of the seeded template, as test/harness/app.ts makes one. */
async function cloneTemplate(): Promise<void> {
  const admin = process.env.GONGZHI_TEST_ADMIN_URL;
  const template = process.env.GONGZHI_TEST_TEMPLATE;
  if (!admin || !template) throw new Error('the test harness global setup did not run');
  dbName = `${template}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database "${dbName}" template "${template}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  dbUrl = url.toString();
}

async function dropDatabase(): Promise<void> {
  if (!dbName) return;
  const client = new Client({ connectionString: process.env.GONGZHI_TEST_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`drop database if exists "${dbName}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Starts the server process on the test's database and waits for its READY line. */
function startServer(): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_ON_START: 'false',
      JWT_SECRET: 'test-secret-test-secret-test-secret-42',
      TS_NODE_TRANSPILE_ONLY: 'true',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    serverLog.push(chunk.toString());
    if (serverLog.length > 200) serverLog.shift();
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server process not READY within 60 s:\n${serverLog.join('')}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^READY (\S+)$/m.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], exited });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server process exited before READY (${code ?? signal}):\n${serverLog.join('')}`));
    });
  });
}

/** Connections still open on the test's database, besides the test's own. */
async function otherBackends(): Promise<number> {
  const { rows } = await db!.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1 and application_name <> $2', [dbName, TEST_APP_NAME]);
  return Number(rows[0].n);
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ status: number; data: T | null; errors?: { extensions?: Record<string, unknown> }[]; raw: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  let parsed: { data?: T; errors?: { extensions?: Record<string, unknown> }[] } = {};
  try {
    parsed = JSON.parse(raw);
  } catch {
    // left to the caller, in `raw`
  }
  return { status: res.status, data: parsed.data ?? null, errors: parsed.errors, raw };
}

// ---- the run ----

let server: ServerProcess;
let fundId: string;
/** The donor organisation of every issuance. */
let donor: string;
let fundAccount: string;
let issuanceAccount: string;
let merchantAccount: string;
let bureauToken: string;
const volunteerAccounts: string[] = [];
const volunteerTokens: string[] = [];
const bureauTokens: string[] = [];
const merchantTokens: string[] = [];
const runId = Date.now().toString(36);

const acks = new Map<string, Ack>();
const idOfKey = new Map<string, string>();
const freshOfKey = new Map<string, number>();
const refusedKeys = new Set<string>();
const anomalies: string[] = [];
/** Ids acknowledged (200 with data) by the first server process. */
const ackedBeforeKill = new Set<string>();
/** Requests whose answer was lost to the kill, by key. */
const inDoubt = new Map<string, Req>();
const landedInDoubt = new Set<string>();
const stats = { requests: 0, acknowledged: 0, replays: 0, duplicates: 0, overdraws: 0, lost: 0, inDoubt: 0, landed: 0, madeAfterRestart: 0, refusedAfterRestart: 0, killAfter: 0, restartMs: 0 };

/** The crash: set when the kill happens, cleared when the server is back and the in-doubt requests are settled. */
let down: Promise<void> | null = null;
let recovery: Promise<void> | null = null;
let fatal: Error | null = null;
let killed = false;
let inflight = 0;

function kill(): void {
  killed = true;
  let release!: () => void;
  down = new Promise((r) => (release = r));
  const victim = server;
  victim.child.kill('SIGKILL');
  recovery = recover(victim)
    .catch((err: unknown) => {
      fatal = err instanceof Error ? err : new Error(String(err));
    })
    .finally(() => {
      down = null;
      release();
    });
}

/** After the kill: let the dust settle, restart on the same database, re-send what was in doubt. */
async function recover(victim: ServerProcess): Promise<void> {
  await victim.exited;
  await until('the requests in flight at the kill to fail', () => inflight === 0);
  // A statement the dead server had sent may still be running in PostgreSQL: wait until its
  // connections are gone, so that what landed has landed before anything is re-sent.
  await until('the dead server’s connections to close', async () => (await otherBackends()) === 0);
  const restarting = Date.now();
  server = await startServer();
  stats.restartMs = Date.now() - restarting;
  stats.inDoubt = inDoubt.size;
  for (const req of inDoubt.values()) {
    const { rows } = await db!.query<{ id: string; kind: Kind; from_id: number; to_id: number; amount: number }>('select id, kind, from_id, to_id, amount from bean_transfer where idempotency_key = $1', [req.key]);
    const landed = rows[0];
    if (landed) {
      stats.landed++;
      landedInDoubt.add(req.key);
      const got = { kind: landed.kind, from: String(landed.from_id), to: String(landed.to_id), amount: Number(landed.amount) };
      if (JSON.stringify(got) !== JSON.stringify({ kind: req.kind, from: req.from, to: req.to, amount: req.amount })) anomalies.push(`${req.key}: landed as ${JSON.stringify(got)}`);
    }
    const balanceBefore = Number((await db!.query<{ balance: number }>('select balance from bean_account where id = $1', [Number(req.from)])).rows[0].balance);
    const again = await send(req, false);
    if (again.ok) {
      if (landed && (!again.replayed || again.id !== String(landed.id))) anomalies.push(`${req.key}: landed as ${landed.id} before the kill; re-sent, answered ${JSON.stringify(again)}`);
      if (!landed && again.replayed) anomalies.push(`${req.key}: had not landed; re-sent, answered as a replay of ${again.id}`);
      if (!landed) stats.madeAfterRestart++;
    } else if (!again.lost) {
      // Only an overdraw may be refused, only if it had not landed, and only with too few beans.
      stats.refusedAfterRestart++;
      if (landed) anomalies.push(`${req.key}: landed as ${landed.id}; re-sent, refused: ${again.raw.slice(0, 200)}`);
      if (balanceBefore >= req.amount) anomalies.push(`${req.key}: refused as an overdraw of ${req.amount} from a balance of ${balanceBefore}`);
    } else anomalies.push(`${req.key}: re-sent after the restart, no answer`);
  }
  inDoubt.clear();
}

/** Sends once; `gated` requests wait while the server is down. A lost answer puts the request in doubt. */
async function send(req: Req, gated = true): Promise<Outcome> {
  while (gated && down) await down;
  if (fatal) throw fatal;
  stats.requests++;
  inflight++;
  const { url, child } = server;
  let res: Awaited<ReturnType<typeof gql<Record<string, Payload | null>>>>;
  try {
    res = await gql<Record<string, Payload | null>>(url, QUERY[req.op], { input: req.input }, req.token);
  } catch {
    stats.lost++;
    if (gated) inDoubt.set(req.key, req);
    return { ok: false, lost: true };
  } finally {
    inflight--;
  }
  const payload = res.data?.[FIELD[req.op]];
  if (res.status === 200 && payload) {
    const tr = payload.transfer;
    if (tr.kind !== req.kind || tr.fromAccountId !== req.from || tr.toAccountId !== req.to || tr.amount !== req.amount) {
      anomalies.push(`${req.key}: answered ${JSON.stringify(tr)} for ${req.kind} ${req.from}→${req.to} ${req.amount}`);
    }
    acknowledge(req, tr.id, payload.replayed);
    if (children[0] === child) ackedBeforeKill.add(tr.id);
    stats.acknowledged++;
    if (!killed && stats.killAfter && stats.acknowledged >= stats.killAfter) kill();
    return { ok: true, id: tr.id, replayed: payload.replayed };
  }
  const ext = res.errors?.[0]?.extensions;
  if (ext?.reason !== 'LEDGER.INSUFFICIENT_BALANCE' || ext?.code !== 'CONFLICT') anomalies.push(`${req.key}: unexpected answer ${res.status} ${res.raw.slice(0, 300)}`);
  return { ok: false, lost: false, reason: ext?.reason as string | undefined, raw: res.raw };
}

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
    freshOfKey.set(req.key, (freshOfKey.get(req.key) ?? 0) + 1);
    if (freshOfKey.get(req.key)! > 1) anomalies.push(`key ${req.key} made a new transfer twice (${idBefore}, ${id})`);
  }
  if (req.overdraw) anomalies.push(`${req.key}: an overdraw of ${req.amount} went through as ${id}`);
}

async function runClient(name: string, rnd: () => number, next: () => Omit<Req, 'key'>): Promise<void> {
  for (let i = 0; i < OPS; i++) {
    const base = next();
    const key = `crash-${runId}-${name}-${i}`;
    const req: Req = { ...base, key, input: { ...base.input, idempotencyKey: key } };
    const duplicate = rnd() < P.duplicate;
    const outcomes = duplicate ? await Promise.all([send(req), send(req)]) : [await send(req)];
    const ok = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
    const lost = outcomes.some((o) => !o.ok && o.lost);
    if (duplicate) {
      stats.duplicates++;
      if (new Set(ok.map((o) => o.id)).size > 1) anomalies.push(`${req.key}: sent twice at once, answered with transfers ${ok.map((o) => o.id).join(' and ')}`);
      if (ok.filter((o) => !o.replayed).length > 1) anomalies.push(`${req.key}: sent twice at once, both answers new`);
    }
    // What was lost is re-sent after the restart, by the recovery.
    if (lost) continue;
    if (ok.length) {
      if (rnd() < P.replay) {
        const again = await send(req);
        if (again.ok ? !again.replayed || again.id !== ok[0].id : !again.lost) anomalies.push(`${req.key}: re-sent after ${ok[0].id}, answered ${JSON.stringify(again)}`);
      }
      continue;
    }
    stats.overdraws++;
    refusedKeys.add(req.key);
    const { rows } = await db!.query<{ n: string }>('select count(*) as n from bean_transfer where idempotency_key = $1', [req.key]);
    if (Number(rows[0].n) !== 0) anomalies.push(`${req.key}: refused, yet a transfer was written`);
    if (rnd() < P.retryAfterOverdraw) {
      const retry = await send(req);
      if (retry.ok && retry.replayed) anomalies.push(`${req.key}: refused, then retried and answered as a replay of ${retry.id}`);
    }
  }
}

async function login(username: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(server.url, print(Ops.LoginDocument), { username, password: DEMO_PASSWORD });
  if (!res.data) throw new Error(`could not sign in as ${username}: ${res.raw}`);
  return res.data.login.token;
}

beforeAll(async () => {
  await cloneTemplate();
  db = new Pool({ connectionString: dbUrl, application_name: TEST_APP_NAME, max: 4 });
  // Volunteers: seeded residents given a login, each signing in for a session of their own.
  const { rows: people } = await db.query<{ id: number }>(
    `select p.id from person p where p.home_path like '/530100000000/530102000000/%' and not exists (select 1 from account a where a.person_id = p.id) order by p.id limit $1`,
    [VOLUNTEERS],
  );
  expect(people).toHaveLength(VOLUNTEERS);
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const p of people) await db.query('insert into account (person_id, username, password_hash) values ($1, $2, $3)', [p.id, `person.${p.id}`, hash]);

  server = await startServer();
  bureauToken = await login('bureau.admin');
  const fund = await gql<Ops.CreateBeanFundMutation>(server.url, print(Ops.CreateBeanFundDocument), { input: { name: '昆明市金豆基金（崩溃）', divisionCode: '530100000000' } }, bureauToken);
  expect(fund.errors).toBeUndefined();
  fundId = fund.data!.createBeanFund.id;
  donor = String((await db.query<{ id: number }>(`select id from organisation where kind = 'PROPERTY_COMPANY' order by id limit 1`)).rows[0].id);
  fundAccount = fund.data!.createBeanFund.account.id;
  issuanceAccount = fund.data!.createBeanFund.issuance.id;
  for (const p of people) {
    const token = await login(`person.${p.id}`);
    const opened = await gql<Ops.OpenVolunteerAccountMutation>(server.url, print(Ops.OpenVolunteerAccountDocument), {}, token);
    expect(opened.errors).toBeUndefined();
    volunteerTokens.push(token);
    volunteerAccounts.push(opened.data!.openVolunteerAccount.id);
  }
  for (let i = 0; i < BUREAU_CLIENTS; i++) bureauTokens.push(await login('bureau.admin'));
  for (let i = 0; i < MERCHANT_CLIENTS; i++) merchantTokens.push(await login('property.admin'));
  const me = await gql<Ops.MeQuery>(server.url, print(Ops.MeDocument), {}, merchantTokens[0]);
  const merchant = await gql<Ops.OpenMerchantAccountMutation>(server.url, print(Ops.OpenMerchantAccountDocument), { organisationId: me.data!.me.roles[0].organisation!.id }, merchantTokens[0]);
  expect(merchant.errors).toBeUndefined();
  merchantAccount = merchant.data!.openMerchantAccount.id;

  const setup = (op: 'issue' | 'award', n: number, amount: number, to: string): Req => {
    const key = `crash-${runId}-setup-${op}-${n}`;
    const input = op === 'issue' ? { fundId, amount, idempotencyKey: key, donorOrganisationId: donor, donationYuan: amount } : { fundId, accountId: to, amount, idempotencyKey: key };
    return { op, token: bureauToken, key, input, kind: op === 'issue' ? 'ISSUE' : 'EARN', from: op === 'issue' ? issuanceAccount : fundAccount, to, amount, overdraw: false };
  };
  expect(await send(setup('issue', 0, 3000, fundAccount))).toMatchObject({ ok: true, replayed: false });
  for (const [v, acc] of volunteerAccounts.entries()) expect(await send(setup('award', v, 40, acc))).toMatchObject({ ok: true, replayed: false });
  expect(anomalies).toEqual([]);
}, 120_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await gone;
    }
  }
  await orm?.close(true).catch(() => undefined);
  await db?.end().catch(() => undefined);
  await dropDatabase();
}, 60_000);

describe('the ledger across a server crash', () => {
  it('keeps every acknowledged transfer once, settles the in-flight ones by their keys, and audits clean', async () => {
    const started = Date.now();
    const rndKill = prng(SEED);
    stats.killAfter = stats.acknowledged + between(rndKill, 150, 450);
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
    await recovery;
    const elapsed = Date.now() - started;
    if (fatal) throw fatal;

    // The crash happened mid-run, with requests in flight, and the server came back.
    expect(killed).toBe(true);
    expect(children).toHaveLength(2);
    expect(children[0].signalCode).toBe('SIGKILL');
    expect(stats.lost).toBeGreaterThan(0);
    expect(anomalies).toEqual([]);

    const { rows } = await db!.query<{ id: string; kind: Kind; from_id: number; to_id: number; amount: number; idempotency_key: string }>(
      'select id, kind, from_id, to_id, amount, idempotency_key from bean_transfer order by id',
    );
    // Every transfer acknowledged before the kill is there, exactly once.
    const count = new Map<string, number>();
    for (const r of rows) count.set(String(r.id), (count.get(String(r.id)) ?? 0) + 1);
    expect([...ackedBeforeKill].filter((id) => count.get(id) !== 1)).toEqual([]);
    expect(ackedBeforeKill.size).toBeGreaterThan(0);
    // Nothing but acknowledged transfers (after the re-sends, every one that landed is acknowledged).
    const written = rows.map((r) => ({ id: String(r.id), key: r.idempotency_key, kind: r.kind, from: String(r.from_id), to: String(r.to_id), amount: Number(r.amount) }));
    const logged = [...acks.values()].sort((a, b) => Number(a.id) - Number(b.id));
    expect(written).toEqual(logged);
    expect(rows.length).toBe(idOfKey.size);
    // One new transfer per key; none only for a key whose first answer was lost after it landed.
    const fresh = (k: string) => freshOfKey.get(k) ?? 0;
    expect([...idOfKey.keys()].filter((k) => !(fresh(k) === 1 || (fresh(k) === 0 && landedInDoubt.has(k))))).toEqual([]);
    expect(rows.filter((r) => refusedKeys.has(r.idempotency_key))).toEqual([]);

    // Balances are what the log implies.
    const sum = (pred: (a: Ack) => boolean) => logged.filter(pred).reduce((s, a) => s + a.amount, 0);
    const issued = sum((a) => a.kind === 'ISSUE');
    const awarded = sum((a) => a.kind === 'EARN');
    const redeemed = sum((a) => a.kind === 'REDEEM');
    const settled = sum((a) => a.kind === 'SETTLE');
    const expected: Record<string, number> = { [fundAccount]: issued - awarded, [issuanceAccount]: settled - issued, [merchantAccount]: redeemed - settled };
    volunteerAccounts.forEach((acc) => (expected[acc] = sum((a) => a.kind === 'EARN' && a.to === acc) - sum((a) => a.kind === 'REDEEM' && a.from === acc)));
    const { rows: accounts } = await db!.query<{ id: number; kind: string; balance: number }>('select id, kind, balance from bean_account');
    expect(Object.fromEntries(accounts.map((a) => [String(a.id), Number(a.balance)]))).toEqual(expected);
    expect(accounts.filter((a) => (a.kind === 'ISSUANCE' ? a.balance > 0 : a.balance < 0))).toEqual([]);

    // The auditor: over GraphQL from the restarted server, and directly on the database.
    const audit = await gql<Ops.BeanLedgerAuditQuery>(server.url, print(Ops.BeanLedgerAuditDocument), {}, bureauToken);
    expect(audit.data?.beanLedgerAudit).toMatchObject({ transfers: rows.length, issued, retired: settled, outstanding: issued - settled, violations: [] });
    orm = await MikroORM.init(ormConfig(dbUrl, { pool: { min: 0, max: 2 } }));
    expect(await auditLedger(orm.em.fork())).toMatchObject({ transfers: rows.length, issued, retired: settled, violations: [] });

    process.stdout.write(
      `[beans.crash] seed ${SEED}: ${volunteerTokens.length + bureauTokens.length + merchantTokens.length} clients × ${OPS} ops, ${stats.requests} requests in ${elapsed} ms ` +
        `(restart ${stats.restartMs} ms); killed after ${stats.killAfter} acknowledged answers; ${stats.lost} answers lost, ${stats.inDoubt} keys in doubt: ` +
        `${stats.landed} had landed (replayed), ${stats.madeAfterRestart} made after the restart, ${stats.refusedAfterRestart} refused as overdraws; ` +
        `${rows.length} transfers, ${ackedBeforeKill.size} of them acknowledged before the kill\n`,
    );
  });
});
