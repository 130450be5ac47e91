import { Client } from 'pg';
import { resolveViewer } from '../../src/auth/resolve-viewer';
import { createContext } from '../../src/context';
import { ApplyToJoinDocument, DivisionDocument, MeDocument, OpenMerchantAccountDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../harness/app';
import {
  replicaSupport,
  startDedicatedPrimary,
  startStreamingReplica,
  type DedicatedPrimary,
  type StreamingReplica,
} from '../harness/replica';

/**
 * Analysts' requests and exports read a streaming replica of the test server, started here from
 * a base backup of it; everyone's writes go to the primary; with the replica stopped, reads fall
 * back to the primary and the fallback counter says so.
 */
const support = replicaSupport();
if ('skip' in support) console.warn(`replica tests skipped: ${support.skip}`);
const suite = 'skip' in support ? describe.skip : describe;

const WUHUA = '530102000000';
const REPLICA_LINE = /\(via read connection 'replica-1'\)/;

let replica: StreamingReplica;
let dedicated: DedicatedPrimary | undefined;
let t: TestApp;
let primary: Client;
let standby: Client;

/** Replica fallbacks so far, as Prometheus scrapes them from `/metrics`. */
const fallbacks = async () => {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('gongzhi_replica_fallbacks_total{'))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
};

/** Which server a request of `username` reads from: asked through the entity manager its context gets. */
async function serverOf(
  username: string,
  purpose: 'request' | 'export' = 'request',
): Promise<{ standby: boolean; port: number }> {
  const { orm, config } = { orm: t.app.database.orm, config: t.app.config };
  const viewer = await resolveViewer(`Bearer ${await t.tokenOf(username)}`, orm.em.fork(), config);
  const ctx = createContext({ viewer, em: orm.em, config, requestId: 'replica-test', purpose });
  const [row] = await ctx.em.execute<{ standby: boolean; port: number }[]>(
    'select pg_is_in_recovery() as standby, inet_server_port() as port',
  );
  return row;
}

const divisionName = async (username: string) => {
  const res = await t.executeAs({ username }, DivisionDocument, { code: WUHUA });
  expect(res.errors).toBeUndefined();
  return res.data!.division!.name;
};

suite('a streaming read replica', () => {
  // A base backup and one or two PostgreSQL servers started: the time limit is only there to catch a hang.
  beforeAll(async () => {
    if ('skip' in support) return;
    const started = Date.now();
    if (support.method === 'dedicated') {
      // No pg_basebackup for the test server's version here: a primary of the installation that has one.
      dedicated = await startDedicatedPrimary(support.binDir);
      replica = await startStreamingReplica(dedicated.adminUrl, support, 'gongzhi');
      const databaseUrl = dedicated.databaseUrl;
      t = await startTestApp(() => ({ DATABASE_URL: databaseUrl, DATABASE_REPLICA_URLS: replica.urlOf(databaseUrl) }));
    } else {
      replica = await startStreamingReplica(
        process.env.GONGZHI_TEST_ADMIN_URL!,
        support,
        process.env.GONGZHI_TEST_TEMPLATE!,
      );
      t = await startTestApp((url) => ({ DATABASE_REPLICA_URLS: replica.urlOf(url) }));
    }
    primary = new Client({ connectionString: new URL(t.app.database.url).toString() });
    standby = new Client({ connectionString: replica.urlOf(t.app.database.url) });
    await replica.catchUp();
    // The standby's own session dies with it in the last test.
    standby.on('error', () => undefined);
    await Promise.all([primary.connect(), standby.connect()]);
    process.stdout.write(
      `\n[replica] ${support.method} replica on 127.0.0.1:${replica.port} streaming after ${Date.now() - started} ms\n`,
    );
  }, 180_000);

  afterAll(async () => {
    await primary?.end().catch(() => undefined);
    await standby?.end().catch(() => undefined);
    await t?.close();
    await replica?.destroy();
    await dedicated?.stop();
  });

  it('is a hot standby of the primary, serving the same database', async () => {
    const [p, s] = await Promise.all(
      [primary, standby].map((c) =>
        c.query<{ standby: boolean; db: string }>('select pg_is_in_recovery() as standby, current_database() as db'),
      ),
    );
    expect(p.rows[0]).toEqual({ standby: false, db: s.rows[0].db });
    expect(s.rows[0].standby).toBe(true);
  });

  it("sends an analyst's reads to the replica and an official's to the primary", async () => {
    expect(await serverOf('analyst')).toEqual({ standby: true, port: replica.port });
    expect(await serverOf('district.official')).toEqual({
      standby: false,
      port: Number(new URL(t.app.database.url).port),
    });

    // Over HTTP: the analyst's statements ran on the replica's connection, save the lookup of who
    // is calling and the charge to their cost budget (a write, on the primary).
    const analyst = await t.captureQueries(() => divisionName('analyst'));
    const analystOnReplica = analyst.filter((l) => REPLICA_LINE.test(l));
    expect(analystOnReplica.length).toBeGreaterThan(0);
    expect(analyst.filter((l) => !REPLICA_LINE.test(l)).every((l) => /from person p|analyst_cost_window/.test(l))).toBe(
      true,
    );
    const official = await t.captureQueries(() => divisionName('district.official'));
    expect(official.length).toBeGreaterThan(0);
    expect(official.filter((l) => REPLICA_LINE.test(l))).toEqual([]);
  });

  it('hides from the analyst a write the replica has not replayed, and shows it to the official', async () => {
    const before = await divisionName('analyst');
    await replica.pauseReplay();
    try {
      await primary.query('update division set name = $1 where code = $2', ['五华区（改）', WUHUA]);
      expect(await divisionName('district.official')).toBe('五华区（改）');
      expect(await divisionName('analyst')).toBe(before);
    } finally {
      await replica.resumeReplay();
    }
    await replica.catchUp();
    expect(await divisionName('analyst')).toBe('五华区（改）');
  });

  it("writes an analyst's mutation and its audit entry on the primary", async () => {
    const me = await t.executeAs({ username: 'analyst' }, MeDocument);
    const personId = Number(me.data!.me.person!.id);
    const input = {
      name: '副本测试协会',
      kind: 'SOCIAL_ORGANISATION' as const,
      divisionCode: WUHUA,
      contactName: '陈联络',
      contactPhone: '13800138001',
    };
    await replica.pauseReplay();
    try {
      const lines = await t.captureQueries(async () => {
        const res = await t.executeAs({ username: 'analyst' }, ApplyToJoinDocument, { input });
        expect(res.errors).toBeUndefined();
        expect(res.data!.applyToJoin.status).toBe('PENDING');
      });
      // It looked the division up on the replica; it wrote the organisation and the audit entry on the primary.
      expect(lines.some((l) => /^\[query\] select .* from "division"/.test(l) && REPLICA_LINE.test(l))).toBe(true);
      const writes = lines.filter((l) => /^\[query\] insert into/.test(l));
      expect(writes.map((l) => /^\[query\] insert into "?(\w+)"?/.exec(l)![1])).toEqual([
        'analyst_cost_window',
        'organisation',
        'audit_entry',
      ]);
      expect(writes.filter((l) => REPLICA_LINE.test(l))).toEqual([]);
      const count = (c: Client) =>
        c
          .query('select 1 from organisation where name = $1 and applied_by_id = $2', [input.name, personId])
          .then((r) => r.rowCount);
      expect(await count(primary)).toBe(1);
      expect(await count(standby)).toBe(0);
      const audit = await primary.query(
        `select outcome from audit_entry where operation = 'applyToJoin' and actor_person_id = $1`,
        [personId],
      );
      expect(audit.rows).toEqual([{ outcome: 'OK' }]);
    } finally {
      await replica.resumeReplay();
    }
  });

  it('reads exports from the replica, whoever asks', async () => {
    expect(await serverOf('property.admin')).toMatchObject({ standby: false });
    expect(await serverOf('property.admin', 'export')).toEqual({ standby: true, port: replica.port });

    const me = await t.executeAs({ username: 'property.admin' }, MeDocument);
    const organisationId = me.data!.me.roles[0].organisation!.id;
    const csv = async (id: string) =>
      fetch(`${t.url}/export/bean-transfers.csv?accountId=${id}`, {
        headers: { authorization: `Bearer ${await t.tokenOf('property.admin')}` },
      });
    await replica.pauseReplay();
    let accountId: string;
    try {
      const opened = await t.executeAs({ username: 'property.admin' }, OpenMerchantAccountDocument, { organisationId });
      expect(opened.errors).toBeUndefined();
      accountId = opened.data!.openMerchantAccount.id;
      // Opened on the primary, not yet on the replica: the export does not find it.
      expect((await csv(accountId)).status).toBe(404);
    } finally {
      await replica.resumeReplay();
    }
    await replica.catchUp();
    const res = await csv(accountId);
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(body.subarray(3).toString('utf8')).toMatch(/^id,at,kind/);
  });

  it('falls back to the primary when the replica is down, and counts it', async () => {
    await replica.stop();
    const before = await fallbacks();
    const lines = await t.captureQueries(async () => {
      expect(await divisionName('analyst')).toBe('五华区（改）');
      expect(await divisionName('analyst')).toBe('五华区（改）');
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(await fallbacks()).toBeGreaterThanOrEqual(before + 2);
    expect(await serverOf('analyst')).toMatchObject({ standby: false });
  });
});
