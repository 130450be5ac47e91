/**
 * Two instances of the platform behind an imaginary load balancer: separate processes, one
 * database, one JWT secret. What one instance decides about shared state, the other sees at
 * once: a partner token revoked through A is refused by B, a session signed out on A is refused by B, and an analyst's budget spent on A is
 * spent on B (in PostgreSQL, the default; in Redis when both are given REDIS_URL).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parse, print } from 'graphql';
import { Redis } from 'ioredis';
import { operationCosts } from '../../src/modules/analysts/cost';
import { buildBareSchema } from '../../src/schema';
import {
  CheapDivisionDocument,
  IssueTokenDocument,
  MeDocument,
  RevokeTokenDocument,
  SignOutDocument,
} from '../generated/graphql';
import { ask, cloneDatabase, signIn, startInstance, type Instance } from '../harness/instances';

jest.setTimeout(180_000);

const REDIS_URL = process.env.GONGZHI_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = (() => {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `const s=require('net').connect(${Number(port) || 6379},'${hostname}');s.setTimeout(5000);s.on('connect',()=>{s.write('PING\\r\\n')});s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
})();

const K = 5;
const CHEAP = print(CheapDivisionDocument);
let db: { url: string; drop(): Promise<void> };
let cost = 0;
const running: Instance[] = [];

async function pair(env: Record<string, string>): Promise<[Instance, Instance]> {
  const settings = { ANALYST_COST_PER_MINUTE: String(K * cost), ANALYST_BUDGET_WINDOW_SECONDS: '3600', ...env };
  const both = await Promise.all([startInstance(db.url, settings), startInstance(db.url, settings)]);
  running.push(...both);
  return both;
}
const stopAll = async () => void (await Promise.all(running.splice(0).map((i) => i.stop())));

beforeAll(async () => {
  [cost] = operationCosts(await buildBareSchema(), parse(CHEAP), { code: '530102000000' });
  db = await cloneDatabase();
});
afterAll(async () => {
  await stopAll();
  await db?.drop();
});

/** Alternates the analyst's operations between the instances until one refuses; what each answered. */
async function spendAcross(
  a: Instance,
  b: Instance,
  token: string,
): Promise<{ accepted: number; refusal: Awaited<ReturnType<typeof ask>> }> {
  for (let i = 0; i < 3 * K; i++) {
    const res = await ask(i % 2 ? b : a, CHEAP, { code: '530102000000' }, token);
    if (res.errors) return { accepted: i, refusal: res };
  }
  throw new Error('never refused');
}

describe('two instances on PostgreSQL alone', () => {
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    [a, b] = await pair({});
  });
  afterAll(stopAll);

  it('a session signed in on one instance is good on the other (one JWT secret, no session state)', async () => {
    const token = await signIn(a, 'district.official');
    const me = await ask(b, print(MeDocument), {}, token);
    expect(me.errors).toBeUndefined();
    expect((me.data!.me as { kind: string }).kind).toBe('PERSON');
  });

  it('signing out on A ends the session on B at once; signing in again works anywhere', async () => {
    const first = await signIn(a, 'street.official');
    const second = await signIn(b, 'street.official');
    for (const [instance, token] of [
      [a, first],
      [b, second],
    ] as const)
      expect((await ask(instance, print(MeDocument), {}, token)).errors).toBeUndefined();
    const out = await ask(a, print(SignOutDocument), {}, first);
    expect(out.data).toEqual({ signOut: true });
    for (const [instance, token] of [
      [b, first],
      [b, second],
      [a, second],
    ] as const) {
      const refused = await ask(instance, print(MeDocument), {}, token);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_REVOKED' });
    }
    const again = await signIn(b, 'street.official');
    expect((await ask(a, print(MeDocument), {}, again)).errors).toBeUndefined();
  });

  it('a partner token revoked through A is refused by B at once', async () => {
    const admin = await signIn(a, 'property.admin');
    const meOfAdmin = await ask(a, print(MeDocument), {}, admin);
    const orgId = (meOfAdmin.data!.me as { roles: { organisation: { id: string } | null }[] }).roles.find(
      (r) => r.organisation,
    )!.organisation!.id;
    const issued = await ask(
      a,
      print(IssueTokenDocument),
      { input: { organisationId: orgId, name: 'two instances', scopes: ['TREE_READ'] } },
      admin,
    );
    expect(issued.errors).toBeUndefined();
    const { secret, token } = issued.data!.issueToken as { secret: string; token: { id: string } };
    for (const instance of [a, b]) expect((await ask(instance, print(MeDocument), {}, secret)).errors).toBeUndefined();

    const revoked = await ask(a, print(RevokeTokenDocument), { id: token.id }, admin);
    expect(revoked.errors).toBeUndefined();
    const onB = await ask(b, print(MeDocument), {}, secret);
    expect(onB.status).toBe(401);
    expect(onB.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOKEN_REVOKED' });
    expect((await ask(a, print(MeDocument), {}, secret)).status).toBe(401);
  });

  it("an analyst's budget spent on A is spent on B: alternating, the total accepted is the budget", async () => {
    const token = await signIn(b, 'analyst');
    const { accepted, refusal } = await spendAcross(a, b, token);
    expect(accepted * cost).toBe(K * cost);
    expect(refusal.status).toBe(429);
    expect(refusal.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'ANALYTICS.BUDGET_EXCEEDED' });
    for (const instance of [a, b])
      expect((await ask(instance, CHEAP, { code: '530102000000' }, token)).status).toBe(429);
  });
});

(redisUp ? describe : describe.skip)(
  `two instances sharing Redis${redisUp ? '' : ` (skipped: no Redis answers at ${REDIS_URL})`}`,
  () => {
    const prefix = `gongzhi-test-${randomBytes(4).toString('hex')}:`;
    let a: Instance;
    let b: Instance;
    beforeAll(async () => {
      [a, b] = await pair({ REDIS_URL, REDIS_KEY_PREFIX: prefix });
    });
    afterAll(async () => {
      await stopAll();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });

    it("an analyst's budget spent on A is spent on B, and kept in Redis, not PostgreSQL", async () => {
      // The PostgreSQL suite above spent the demo analyst's budget there: here another window, in Redis.
      const token = await signIn(a, 'analyst');
      const { accepted, refusal } = await spendAcross(a, b, token);
      expect(accepted).toBe(K);
      expect(refusal.status).toBe(429);
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}analyst-cost:*`);
      expect(keys).toHaveLength(1);
      expect(Number(await redis.get(keys[0]))).toBe(K * cost);
      await redis.quit();
    });
  },
);
