/**
 * The per-analyst cost budget: every operation an analyst sends (and every saved-query run or
 * export) is charged, before it runs, with its cost as the server prices it (src/shared/cost.ts); once the window's
 * budget is spent the analyst gets RATE_LIMITED (HTTP 429, Retry-After) and nothing more is
 * charged. Kept in PostgreSQL by default, in Redis when REDIS_URL is set: both are tested here.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parse, print } from 'graphql';
import { Redis } from 'ioredis';
import { operationCosts } from '../../src/modules/analysts/cost';
import { buildBareSchema } from '../../src/schema';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

const REDIS_URL = process.env.GONGZHI_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Whether a Redis server answers (checked once, synchronously, so that the suite can be skipped with its reason). */
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
const PREFIX = `gongzhi-test-${randomBytes(4).toString('hex')}:`;
const K = 4;
const WUHUA = '530102000000';

const STORES: [string, Record<string, string>, boolean][] = [
  ['PostgreSQL', {}, true],
  ['Redis', { REDIS_URL, REDIS_KEY_PREFIX: PREFIX }, redisUp],
];

let cost = 0;
beforeAll(async () => {
  const schema = await buildBareSchema();
  [cost] = operationCosts(schema, parse(print(Ops.CheapDivisionDocument)), { code: WUHUA });
  expect(cost).toBeGreaterThan(0);
});

const cheap = (t: TestApp, as: string) => t.executeAs({ username: as }, Ops.CheapDivisionDocument, { code: WUHUA });

for (const [store, env, available] of STORES) {
  (available ? describe : describe.skip)(
    `an analyst's budget kept in ${store}${available ? '' : ' (skipped: no Redis answers at ' + REDIS_URL + ')'}`,
    () => {
      let t: TestApp;
      let redis: Redis | undefined;
      const analysts: { username: string; personId: number }[] = [];

      /** Another analyst at the city (a person without roles, given the role and a login). */
      async function newAnalyst(): Promise<{ username: string; personId: number }> {
        const conn = t.em().getConnection();
        const [{ id }] = await conn.execute(
          `select p.id from person p where not exists (select 1 from role_assignment r where r.person_id = p.id) order by p.id offset ? limit 1`,
          [analysts.length],
        );
        await conn.execute(
          `insert into role_assignment (person_id, role, division_id, scope_path, starts_on) select ?, 'ANALYST', d.id, d.path, '2020-01-01' from division d where d.code = '530100000000'`,
          [id],
        );
        const a = { username: await t.addLogin(id), personId: id as number };
        analysts.push(a);
        return a;
      }

      /** What the store says the analyst spent in the current window. */
      async function spent(personId: number): Promise<number> {
        if (redis) {
          const keys = await redis.keys(`${PREFIX}analyst-cost:${personId}:*`);
          return keys.length ? Number(await redis.get(keys.sort().at(-1)!)) : 0;
        }
        const rows = await t
          .em()
          .getConnection()
          .execute('select spent from analyst_cost_window where person_id = ? order by window_start desc limit 1', [
            personId,
          ]);
        return rows.length ? Number(rows[0].spent) : 0;
      }

      beforeAll(async () => {
        t = await startTestApp({
          ...env,
          ANALYST_COST_PER_MINUTE: String(K * cost),
          ANALYST_BUDGET_WINDOW_SECONDS: '3600',
        });
        if (env.REDIS_URL) redis = new Redis(REDIS_URL);
      });
      afterAll(async () => {
        if (redis) {
          const keys = await redis.keys(`${PREFIX}*`);
          if (keys.length) await redis.del(...keys);
          await redis.quit();
        }
        await t?.close();
      });

      it('lets an analyst spend the budget, then refuses with RATE_LIMITED (429, Retry-After), charging nothing more', async () => {
        const a = await newAnalyst();
        for (let i = 0; i < K; i++) expect((await cheap(t, a.username)).errors).toBeUndefined();
        expect(await spent(a.personId)).toBe(K * cost);
        const refused = await cheap(t, a.username);
        expect(refused.status).toBe(429);
        expect(codes(refused)).toEqual(['RATE_LIMITED']);
        const ext = refused.errors![0].extensions!;
        expect(ext).toMatchObject({ reason: 'ANALYTICS.BUDGET_EXCEEDED', cost, budget: K * cost, windowSeconds: 3600 });
        expect(ext.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(ext.retryAfterSeconds).toBeLessThanOrEqual(3600);
        expect(refused.headers.get('retry-after')).toBe(String(ext.retryAfterSeconds));
        expect(refused.data).toBeNull();
        expect(await spent(a.personId)).toBe(K * cost);
      });

      it('does not limit officials, nor the analysts who have not spent theirs', async () => {
        for (let i = 0; i < K + 2; i++) expect((await cheap(t, 'district.official')).errors).toBeUndefined();
        expect((await cheap(t, 'analyst')).errors).toBeUndefined();
      });

      it('never overdraws under concurrent operations', async () => {
        const a = await newAnalyst();
        await t.tokenOf(a.username);
        const answers = await Promise.all(Array.from({ length: 3 * K }, () => cheap(t, a.username)));
        expect(answers.filter((r) => !r.errors).length).toBe(K);
        expect(answers.filter((r) => codes(r)[0] === 'RATE_LIMITED').length).toBe(2 * K);
        expect(await spent(a.personId)).toBe(K * cost);
      });

      it('charges saved-query exports and runs to the same budget', async () => {
        const a = await newAnalyst();
        const [{ id }] = await t
          .em()
          .getConnection()
          .execute(
            `insert into saved_query (owner_id, name, document, variables) values (?, 'cheap', ?, ?) returning id`,
            [a.personId, print(Ops.CheapDivisionDocument), JSON.stringify({ code: WUHUA })],
          );
        const headers = { authorization: `Bearer ${await t.tokenOf(a.username)}` };
        const statuses: number[] = [];
        for (let i = 0; i <= K; i++) {
          const res = await fetch(`${t.url}/export/saved-queries/${id}.csv`, { headers });
          const body = await res.text();
          statuses.push(res.status);
          if (res.status === 429) {
            expect(JSON.parse(body).errors[0].extensions).toEqual({
              code: 'RATE_LIMITED',
              reason: 'ANALYTICS.BUDGET_EXCEEDED',
              requestId: expect.any(String),
            });
            expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
          }
        }
        // No list in this one: each export runs (and is charged), then is refused as BAD_USER_INPUT.
        expect(statuses).toEqual([...Array(K).fill(400), 429]);
        expect(codes(await cheap(t, a.username))).toEqual(['RATE_LIMITED']);
        const run = await t.executeAs({ username: a.username }, Ops.RunSavedQueryDocument, { id: String(id) });
        expect(codes(run)).toEqual(['RATE_LIMITED']);
        expect(await spent(a.personId)).toBe(K * cost);
      });

      if (!env.REDIS_URL) {
        it('deletes an analyst’s older windows when a new one opens', async () => {
          const a = await newAnalyst();
          const conn = t.em().getConnection();
          await conn.execute(
            `insert into analyst_cost_window (person_id, window_start, spent) values (?, now() - interval '2 days', 7)`,
            [a.personId],
          );
          expect((await cheap(t, a.username)).errors).toBeUndefined();
          const rows = await conn.execute('select spent from analyst_cost_window where person_id = ?', [a.personId]);
          expect(rows.map((r) => Number(r.spent))).toEqual([cost]);
        });
      }
    },
  );
}
