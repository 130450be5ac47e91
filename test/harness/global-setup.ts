import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { seedCity } from '../../seeds/city.seeder';
import { ormConfig } from '../../src/db/orm.config';
import {
  embeddedBinDir,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../src/db/embedded-postgres';
import { freePort } from './free-port';

/** State shared between global setup and teardown (same process). */
export interface HarnessState {
  embedded?: EmbeddedPostgres;
  dataDir?: string;
  adminUrl: string;
  template: string;
}

const STATE_KEY = '__gongzhiHarness';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Starts PostgreSQL once for the run (embedded on a free port, or the server of
 * DATABASE_URL), builds a migrated and seeded template database, and a shared copy of
 * it in DATABASE_URL. Each test file clones the template (see harness/db.ts).
 */
export default async function globalSetup(): Promise<void> {
  const given = process.env.DATABASE_URL;
  const state: HarnessState = { adminUrl: '', template: `gongzhi_tpl_${randomBytes(4).toString('hex')}` };
  try {
    if (given) {
      state.adminUrl = withDatabase(given, 'postgres');
    } else {
      state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-test-pg-'));
      fs.chmodSync(state.dataDir, 0o755);
      const port = await freePort();
      state.embedded = await startEmbeddedPostgres({
        dataDir: path.join(state.dataDir, 'data'),
        port,
        settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
      });
      state.adminUrl = state.embedded.url;
      process.stdout.write(`\n[harness] embedded PostgreSQL on 127.0.0.1:${port}\n`);
    }
    const templateUrl = await ensureDatabase(state.adminUrl, state.template);
    const orm = await MikroORM.init(ormConfig(templateUrl, { pool: { min: 0, max: 2 } }));
    try {
      await orm.getMigrator().up();
      await seedCity(orm.em.fork());
    } finally {
      await orm.close(true);
    }
    process.env.DATABASE_URL = await ensureDatabase(state.adminUrl, `${state.template}_shared`, state.template);
    process.env.GONGZHI_TEST_ADMIN_URL = state.adminUrl;
    process.env.GONGZHI_TEST_TEMPLATE = state.template;
    Object.assign(process.env, await describeServer(state.adminUrl, !!state.embedded));
    (globalThis as Record<string, unknown>)[STATE_KEY] = state;
  } catch (err) {
    await teardownState(state);
    throw err;
  } finally {
    // Jest 30 leaks globalSetup's globals into tests; MikroORM's metadata must not follow.
    for (const key of Object.keys(globalThis))
      if (key.startsWith('mikro-orm')) delete (globalThis as Record<string, unknown>)[key];
  }
}

/**
 * What a test needs to start a streaming replica of the server: its version, its data folder
 * (when we may read it) and, for the embedded server, the folder of its binaries.
 */
async function describeServer(adminUrl: string, embedded: boolean): Promise<Record<string, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; data: string | null }>(
      `select current_setting('server_version_num') as version,
              case when pg_has_role('pg_read_all_settings', 'member') then current_setting('data_directory') end as data`,
    );
    const out: Record<string, string> = {
      GONGZHI_TEST_PG_VERSION_NUM: rows[0].version,
      GONGZHI_TEST_PG_REPLICATION: await replicationRefusal(adminUrl),
    };
    if (rows[0].data) out.GONGZHI_TEST_PG_DATA = rows[0].data;
    if (embedded) out.GONGZHI_TEST_PG_BIN = embeddedBinDir();
    return out;
  } finally {
    await client.end();
  }
}

/** Empty when the server accepts a physical replication connection from here, else why not. */
async function replicationRefusal(adminUrl: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl, replication: 'true' } as ConstructorParameters<
    typeof Client
  >[0]);
  try {
    await client.connect();
    return '';
  } catch (err) {
    return (err as Error).message || 'refused';
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops this run's databases and replication slots, and stops the embedded server. */
export async function teardownState(state: HarnessState | undefined): Promise<void> {
  if (!state) return;
  if (state.adminUrl && !state.embedded) {
    const client = new Client({ connectionString: state.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${state.template}%`],
      );
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
      // A replica test that died before its cleanup leaves its slot behind: it would hold WAL forever.
      await client.query(
        'select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name like $1 and not active',
        [`${state.template}%`],
      );
    } finally {
      await client.end();
    }
  }
  await state.embedded?.stop();
  if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
}

export { STATE_KEY };
