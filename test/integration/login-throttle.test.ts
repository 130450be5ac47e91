/**
 * Sign-in throttling: failures are counted per username and per client address (in PostgreSQL by
 * default, in Redis when REDIS_URL is set, shared by every instance); past a limit `login` answers
 * RATE_LIMITED (HTTP 429, Retry-After) before any password is checked, alike for unknown
 * usernames; a success starts the username's count again; every failure is audited.
 * Clients are told apart by X-Forwarded-For, which the server trusts from loopback only.
 */
import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { startApp, type App } from '../../src/app';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { Account } from '../../src/modules/auth/account.entity';
import { LoginThrottleCounter } from '../../src/modules/auth/login-throttle.entity';
import { LoginDocument } from '../generated/graphql';
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';

const LIMITS = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
  LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
  LOGIN_LOCKOUT_SECONDS: '600',
};
const REDIS_URL = process.env.GONGZHI_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let t: TestApp;
const logLines: string[] = [];
const personOf: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp({ ...LIMITS, LOG_LEVEL: 'info' }, { log: (line) => void logLines.push(line) });
  for (const a of await t.em().find(Account, {})) personOf[a.username] = a.person.id;
});
afterAll(() => t?.close());

/** A fresh client address (documentation range), as a proxy on loopback would pass it on. */
const newAddress = () => `198.51.100.${1 + (randomBytes(1)[0] % 250)}`;
let addresses = 0;
const address = () => `203.0.113.${++addresses}`;

/** Signs in as `username` with `password` from `from`, against `url` (this file's app by default). */
async function login(username: string, password: string, from: string, url = t.url): Promise<GqlResponse<unknown>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ query: print(LoginDocument), variables: { username, password } }),
  });
  const raw = await res.text();
  const body = JSON.parse(raw) as { data?: unknown; errors?: GqlResponse<unknown>['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers, raw };
}

const reasons = (res: GqlResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.reason);

/** Asserts the throttle's refusal: 429, RATE_LIMITED, a Retry-After within the lockout. */
function expectThrottled(res: GqlResponse<unknown>): number {
  expect(res.status).toBe(429);
  expect(codes(res)).toEqual(['RATE_LIMITED']);
  expect(reasons(res)).toEqual(['AUTH.TOO_MANY_ATTEMPTS']);
  expect(res.data).toBeNull();
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(600);
  expect(res.errors![0].extensions?.retryAfterSeconds).toBe(retryAfter);
  return retryAfter;
}

/** Asserts a wrong-credentials refusal. */
function expectWrong(res: GqlResponse<unknown>): void {
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(reasons(res)).toEqual(['AUTH.BAD_CREDENTIALS']);
  expect(res.headers.get('retry-after')).toBeNull();
}

/** An error body with the parts that vary per request (request id, seconds to wait) blanked. */
function shapeOf(res: GqlResponse<unknown>): unknown {
  const [e] = res.errors!;
  return {
    status: res.status,
    data: res.data,
    message: e.message.replace(/\d+/g, 'N'),
    extensions: Object.keys(e.extensions ?? {}).sort(),
    code: e.extensions?.code,
    reason: e.extensions?.reason,
  };
}

describe('per account', () => {
  it('N wrong passwords, then RATE_LIMITED with Retry-After; the right password is refused too, from any address', async () => {
    const from = address();
    for (let i = 0; i < 3; i++) expectWrong(await login('community.secretary', `wrong-${i}`, from));
    expectThrottled(await login('community.secretary', 'wrong-3', from));
    // The right password, even from another address: the account is locked, not the client.
    expectThrottled(await login('community.secretary', DEMO_PASSWORD, address()));
    expectThrottled(await login('  Community.Secretary ', DEMO_PASSWORD, address()));
  });

  it('an unknown username answers exactly alike: same status, code, reason and body', async () => {
    const known = address();
    const unknown = address();
    const answers: [GqlResponse<unknown>, GqlResponse<unknown>][] = [];
    for (let i = 0; i < 4; i++)
      answers.push([
        await login('street.official', `nope-${i}`, known),
        await login('no.such.person', `nope-${i}`, unknown),
      ]);
    for (const [k, u] of answers) expect(shapeOf(u)).toEqual(shapeOf(k));
    expectWrong(answers[2][1]);
    expectThrottled(answers[3][1]);
    expect(answers[3][1].headers.get('retry-after')).not.toBeNull();
  });

  it('parallel guesses cannot outrun the count: of 12 at once, only the allowed 3 have their password checked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('no.such.target', `parallel-${i}`, address())),
    );
    const tally = (code: string) => answers.filter((a) => codes(a)[0] === code).length;
    expect([tally('UNAUTHENTICATED'), tally('RATE_LIMITED')]).toEqual([3, 9]);
  });

  it('a success starts the count again', async () => {
    const from = address();
    for (let round = 0; round < 3; round++) {
      expectWrong(await login('property.admin', 'wrong', from));
      expectWrong(await login('property.admin', 'wrong', from));
      const ok = await login('property.admin', DEMO_PASSWORD, from);
      expect(ok.errors).toBeUndefined();
      expect(ok.status).toBe(200);
    }
  });
});

describe('per address', () => {
  it('other accounts still sign in from the address until its limit, then nobody does from there', async () => {
    const from = newAddress();
    // 7 failures with as many unknown usernames: none of them is locked, the address is not yet.
    for (let i = 0; i < 7; i++) expectWrong(await login(`sprayed.${i}`, 'Passw0rd!', from));
    const before = await login('district.official', DEMO_PASSWORD, from);
    expect(before.errors).toBeUndefined();
    // The 8th failure reaches the address's limit.
    expectWrong(await login('sprayed.7', 'Passw0rd!', from));
    expectThrottled(await login('district.official', DEMO_PASSWORD, from));
    expectThrottled(await login('sprayed.8', 'Passw0rd!', from));
    // Another client signs in as the same account at once.
    const elsewhere = await login('district.official', DEMO_PASSWORD, newAddress());
    expect(elsewhere.errors).toBeUndefined();
  });
});

describe('the audit trail and the logs', () => {
  it('records every failed sign-in, with the person as target when the username exists, never the password or username', async () => {
    const from = address();
    const before = await t.em().count(AuditEntry, { operation: 'login' });
    for (let i = 0; i < 3; i++) await login('bureau.admin', `secret-guess-${i}`, from);
    expectThrottled(await login('bureau.admin', 'secret-guess-3', from));
    await login('nobody.here', 'secret-guess-4', from);
    const entries = await t.em().find(AuditEntry, { operation: 'login' }, { orderBy: { id: 'desc' }, limit: 5 });
    expect((await t.em().count(AuditEntry, { operation: 'login' })) - before).toBe(5);
    entries.reverse();
    expect(entries.map((e) => [e.outcome, e.reason])).toEqual([
      ['UNAUTHENTICATED', 'AUTH.BAD_CREDENTIALS'],
      ['UNAUTHENTICATED', 'AUTH.BAD_CREDENTIALS'],
      ['UNAUTHENTICATED', 'AUTH.BAD_CREDENTIALS'],
      ['RATE_LIMITED', 'AUTH.TOO_MANY_ATTEMPTS'],
      ['UNAUTHENTICATED', 'AUTH.BAD_CREDENTIALS'],
    ]);
    for (const e of entries.slice(0, 4)) expect(e.targetIds).toEqual([String(personOf['bureau.admin'])]);
    expect(entries[4].targetIds).toEqual([]);
    for (const e of entries) expect(e).toMatchObject({ actorPersonId: null, actorTokenId: null });
    const written = JSON.stringify(entries);
    for (const s of ['secret-guess', 'bureau.admin', 'nobody.here']) expect(written).not.toContain(s);
  });

  it('keeps neither usernames nor addresses in the counters, nor usernames in the logs', async () => {
    const keys = (await t.em().find(LoginThrottleCounter, {})).map((c) => c.key).join('\n');
    expect(keys.length).toBeGreaterThan(0);
    for (const s of ['community.secretary', 'no.such.person', 'sprayed', '203.0.113', '198.51.100', '127.0.0.1'])
      expect(keys).not.toContain(s);
    const logs = logLines.join('\n');
    expect(logs).toContain('"operation":"Login"'); // the sign-ins were logged…
    for (const s of ['community.secretary', 'no.such.person', 'sprayed.', 'nobody.here', 'secret-guess', DEMO_PASSWORD])
      expect(logs).not.toContain(s); // …without who or what
  });
});

/** Another instance on this file's database (its counters in PostgreSQL, or in Redis when `env` says so). */
async function instanceOnSameDatabase(env: Record<string, string> = {}): Promise<App> {
  return startApp(
    {
      ...process.env,
      ...LIMITS,
      DATABASE_URL: t.app.database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_ON_START: 'false',
      JWT_SECRET: 'test-secret-test-secret-test-secret-42',
      ...env,
    },
    () => undefined,
  );
}

describe('shared by every instance', () => {
  it('in PostgreSQL: failures on one instance lock the account on another', async () => {
    const other = await instanceOnSameDatabase();
    try {
      expect(t.app.config.redis).toBeNull();
      for (let i = 0; i < 3; i++)
        expectWrong(await login('analyst', `wrong-${i}`, address(), i % 2 ? other.url : t.url));
      expectThrottled(await login('analyst', DEMO_PASSWORD, address(), other.url));
      expectThrottled(await login('analyst', DEMO_PASSWORD, address(), t.url));
    } finally {
      await other.close();
    }
  });
});

let redisUp = false;
beforeAll(async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  redisUp = await probe.connect().then(
    () => probe.ping().then(() => true),
    () => false,
  );
  probe.disconnect();
});

describe('in Redis, when REDIS_URL is set', () => {
  it('two instances share the counters; the keys hold no username', async () => {
    if (!redisUp) {
      console.warn(`login-throttle: Redis variant skipped: no Redis answers at ${REDIS_URL}`);
      return;
    }
    const prefix = `gongzhi-test-${randomBytes(4).toString('hex')}:`;
    const [a, b] = [
      await instanceOnSameDatabase({ REDIS_URL, REDIS_KEY_PREFIX: prefix }),
      await instanceOnSameDatabase({ REDIS_URL, REDIS_KEY_PREFIX: prefix }),
    ];
    const redis = new Redis(REDIS_URL);
    try {
      // Counted in Redis under this run's prefix: fresh there, whatever PostgreSQL's counters say.
      const username = 'analyst';
      const rows = await t.em().count(LoginThrottleCounter, {});
      for (let i = 0; i < 3; i++) expectWrong(await login(username, `wrong-${i}`, address(), i % 2 ? b.url : a.url));
      expectThrottled(await login(username, DEMO_PASSWORD, address(), b.url));
      expectThrottled(await login(username, DEMO_PASSWORD, address(), a.url));
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) expect(k).not.toContain(username);
      expect(await t.em().count(LoginThrottleCounter, {})).toBe(rows); // nothing went to PostgreSQL
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await a.close();
      await b.close();
    }
  });
});
