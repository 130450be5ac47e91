/**
 * `npm run bench`: builds the platform, starts it in production mode on a seeded city, and
 * drives the query mix at 10 and 50 connections — with permissions on, with permissions off,
 * and against the hand-written SQL twins (the limit). Prints a table and writes it as JSON to
 * `.data/bench/`. A tool, not a test: it asserts only that every variant answers the same JSON.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { hashPassword } from '../../src/auth/passwords';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { benchConsultation, type ConsultationBenchRow } from './consultation-bench';
import { benchLedger, type LedgerBenchResult } from './ledger-bench';
import { benchNeighbours, heavyQuery, type NeighbourResult } from './neighbours-bench';
import { benchSlicingOverhead } from './slicing-bench';
import { QUERY_MIX_VERSION, queryMix, type BenchQuery } from './queries';
import { freePort } from '../harness/free-port';

const ROOT = path.resolve(__dirname, '..', '..');
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const WARMUP_S = 2;
const CONNECTIONS = [10, 50];
const PASSWORD = randomBytes(12).toString('hex');
/** Node flags of the server, e.g. BENCH_NODE_FLAGS="--max-old-space-size=192". */
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
/** `BENCH_ONLY=neighbours` runs only the small-request-beside-heavy section. */
const ONLY_NEIGHBOURS = process.env.BENCH_ONLY === 'neighbours';
/** `BENCH_ONLY=slicing` runs only queries (a) and (b) against the server and a twin with slicing off, alternating. */
const ONLY_SLICING = process.env.BENCH_ONLY === 'slicing';
/** Heavy requests in flight beside the small one (BENCH_HEAVY, default 10), and the A/B phases. */
const HEAVY_IN_FLIGHT = Number(process.env.BENCH_HEAVY ?? 10);
/** The page size of each of the heavy request's aliases (BENCH_HEAVY_FIRST, default the largest, 500). */
const HEAVY_FIRST = Number(process.env.BENCH_HEAVY_FIRST ?? 500);
const PHASE_MS = 3000;
const ROUNDS = 3;

type Variant = 'on' | 'off' | 'sql';
interface Row {
  query: string;
  variant: Variant;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  statements: number;
}

function step(text: string): void {
  console.log(`\n▶ ${text}`);
}

/** Starts the compiled bench server and resolves with its URL once it is ready. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...NODE_FLAGS, path.join(ROOT, 'dist', 'test', 'bench', 'server.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /BENCH_READY (\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}:\n${out}`)));
  });
}

async function post(url: string, body: object, token: string): Promise<unknown> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: unknown };
  if (!res.ok || json.errors) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

function load(
  url: string,
  body: string,
  token: string,
  connections: number,
  duration: number,
): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
}

/** Picks the street with the largest subtree, its busiest community, and signs in its official. */
async function prepare(dbUrl: string): Promise<{ street: string; community: string; username: string }> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    // The street with the largest subtree among those with communities (so every query has rows).
    const { rows: streets } = await c.query<{ code: string; path: string }>(
      `select s.code, s.path from division s where s.kind = 'STREET'
          and exists (select 1 from division c where c.parent_id = s.id and c.kind = 'COMMUNITY')
        order by (select count(*) from division d where d.path like s.path || '%') desc, s.code limit 1`,
    );
    const street = streets[0];
    const { rows: communities } = await c.query<{ code: string }>(
      `select c.code from division c where c.kind in ('COMMUNITY', 'VILLAGE') and c.path like $1 || '%'
          and exists (select 1 from staff_record s where s.division_id = c.id)
        order by (select count(*) from division d where d.path like c.path || '%') desc, c.code limit 1`,
      [street.path],
    );
    const { rows: officials } = await c.query<{ person_id: number }>(
      `select person_id from role_assignment where role = 'STREET_OFFICIAL' and scope_path = $1 order by id limit 1`,
      [street.path],
    );
    const username = 'bench.street';
    await c.query(
      `insert into account (person_id, username, password_hash) values ($1, $2, $3) on conflict (username) do update set person_id = $1, password_hash = $3`,
      [officials[0].person_id, username, await hashPassword(PASSWORD)],
    );
    return { street: street.code, community: communities[0].code, username };
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const cleanups: (() => Promise<unknown>)[] = [];
  let server: ChildProcess | undefined;
  try {
    step('building (tsc)');
    const build = spawnSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')],
      { stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('the build failed');

    step('database');
    let adminUrl = process.env.DATABASE_URL;
    if (adminUrl) {
      const u = new URL(adminUrl);
      u.pathname = '/postgres';
      adminUrl = u.toString();
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-bench-'));
      fs.chmodSync(dir, 0o755);
      const pgServer: EmbeddedPostgres = await startEmbeddedPostgres({
        dataDir: path.join(dir, 'data'),
        port: await freePort(),
        settings: { shared_buffers: '256MB' },
      });
      cleanups.push(async () => {
        await pgServer.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      });
      adminUrl = pgServer.url;
      console.log(`  embedded PostgreSQL on port ${pgServer.port}`);
    }
    const dbName = `gongzhi_bench_${randomBytes(3).toString('hex')}`;
    const dbUrl = await ensureDatabase(adminUrl, dbName);
    cleanups.push(async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists "${dbName}" with (force)`);
      await c.end();
    });

    step('starting the server in production mode (migrations, seed)');
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      DB_POOL_MAX: '20',
      DEMO_ACCOUNTS: 'false',
    };
    const started1 = await startServer(env);
    server = started1.child;
    const base = started1.url;
    const { street, community, username } = await prepare(dbUrl);
    const login = (await post(
      `${base}/graphql`,
      {
        query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        variables: { u: username, p: PASSWORD },
      },
      '',
    )) as {
      data: { login: { token: string } };
    };
    const token = login.data.login.token;
    console.log(`  street ${street}, community ${community}, as the street's official`);

    if (ONLY_SLICING) {
      step('queries (a) and (b) × 10 connections, slicing on and off (HEAVY_SLICE_AFTER=0), alternating × 3');
      // Two fresh servers, so that neither carries the seeding's heap.
      const on = await startServer({ ...env, PORT: String(await freePort()) });
      const off = await startServer({ ...env, PORT: String(await freePort()), HEAVY_SLICE_AFTER: '0' });
      try {
        const rows = await benchSlicingOverhead(
          on.url,
          off.url,
          token,
          queryMix(street, community).slice(0, 2),
          10,
          4,
          3,
        );
        for (const r of rows)
          console.log(`  (${r.query}) req/s on ${r.on.join(' ')} · off ${r.off.join(' ')} · on ÷ off ${r.ratio}`);
      } finally {
        on.child.kill('SIGTERM');
        off.child.kill('SIGTERM');
      }
      return;
    }

    step(`a small request alone and beside ${HEAVY_IN_FLIGHT} of the heaviest allowed requests (A B × ${ROUNDS})`);
    const neighbours = await benchNeighbours(
      base,
      token,
      JSON.stringify({ query: heavyQuery(HEAVY_FIRST) }),
      HEAVY_IN_FLIGHT,
      PHASE_MS,
      ROUNDS,
    );
    console.log(neighboursLine(neighbours));
    if (ONLY_NEIGHBOURS) return;

    const mix = queryMix(street, community);
    const first = (await post(`${base}/graphql`, { query: mix[2].query, variables: { under: street } }, token)) as {
      data: { divisions: { pageInfo: { endCursor: string } } };
    };
    for (const q of mix)
      for (const [k, v] of Object.entries(q.variables))
        if (v === '{CURSOR}') q.variables[k] = first.data.divisions.pageInfo.endCursor;

    const targets: { q: BenchQuery; variant: Variant; url: string; body: string }[] = [];
    for (const q of mix) {
      const gql = JSON.stringify({ query: q.query, variables: q.variables });
      targets.push(
        { q, variant: 'on', url: `${base}/graphql`, body: gql },
        { q, variant: 'off', url: `${base}/bench/graphql-open`, body: gql },
      );
      if (q.sql)
        targets.push({
          q,
          variant: 'sql',
          url: `${base}/bench/sql`,
          body: JSON.stringify({ id: q.id, variables: q.variables }),
        });
    }

    step('checking that every variant answers the same JSON');
    for (const q of mix) {
      const answers = await Promise.all(
        targets.filter((t) => t.q === q).map((t) => post(t.url, JSON.parse(t.body), token)),
      );
      for (const a of answers.slice(1))
        if (!isDeepStrictEqual(a, answers[0])) throw new Error(`query (${q.id}): the variants answer differently`);
      console.log(`  (${q.id}) ${answers.length} variants agree (${JSON.stringify(answers[0]).length} bytes)`);
    }

    const stats = async () =>
      (await (await fetch(`${base}/bench/stats`)).json()) as { statements: number; maxRssKb: number };
    const startRssMb = Math.round((await stats()).maxRssKb / 1024);
    console.log(`  peak RSS after start (migrations, seed): ${startRssMb} MB`);

    step('SQL round trips per request');
    const trips = new Map<(typeof targets)[number], number>();
    for (const t of targets) {
      const before = (await stats()).statements;
      for (let i = 0; i < 10; i++) await post(t.url, JSON.parse(t.body), token);
      trips.set(t, ((await stats()).statements - before) / 10);
    }

    const rows: Row[] = [];
    for (const connections of CONNECTIONS) {
      for (const t of targets) {
        step(`(${t.q.id}) ${t.variant} × ${connections} connections`);
        await load(t.url, t.body, token, connections, WARMUP_S);
        const r = await load(t.url, t.body, token, connections, DURATION_S);
        rows.push({
          query: t.q.id,
          variant: t.variant,
          connections,
          rps: Math.round(r.requests.average),
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors + r.non2xx,
          statements: trips.get(t)!,
        });
        console.log(
          `  ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`,
        );
      }
    }
    step('Golden Bean mutations (awards, redemptions) × 16 connections');
    const ledger = await benchLedger(base, dbUrl, street, token, post, DURATION_S);
    step('consultation mutation (proposeMatter) × 16 connections');
    const consultation = await benchConsultation(base, dbUrl, street, token, DURATION_S);
    const peakRssMb = Math.round((await stats()).maxRssKb / 1024);
    report(rows, ledger, consultation, neighbours, {
      street,
      community,
      startRssMb,
      peakRssMb,
      seconds: Math.round((Date.now() - started) / 1000),
    });
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
  }
}

/** One line: the small request's p50/p99 alone and beside the heavy ones, and the ratios. */
function neighboursLine(n: NeighbourResult): string {
  return (
    `small request alone p50 ${n.alone.p50} ms, p99 ${n.alone.p99} ms (${n.alone.n}) · beside ${n.heavy} heavy (${Math.round(n.heavyBytes / 1024)} KB, ${n.heavyMs} ms alone) ` +
    `p50 ${n.beside.p50} ms, p99 ${n.beside.p99} ms (${n.beside.n}) · ratio p50 ${n.ratioP50}×, p99 ${n.ratioP99}×`
  );
}

function report(
  rows: Row[],
  ledger: LedgerBenchResult,
  consultation: ConsultationBenchRow,
  neighbours: NeighbourResult,
  meta: { street: string; community: string; startRssMb: number; peakRssMb: number; seconds: number },
): void {
  const find = (q: string, v: Variant, c: number) =>
    rows.find((r) => r.query === q && r.variant === v && r.connections === c);
  const ratio = (a?: number, b?: number) => (a && b ? (a / b).toFixed(2) : '—');
  const lines = [
    `query mix v${QUERY_MIX_VERSION} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''} · Node ${process.version}`,
    '',
    '| query | variant | conns | req/s | p50 ms | p99 ms | SQL/req | thr. ÷ SQL | p50 × SQL | thr. ÷ perms-off | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const sql = find(r.query, 'sql', r.connections);
    const off = find(r.query, 'off', r.connections);
    const own = r.variant === 'sql';
    lines.push(
      `| ${r.query} | ${r.variant} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.statements} | ${own ? '1.00' : ratio(r.rps, sql?.rps)} | ${own ? '1.00' : ratio(r.p50, sql?.p50)} | ${r.variant === 'on' ? ratio(r.rps, off?.rps) : '—'} | ${r.errors} |`,
    );
  }
  lines.push(
    '',
    '| mutation | conns | req/s | transfers/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of ledger.rows)
    lines.push(
      `| ${r.mutation} | ${r.connections} | ${r.rps} | ${r.transfersPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} |`,
    );
  lines.push(`ledger auditor after the run: ${ledger.violations} violation(s) over ${ledger.transfers} transfers`);
  const cm = consultation;
  lines.push(
    '',
    '| mutation | conns | req/s | matters/s | p50 ms | p99 ms | errors | stored − acknowledged (in flight at the stop) |',
    '|---|---|---|---|---|---|---|---|',
  );
  lines.push(
    `| ${cm.mutation} | ${cm.connections} | ${cm.rps} | ${cm.madePerSecond} | ${cm.p50} | ${cm.p99} | ${cm.errors} | ${cm.inFlightAtStop} |`,
  );
  lines.push('', neighboursLine(neighbours));
  lines.push(
    '',
    `peak RSS of the server: ${meta.peakRssMb} MB (${meta.startRssMb} MB after start) · run took ${meta.seconds} s`,
  );
  console.log(`\n${lines.join('\n')}`);
  const dir = path.join(ROOT, '.data', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(
    {
      version: QUERY_MIX_VERSION,
      at: new Date().toISOString(),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
      ...meta,
      rows,
      ledger,
      consultation,
      neighbours,
    },
    null,
    2,
  );
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  console.log(`written to ${path.relative(process.cwd(), file)}`);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
