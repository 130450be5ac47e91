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
import { Client, Pool } from 'pg';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { hashPassword } from '../../src/auth/passwords';
import { ormConfig } from '../../src/db/orm.config';
import {
  BeanWorkload,
  between,
  OPS,
  prng,
  type Answer,
  type Kind,
  type Outcome,
  type Req,
} from '../harness/bean-workload';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER_ENTRY = path.join(ROOT, 'test', 'harness', 'server-process.ts');
/** The run's seed: the same seed gives every client the same sequence of requests. */
const SEED = 20261127;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    // Only a hang detector: a busy machine may take long to start a process.
    const timer = setTimeout(
      () => reject(new Error(`server process not READY within 120 s:\n${serverLog.join('')}`)),
      120_000,
    );
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
  const { rows } = await db!.query<{ n: string }>(
    'select count(*) as n from pg_stat_activity where datname = $1 and application_name <> $2',
    [dbName, TEST_APP_NAME],
  );
  return Number(rows[0].n);
}

/** Polls `ok` until it holds, at most `attempts` times, 10 ms apart (a bound on tries, not a deadline: a busy machine only makes each try slower). */
async function until(what: string, ok: () => boolean | Promise<boolean>, attempts = 6_000): Promise<void> {
  for (let i = 0; !(await ok()); i++) {
    if (i >= attempts) throw new Error(`still waiting for ${what} after ${attempts} tries`);
    await sleep(10);
  }
}

/** Posts a GraphQL operation to a server process; throws when no answer comes. */
async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  let parsed: { data?: unknown; errors?: Answer['errors'] } = {};
  try {
    parsed = JSON.parse(raw);
  } catch {
    // left to the caller, in `raw`
  }
  return { status: res.status, data: parsed.data ?? null, errors: parsed.errors, raw };
}

// ---- the run ----

let server: ServerProcess;
const w = new BeanWorkload({
  prefix: 'crash',
  seed: SEED,
  post: (query, variables, token) => gql(server.url, query, variables, token),
  sql: async (text, params) => (await db!.query(text, params)).rows,
  send: (req) => send(req),
  em: async () => {
    orm = await MikroORM.init(ormConfig(dbUrl, { pool: { min: 0, max: 2 } }));
    return orm.em.fork();
  },
});
const { anomalies } = w;
/** Ids acknowledged (200 with data) by the first server process. */
const ackedBeforeKill = new Set<string>();
/** Requests whose answer was lost to the kill, by key. */
const inDoubt = new Map<string, Req>();
const landedInDoubt = new Set<string>();
const stats = {
  acknowledged: 0,
  lost: 0,
  inDoubt: 0,
  landed: 0,
  madeAfterRestart: 0,
  refusedAfterRestart: 0,
  killAfter: 0,
  restartMs: 0,
};

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
    const { rows } = await db!.query<{ id: string; kind: Kind; from_id: number; to_id: number; amount: number }>(
      'select id, kind, from_id, to_id, amount from bean_transfer where idempotency_key = $1',
      [req.key],
    );
    const landed = rows[0];
    if (landed) {
      stats.landed++;
      landedInDoubt.add(req.key);
      const got = {
        kind: landed.kind,
        from: String(landed.from_id),
        to: String(landed.to_id),
        amount: Number(landed.amount),
      };
      if (JSON.stringify(got) !== JSON.stringify({ kind: req.kind, from: req.from, to: req.to, amount: req.amount }))
        anomalies.push(`${req.key}: landed as ${JSON.stringify(got)}`);
    }
    const balanceBefore = Number(
      (await db!.query<{ balance: number }>('select balance from bean_account where id = $1', [Number(req.from)]))
        .rows[0].balance,
    );
    const again = await send(req, false);
    if (again.ok) {
      if (landed && (!again.replayed || again.id !== String(landed.id)))
        anomalies.push(
          `${req.key}: landed as ${landed.id} before the kill; re-sent, answered ${JSON.stringify(again)}`,
        );
      if (!landed && again.replayed)
        anomalies.push(`${req.key}: had not landed; re-sent, answered as a replay of ${again.id}`);
      if (!landed) stats.madeAfterRestart++;
    } else if (!again.lost) {
      // Only an overdraw may be refused, only if it had not landed, and only with too few beans.
      stats.refusedAfterRestart++;
      if (landed) anomalies.push(`${req.key}: landed as ${landed.id}; re-sent, refused: ${again.raw.slice(0, 200)}`);
      if (balanceBefore >= req.amount)
        anomalies.push(`${req.key}: refused as an overdraw of ${req.amount} from a balance of ${balanceBefore}`);
    } else anomalies.push(`${req.key}: re-sent after the restart, no answer`);
  }
  inDoubt.clear();
}

/** Sends once; `gated` requests wait while the server is down. A lost answer puts the request in doubt. */
async function send(req: Req, gated = true): Promise<Outcome> {
  while (gated && down) await down;
  if (fatal) throw fatal;
  w.stats.requests++;
  inflight++;
  const { child } = server;
  let res: Answer;
  try {
    res = await w.post(req);
  } catch {
    stats.lost++;
    if (gated) inDoubt.set(req.key, req);
    return { ok: false, lost: true };
  } finally {
    inflight--;
  }
  const outcome = w.answer(req, res);
  if (outcome.ok) {
    if (children[0] === child) ackedBeforeKill.add(outcome.id);
    stats.acknowledged++;
    if (!killed && stats.killAfter && stats.acknowledged >= stats.killAfter) kill();
  }
  return outcome;
}

beforeAll(async () => {
  await cloneTemplate();
  db = new Pool({ connectionString: dbUrl, application_name: TEST_APP_NAME, max: 4 });
  // An idle pooled connection ended by the server (a forced drop, a terminated backend) is no failure of the ledger.
  db.on('error', () => undefined);
  // Volunteers: seeded residents given a login, each signing in for a session of their own.
  const people = await w.volunteerPeople();
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const id of people)
    await db.query('insert into account (person_id, username, password_hash) values ($1, $2, $3)', [
      id,
      `person.${id}`,
      hash,
    ]);
  server = await startServer();
  await w.setUp(
    '昆明市金豆基金（崩溃）',
    people.map((id) => `person.${id}`),
  );
}, 180_000);

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
});

describe('the ledger across a server crash', () => {
  // The work is bounded (OPS per client); the time limit is only there to catch a hang.
  it('keeps every acknowledged transfer once, settles the in-flight ones by their keys, and audits clean', async () => {
    const started = Date.now();
    const rndKill = prng(SEED);
    // Mid-run: a whole run acknowledges about 23 × OPS answers (21 clients, replays included); the kill comes after a quarter to a half of them.
    stats.killAfter = stats.acknowledged + between(rndKill, 5 * OPS, 11 * OPS);
    await w.run();
    await recovery;
    const elapsed = Date.now() - started;
    if (fatal) throw fatal;

    // The crash happened mid-run, with requests in flight, and the server came back.
    expect(killed).toBe(true);
    expect(children).toHaveLength(2);
    expect(children[0].signalCode).toBe('SIGKILL');
    expect(stats.lost).toBeGreaterThan(0);
    expect(anomalies).toEqual([]);

    // Nothing but acknowledged transfers (after the re-sends, every one that landed is acknowledged),
    // the balances they imply, and the auditor (over GraphQL from the restarted server, and directly).
    const { rows } = await w.check(landedInDoubt);
    // Every transfer acknowledged before the kill is there, exactly once.
    const count = new Map<string, number>();
    for (const r of rows) count.set(String(r.id), (count.get(String(r.id)) ?? 0) + 1);
    expect([...ackedBeforeKill].filter((id) => count.get(id) !== 1)).toEqual([]);
    expect(ackedBeforeKill.size).toBeGreaterThan(0);

    process.stdout.write(
      `[beans.crash] seed ${SEED}: ${w.clients} clients × ${OPS} ops, ${w.stats.requests} requests in ${elapsed} ms ` +
        `(restart ${stats.restartMs} ms); killed after ${stats.killAfter} acknowledged answers; ${stats.lost} answers lost, ${stats.inDoubt} keys in doubt: ` +
        `${stats.landed} had landed (replayed), ${stats.madeAfterRestart} made after the restart, ${stats.refusedAfterRestart} refused as overdraws; ` +
        `${rows.length} transfers, ${ackedBeforeKill.size} of them acknowledged before the kill\n`,
    );
  }, 240_000);
});
