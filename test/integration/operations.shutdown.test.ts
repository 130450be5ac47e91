/**
 * Graceful shutdown, on a real server process (test/harness/server-process.ts, which stops as
 * `npm start` does): a request in flight when SIGTERM arrives — held open by sending its body
 * slowly — still gets its 200 with data, while new connections are refused, and the process exits
 * 0. A request held past SHUTDOWN_TIMEOUT_MS is cut, and the process still exits in bounded time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { cloneTemplate } from '../harness/app';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER_ENTRY = path.join(ROOT, 'test', 'harness', 'server-process.ts');
const WUHUA = '530102000000';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** stderr: the JSON log lines. */
  log: string[];
}

let db: { url: string; drop: () => Promise<void> };
const children: ChildProcess[] = [];

beforeAll(async () => {
  db = await cloneTemplate();
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await db?.drop();
});

function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_ON_START: 'false',
      JWT_SECRET: 'test-secret-test-secret-test-secret-42',
      TS_NODE_TRANSPILE_ONLY: 'true',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const log: string[] = [];
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    log.push(...lines.filter(Boolean));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    // Only a hang detector: a busy machine may take long to start a process.
    const timer = setTimeout(
      () => reject(new Error(`server process not READY within 120 s:\n${log.join('\n')}`)),
      120_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^READY (\S+)$/m.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], port: Number(new URL(ready[1]).port), exited, log });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server process exited before READY (${code ?? signal}):\n${log.join('\n')}`));
    });
  });
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: 'analyst', p: DEMO_PASSWORD },
    }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

/** The in-flight gauge, read from /metrics (the scrape itself counts as one). */
async function inFlight(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { connection: 'close' } })).text();
  return Number(/^gongzhi_http_requests_in_flight (\d+)$/m.exec(text)?.[1] ?? NaN);
}

/** Whether a new TCP connection to the port is refused. */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });

/** Polls `ok` until it holds, at most `attempts` times, 20 ms apart (a bound on tries, not a deadline: a busy machine only makes each try slower). */
async function until(what: string, ok: () => Promise<boolean> | boolean, attempts = 3_000): Promise<void> {
  for (let i = 0; !(await ok()); i++) {
    if (i >= attempts) throw new Error(`still waiting for ${what} after ${attempts} tries`);
    await sleep(20);
  }
}

/**
 * A GraphQL POST whose body is sent in two parts: the first now, the rest when `finish()` is
 * called. Until then the server holds the request, in flight.
 */
function heldRequest(port: number, token: string, requestId: string) {
  const body = Buffer.from(
    JSON.stringify({
      query:
        'query Wide($under: String!, $first: Int!) { divisions(under: $under, first: $first) { totalCount edges { node { code name kind parent { code name } } } } }',
      variables: { under: WUHUA, first: 200 },
    }),
  );
  const cut = Math.floor(body.length / 2);
  const req = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      authorization: `Bearer ${token}`,
      'x-request-id': requestId,
    },
  });
  const response = new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.once('error', reject);
      });
      req.once('error', reject);
    },
  );
  req.write(body.subarray(0, cut));
  return { response, finish: () => req.end(body.subarray(cut)) };
}

const jsonLines = (log: string[]) => log.map((l) => JSON.parse(l) as Record<string, unknown>);

it('SIGTERM: refuses new connections, finishes the request in flight with its data, closes the database, exits 0', async () => {
  const server = await startServer({ SHUTDOWN_TIMEOUT_MS: '30000' });
  const token = await signIn(server.url);
  const held = heldRequest(server.port, token, 'held-request-0001');
  await until('the held request to be in flight', async () => (await inFlight(server.url)) === 2);

  const signalled = Date.now();
  server.child.kill('SIGTERM');
  await until('new connections to be refused', () => refused(server.port));
  // Still running: it waits for the held request.
  await sleep(300);
  expect(server.child.exitCode).toBeNull();

  held.finish();
  const res = await held.response;
  expect(res.status).toBe(200);
  expect(res.headers['x-request-id']).toBe('held-request-0001');
  const body = JSON.parse(res.body) as {
    data: { divisions: { totalCount: number; edges: { node: { code: string } }[] } };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  expect(body.data.divisions.edges.length).toBeGreaterThan(10);
  expect(body.data.divisions.edges.every((e) => e.node.code.startsWith('530102'))).toBe(true);

  expect(await server.exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(30_000);

  // The log: JSON throughout, the held request's line, then the stop.
  const lines = jsonLines(server.log);
  const msgs = lines.map((l) => l.msg);
  expect(lines.find((l) => l.msg === 'request' && l.requestId === 'held-request-0001')).toMatchObject({
    status: 200,
    operation: 'Wide',
    viewer: { kind: 'person' },
  });
  expect(lines.find((l) => String(l.msg).startsWith('stopping'))).toMatchObject({ reason: 'SIGTERM', inFlight: 1 });
  expect(msgs.indexOf('stopped')).toBeGreaterThan(msgs.findIndex((m) => String(m).startsWith('stopping')));
  expect(lines.some((l) => l.level === 'warn' || l.level === 'error')).toBe(false);
}, 180_000);

it('SIGTERM: a request held past SHUTDOWN_TIMEOUT_MS is cut, and the process still exits', async () => {
  const server = await startServer({ SHUTDOWN_TIMEOUT_MS: '1000' });
  const token = await signIn(server.url);
  const held = heldRequest(server.port, token, 'held-forever-0001');
  const outcome = held.response.then(
    () => 'answered',
    (err: NodeJS.ErrnoException) => err.code ?? 'error',
  );
  await until('the held request to be in flight', async () => (await inFlight(server.url)) === 2);

  const signalled = Date.now();
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  const took = Date.now() - signalled;
  // It waited for the request up to SHUTDOWN_TIMEOUT_MS; exit code 0 says the process itself closed
  // within its own bound (past SHUTDOWN_TIMEOUT_MS + 5 s it exits 1). Measured from here, on a busy
  // machine, signalling and exiting add time of their own: the bound checked here is only against a hang.
  expect(took).toBeGreaterThanOrEqual(1000);
  expect(took).toBeLessThan(30_000);
  expect(await outcome).toBe('ECONNRESET');
  expect(jsonLines(server.log).find((l) => l.level === 'warn')).toMatchObject({
    msg: 'requests still in flight after SHUTDOWN_TIMEOUT_MS were cut',
    timeoutMs: 1000,
  });
}, 180_000);
