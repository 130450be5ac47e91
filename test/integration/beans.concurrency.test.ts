/**
 * Golden Beans under concurrency: many clients, each with its own session, award, redeem and
 * settle at once through GraphQL over HTTP, retrying with their idempotency keys (replays after
 * a success, the same request twice at once, retries after an overdraw). Every acknowledged
 * transfer goes into a client-side log; afterwards the database must hold exactly the logged
 * transfers, the balances the log implies, and an auditor's clean bill. The workload and the
 * checks are test/harness/bean-workload.ts; here the platform runs in-process (startTestApp).
 */
import { BeanWorkload, OPS } from '../harness/bean-workload';
import { startTestApp, type TestApp } from '../harness/app';

/** The run's seed: the same seed gives every client the same sequence of requests. */
const SEED = 20261126;

let t: TestApp;
const w = new BeanWorkload({
  prefix: 'cc',
  seed: SEED,
  post: (query, variables, token) => t.post({ query, variables }, token ? { authorization: `Bearer ${token}` } : {}),
  // MikroORM's connection takes `?` placeholders.
  sql: async <T>(text: string, params: unknown[] = []) =>
    (await t.em().getConnection().execute(text.replace(/\$\d+/g, '?'), params)) as T[],
  em: () => t.em(),
});

beforeAll(async () => {
  t = await startTestApp();
  // Volunteers: seeded residents without a login yet, each given one.
  const usernames: string[] = [];
  for (const id of await w.volunteerPeople()) usernames.push(await t.addLogin(id));
  await w.setUp('昆明市金豆基金（并发）', usernames);
}, 120_000);
afterAll(() => t?.close());

describe('the ledger under concurrent clients with retries', () => {
  // The work is bounded (OPS per client); the time limit is only there to catch a hang.
  it('keeps exactly the acknowledged transfers, the balances they imply, and a clean audit', async () => {
    const started = Date.now();
    await w.run();
    const elapsed = Date.now() - started;
    const { stats } = w;

    expect(w.anomalies).toEqual([]);
    // The run exercised what it claims to: replays, concurrent duplicates, refused overdraws.
    expect(stats.replays).toBeGreaterThan(0);
    expect(stats.duplicateBothOk).toBeGreaterThan(0);
    expect(stats.overdraws).toBeGreaterThanOrEqual(stats.deliberateOverdraws);
    expect(stats.deliberateOverdraws).toBeGreaterThan(0);

    // The log against the database, the balances and the auditor.
    const { rows, awarded, redeemed, settled } = await w.check();
    expect(awarded).toBeGreaterThan(0);
    expect(redeemed).toBeGreaterThan(0);
    expect(settled).toBeGreaterThan(0);

    process.stdout.write(
      `[beans.concurrency] seed ${SEED}: ${w.clients} clients × ${OPS} ops, ` +
        `${stats.requests} requests in ${elapsed} ms; ${rows.length} transfers (${stats.replays} replayed answers, ${stats.duplicates} concurrent duplicates, ` +
        `${stats.overdraws} refused overdraws of which ${stats.deliberateOverdraws} deliberate, ${stats.retriesThatWent}/${stats.retriesAfterOverdraw} retries went through)\n`,
    );
  }, 180_000);
});
