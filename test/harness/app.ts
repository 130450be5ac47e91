import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { startApp, type App } from '../../src/app';
import type { LogSink } from '../../src/observability/logger';
import { hashPassword } from '../../src/auth/passwords';
import { LoginDocument } from '../generated/graphql';

/** A GraphQL response as the client sees it. */
export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; reason?: string; [k: string]: unknown };
  }[];
  headers: Headers;
  raw: string;
}

/** Who makes a request: anonymous, a demo username, or a bearer credential. */
export type As = null | { username: string } | { bearer: string };

/** A running platform on its own copy of the seeded city, driven over HTTP. */
export interface TestApp {
  app: App;
  url: string;
  /** A fresh entity manager on the same database (to check what was written). */
  em(): EntityManager;
  /** Posts a typed document as `as`. */
  executeAs<R, V>(as: As, doc: TypedDocumentNode<R, V>, variables?: V): Promise<GqlResponse<R>>;
  /** Posts any body (for malformed requests). */
  post(body: string | object, headers?: Record<string, string>): Promise<GqlResponse<unknown>>;
  /** Session token of a demo account (cached). */
  tokenOf(username: string): Promise<string>;
  /** Gives a seeded person a login (password DEMO_PASSWORD) and returns its username. */
  addLogin(personId: number): Promise<string>;
  /** Runs `fn` and returns how many SQL statements the server sent meanwhile. */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
  /** Runs `fn` and returns the ORM's log lines of the SQL statements sent meanwhile (with the connection used). */
  captureQueries(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/** Clones the seeded template into a database of this test file's own. */
export async function cloneTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.GONGZHI_TEST_ADMIN_URL;
  const template = process.env.GONGZHI_TEST_TEMPLATE;
  if (!admin || !template) throw new Error('the test harness global setup did not run');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database "${name}" template "${template}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

let demoHash: Promise<string> | undefined;
/** One Argon2 hash of the demo password, shared by every login the tests add. */
const passwordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD));

/** Starts the platform for one test file; `env` may depend on the URL of the file's database; its logs go to `options.log` (nowhere by default). */
export async function startTestApp(
  env: Record<string, string> | ((databaseUrl: string) => Record<string, string>) = {},
  options: { log?: LogSink } = {},
): Promise<TestApp> {
  const db = await cloneTemplate();
  let queries = 0;
  let captured: string[] | null = null;
  const extra = typeof env === 'function' ? env(db.url) : env;
  const app = await startApp(
    {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_ON_START: 'false',
      DEMO_ACCOUNTS: 'true',
      JWT_SECRET: 'test-secret-test-secret-test-secret-42',
      ...extra,
    },
    options.log ?? (() => undefined),
    {
      onQuery: (msg) => {
        if (!msg.includes('[query]')) return;
        queries++;
        // eslint-disable-next-line no-control-regex
        captured?.push(msg.replace(/\x1b\[[0-9;]*m/g, ''));
      },
    },
  );
  const tokens = new Map<string, string>();

  const post = async (body: string | object, headers: Record<string, string> = {}): Promise<GqlResponse<unknown>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const raw = await res.text();
    let parsed: { data?: unknown; errors?: GqlResponse<unknown>['errors'] } = {};
    try {
      parsed = JSON.parse(raw);
    } catch {
      // Not JSON: left to the test to inspect `raw`.
    }
    return {
      status: res.status,
      data: (parsed.data ?? null) as unknown,
      errors: parsed.errors,
      headers: res.headers,
      raw,
    };
  };

  const t: TestApp = {
    app,
    url: app.url,
    em: () => app.database.orm.em.fork(),
    async executeAs(as, doc, variables) {
      const headers: Record<string, string> = {};
      if (as && 'username' in as) headers.authorization = `Bearer ${await t.tokenOf(as.username)}`;
      if (as && 'bearer' in as) headers.authorization = `Bearer ${as.bearer}`;
      return post({ query: print(doc), variables: variables ?? {} }, headers) as never;
    },
    post,
    async tokenOf(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await t.executeAs(null, LoginDocument, { username, password: DEMO_PASSWORD });
      if (!res.data) throw new Error(`could not sign in as ${username}: ${res.raw}`);
      tokens.set(username, res.data.login.token);
      return res.data.login.token;
    },
    async addLogin(personId) {
      const username = `person.${personId}`;
      await app.database.orm.em
        .getConnection()
        .execute(
          'insert into account (person_id, username, password_hash) values (?, ?, ?) on conflict (username) do nothing',
          [personId, username, await passwordHash()],
        );
      return username;
    },
    async countQueries(fn) {
      const before = queries;
      await fn();
      return queries - before;
    },
    async captureQueries(fn) {
      const lines: string[] = [];
      captured = lines;
      try {
        await fn();
      } finally {
        captured = null;
      }
      return lines;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return t;
}

/** The error codes of a response, in order. */
export const codes = (res: GqlResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
