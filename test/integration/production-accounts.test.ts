/**
 * Production never holds an account with a published password: a production start seeds
 * reference data only (whatever DEMO_ACCOUNTS says), refuses a database that holds a demo
 * account, and the first administrator comes from `npm run admin:create` with a one-time secret.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { startApp, type App } from '../../src/app';
import { hashPassword } from '../../src/auth/passwords';
import { Role } from '../../src/auth/roles';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { Account } from '../../src/modules/auth/account.entity';
import {
  ADMIN_CREATE_OPERATION,
  AdministratorRefused,
  createAdministrator,
} from '../../src/modules/auth/administrator';
import { Person } from '../../src/modules/people/person.entity';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { CITY_CODE, CITY_PATH } from '../../src/modules/tree/division.constants';
import { LoginDocument, MeDocument } from '../generated/graphql';
import { cloneTemplate } from '../harness/app';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '..', '..');
const JWT_SECRET = 'prod-secret-prod-secret-prod-secret-42';
const admin = process.env.GONGZHI_TEST_ADMIN_URL!;
const name = `gongzhi_prod_${randomBytes(4).toString('hex')}`;
const url = (() => {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
})();
/** Reference data: every table the seed fills except logins. */
const REFERENCE = [
  'division',
  'person',
  'organisation',
  'role_assignment',
  'facility',
  'staff_record',
  'social_organisation',
  'party_committee',
  'consultation_matter',
];

async function sql<T>(dbUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Starts the platform in production mode on `dbUrl`, as `npm run start:prod` would (DEMO_ACCOUNTS asking for the demo accounts). */
function startProduction(dbUrl: string, env: Record<string, string> = {}): Promise<App> {
  return startApp(
    {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET,
      SEED_ON_START: 'true',
      DEMO_ACCOUNTS: 'true',
      LOG_LEVEL: 'silent',
      ...env,
    },
    () => undefined,
  );
}

async function gql<T>(
  base: string,
  doc: Parameters<typeof print>[0],
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; data: T | null; errors?: { extensions?: { code?: string; reason?: string } }[] }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  return {
    status: res.status,
    ...((await res.json()) as { data: T | null; errors?: { extensions?: { code?: string; reason?: string } }[] }),
  };
}

type LoginResult = { login: { token: string } };
type MeResult = { me: { roles: { role: string; division?: { code: string } | null }[] } };

let app: App;

beforeAll(async () => {
  await sql(admin, `create database "${name}"`);
  app = await startProduction(url);
});
afterAll(async () => {
  await app?.close();
  await sql(admin, `drop database if exists "${name}" with (force)`);
});

describe('a production start on an empty database with SEED_ON_START', () => {
  it('creates no login at all: no demo username signs in with the demo password', async () => {
    expect(app.config.env).toBe('production');
    for (const a of DEMO_ACCOUNTS) {
      const res = await gql<LoginResult>(app.url, LoginDocument, { username: a.username, password: DEMO_PASSWORD });
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.reason)).toEqual(['AUTH.BAD_CREDENTIALS']);
    }
    expect(await app.database.orm.em.fork().count(Account, {})).toBe(0);
  });

  it('loads all the reference data a development start loads', async () => {
    const template = await cloneTemplate();
    try {
      const count = async (dbUrl: string, table: string) =>
        (await sql<{ n: number }>(dbUrl, `select count(*)::int as n from ${table}`))[0].n;
      for (const table of REFERENCE) {
        const n = await count(url, table);
        expect([table, n]).toEqual([table, await count(template.url, table)]);
        expect([table, n > 0]).toEqual([table, true]);
      }
      // The demo people are there, with their roles, but without logins.
      const em = app.database.orm.em.fork();
      const bureau = await em.findOneOrFail(Person, { name: DEMO_ACCOUNTS[0].name });
      expect(await em.count(RoleAssignment, { person: bureau, role: Role.BUREAU_ADMIN, scopePath: CITY_PATH })).toBe(1);
      expect(await count(template.url, 'account')).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await template.drop();
    }
  });

  it('never advertises demo accounts, whatever DEMO_ACCOUNTS says', async () => {
    expect(app.config.demoAccounts).toBe(false);
    for (const page of ['/playground', '/dashboard']) {
      const config = (await (await fetch(`${app.url}${page}/config.json`)).json()) as Record<string, unknown>;
      expect(config).toMatchObject({ demoAccounts: null, demoPassword: null });
      expect(await (await fetch(`${app.url}${page}`)).text()).not.toContain(DEMO_PASSWORD);
    }
  });
});

/** Signs in with `password` and returns the caller's roles. */
async function rolesAfterLogin(username: string, password: string): Promise<MeResult['me']['roles']> {
  const login = await gql<LoginResult>(app.url, LoginDocument, { username, password });
  expect(login.errors).toBeUndefined();
  const me = await gql<MeResult>(app.url, MeDocument, {}, login.data!.login.token);
  expect(me.errors).toBeUndefined();
  return me.data!.me.roles;
}

describe('the first administrator (admin:create)', () => {
  it('is a person with a login and BUREAU_ADMIN at the city; the one-time secret signs in and is stored only hashed', async () => {
    const created = await createAdministrator(app.database.orm.em.fork(), { username: ' Ops.Admin ', name: '张三' });
    expect(created).toMatchObject({ username: 'ops.admin', divisionCode: CITY_CODE });
    expect(created.secret).toMatch(/^[\w-]{24}$/);
    const roles = await rolesAfterLogin('ops.admin', created.secret);
    expect(roles).toEqual([expect.objectContaining({ role: 'BUREAU_ADMIN' })]);
    const em = app.database.orm.em.fork();
    const account = await em.findOneOrFail(Account, { username: 'ops.admin' }, { populate: ['person'] });
    expect(account.person.name).toBe('张三');
    expect(account.demo).toBe(false);
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account.passwordHash).not.toContain(created.secret);
    const assignment = await em.findOneOrFail(RoleAssignment, { person: created.personId }, { populate: ['division'] });
    expect({
      role: assignment.role,
      code: assignment.division!.code,
      scopePath: assignment.scopePath,
      organisation: assignment.organisation ?? null,
      endsOn: assignment.endsOn ?? null,
    }).toEqual({
      role: Role.BUREAU_ADMIN,
      code: CITY_CODE,
      scopePath: CITY_PATH,
      organisation: null,
      endsOn: null,
    });
    // The demo bureau admin holds the same role the same way.
    const demo = await em.findOneOrFail(RoleAssignment, {
      person: { name: DEMO_ACCOUNTS[0].name },
      role: Role.BUREAU_ADMIN,
    });
    expect([demo.scopePath, demo.division?.id, demo.organisation ?? null]).toEqual([
      assignment.scopePath,
      assignment.division!.id,
      null,
    ]);
    // Audited, without an actor, never with the secret.
    const entries = await em.find(AuditEntry, { operation: ADMIN_CREATE_OPERATION });
    const entry = entries.find((e) => e.targetIds.includes(String(created.personId)))!;
    expect(entry).toMatchObject({ outcome: 'OK', actorPersonId: null, actorTokenId: null, scopePath: CITY_PATH });
    expect(JSON.stringify(entry)).not.toContain(created.secret);
  });

  it('refuses a username that exists, and a bad one', async () => {
    const em = app.database.orm.em.fork();
    const before = await em.count(Person, {});
    await expect(createAdministrator(em, { username: 'OPS.ADMIN', name: '王五' })).rejects.toThrow(/taken/);
    await expect(createAdministrator(em, { username: 'x', name: '王五' })).rejects.toBeInstanceOf(AdministratorRefused);
    await expect(createAdministrator(em, { username: 'fine.name', name: '' })).rejects.toBeInstanceOf(
      AdministratorRefused,
    );
    expect(await em.count(Person, {})).toBe(before);
  });

  it('works as a command against DATABASE_URL, printing the secret once', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['-r', 'ts-node/register', path.join('src', 'cli', 'admin-create.ts'), ...args],
          {
            cwd: ROOT,
            env: {
              ...process.env,
              NODE_ENV: 'production',
              DATABASE_URL: url,
              JWT_SECRET,
              TS_NODE_TRANSPILE_ONLY: 'true',
            },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const first = await run(['--username', 'cli.admin', '--name', '李四']);
    expect(first).toMatchObject({ code: 0 });
    const secret = /One-time password[^\n]*\n\s+(\S+)/.exec(first.stdout)?.[1];
    expect(secret).toMatch(/^[\w-]{24}$/);
    expect(first.stdout.split(secret!).length).toBe(2); // printed once
    expect(await rolesAfterLogin('cli.admin', secret!)).toEqual([expect.objectContaining({ role: 'BUREAU_ADMIN' })]);

    const again = await run(['--username', 'cli.admin', '--name', '李四']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/"cli\.admin" is taken/);
    expect(again.stdout).toBe('');
  });
});

describe('a production server finding an account with a published password', () => {
  const refusal = /refusing to start in production: .*published.*admin:create/s;

  it('refuses the database a development start seeded (the six demo accounts)', async () => {
    const dev = await cloneTemplate();
    try {
      const err = await startProduction(dev.url, { SEED_ON_START: 'false' }).then(
        async (started) => {
          await started.close();
          return null;
        },
        (e: Error) => e,
      );
      expect(err?.message).toMatch(refusal);
      for (const a of DEMO_ACCOUNTS) expect(err?.message).toContain(a.username);
    } finally {
      await dev.drop();
    }
  });

  it('refuses a demo username with the demo password (not marked), and any account marked demo; starts once they are gone', async () => {
    const person = (
      await sql<{ id: number }>(
        url,
        `select id from person where not exists (select 1 from account a where a.person_id = person.id) order by id limit 2`,
      )
    ).map((r) => r.id);
    await sql(url, `insert into account (person_id, username, password_hash) values ($1, 'analyst', $2)`, [
      person[0],
      await hashPassword(DEMO_PASSWORD),
    ]);
    await expect(startProduction(url)).rejects.toThrow(
      /refusing to start in production: .*\(the demo accounts: analyst\)/s,
    );
    await sql(url, `delete from account where username = 'analyst'`);
    await sql(
      url,
      `insert into account (person_id, username, password_hash, demo) values ($1, 'some.demo', $2, true)`,
      [person[1], await hashPassword(randomBytes(9).toString('hex'))],
    );
    await expect(startProduction(url)).rejects.toThrow(/\(the demo accounts: some\.demo\)/);
    await sql(url, `delete from account where username = 'some.demo'`);
    // A demo username with a password of its own is an ordinary account.
    await sql(url, `insert into account (person_id, username, password_hash) values ($1, 'analyst', $2)`, [
      person[0],
      await hashPassword(randomBytes(9).toString('hex')),
    ]);
    const started = await startProduction(url);
    await started.close();
  });
});
