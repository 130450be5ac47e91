/**
 * Several instances of the platform, each in a process of its own (test/harness/server-process.ts),
 * sharing one copy of the seeded database and one JWT secret — as behind a load balancer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'test', 'harness', 'server-process.ts');
export const JWT_SECRET = 'test-secret-test-secret-test-secret-42';

/** One running instance. */
export interface Instance {
  url: string;
  child: ChildProcess;
  /** What it logged (stderr), for failure messages. */
  log: string[];
  stop(): Promise<void>;
}

/** A GraphQL answer from an instance. */
export interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; [k: string]: unknown } }[];
  headers: Headers;
}

/** A copy of the seeded template database, and how to drop it (the harness's own clone). */
export { cloneTemplate as cloneDatabase } from './app';

/** Starts an instance on `databaseUrl` and waits until it listens. */
export function startInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_ON_START: 'false',
      JWT_SECRET,
      TS_NODE_TRANSPILE_ONLY: 'true',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => void log.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`instance not READY within 90 s:\n${log.join('')}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^READY (\S+)$/m.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve({ url: ready[1], child, log, stop });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`instance exited before READY (${code ?? signal}):\n${log.join('')}`));
    });
  });
}

/** Posts a GraphQL operation to an instance. */
export async function ask(
  instance: Instance,
  query: string,
  variables: Record<string, unknown> = {},
  bearer?: string,
): Promise<Answer> {
  const res = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: Answer['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
}

/** Signs a demo account in on an instance; the session token. */
export async function signIn(instance: Instance, username: string): Promise<string> {
  const res = await ask(
    instance,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: DEMO_PASSWORD },
  );
  if (!res.data) throw new Error(`could not sign in as ${username}: ${JSON.stringify(res.errors)}`);
  return (res.data.login as { token: string }).token;
}
