import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { seedCity } from '../../seeds/city.seeder';
import { ormConfig } from '../../src/db/orm.config';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';

/** State shared between global setup and teardown (same process). */
export interface HarnessState {
  embedded?: EmbeddedPostgres;
  dataDir?: string;
  adminUrl: string;
  template: string;
}

const STATE_KEY = '__gongzhiHarness';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

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
    (globalThis as Record<string, unknown>)[STATE_KEY] = state;
  } catch (err) {
    await teardownState(state);
    throw err;
  } finally {
    // Jest 30 leaks globalSetup's globals into tests; MikroORM's metadata must not follow.
    for (const key of Object.keys(globalThis)) if (key.startsWith('mikro-orm')) delete (globalThis as Record<string, unknown>)[key];
  }
}

/** Drops this run's databases and stops the embedded server. */
export async function teardownState(state: HarnessState | undefined): Promise<void> {
  if (!state) return;
  if (state.adminUrl && !state.embedded) {
    const client = new Client({ connectionString: state.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${state.template}%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    } finally {
      await client.end();
    }
  }
  await state.embedded?.stop();
  if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
}

export { STATE_KEY };
