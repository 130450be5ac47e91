import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { seedCity } from '../../seeds/city.seeder';
import {
  ensureDatabase,
  run,
  serviceUser,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../src/db/embedded-postgres';
import { ormConfig } from '../../src/db/orm.config';
import { freePort } from './free-port';

/**
 * A streaming read replica, started from a base backup of its primary: with `pg_basebackup`
 * (of the test server when binaries of its major version include it, else of a primary the test
 * starts from a full local installation), or, with no `pg_basebackup` anywhere, with the
 * low-level backup API on the test server (`pg_backup_start`, a copy of the data folder,
 * `pg_backup_stop`) — the embedded PostgreSQL package ships `postgres` and `initdb` only.
 * Either way the replica streams WAL through a replication slot of its own.
 */
export interface StreamingReplica {
  port: number;
  /** `url` (a database on the primary) with the replica's host and port. */
  urlOf(url: string): string;
  /** Waits until the replica has replayed everything the primary has written so far (asking at most `attempts` times, 25 ms apart). */
  catchUp(attempts?: number): Promise<void>;
  /** Stops applying WAL (it is still received), until `resumeReplay`. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Stops the server (fast shutdown); the folder stays until `destroy`. */
  stop(): Promise<void>;
  /** Stops the server, drops its slot on the primary and removes its folder. */
  destroy(): Promise<void>;
}

/**
 * How to make a replica here, or why it cannot be done: `pg_basebackup` of the test server when
 * binaries of its major version include it; else, when another full installation is at hand
 * (Debian's, say), a primary of the test's own started from it (`dedicated`), seeded, and copied
 * with its `pg_basebackup`; else the low-level backup API on the test server (`copy`).
 */
export type ReplicaSupport =
  { binDir: string; method: 'pg_basebackup' | 'copy' | 'dedicated'; major: number } | { skip: string };

/** A full PostgreSQL installation here (initdb, postgres and pg_basebackup of one major version), newest first. */
function fullInstallation(): { binDir: string; major: number } | undefined {
  const dirs = [
    pgConfigBinDir(),
    ...(fs.existsSync('/usr/lib/postgresql')
      ? fs.readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ].filter((d): d is string => !!d);
  const found = [...new Set(dirs)]
    .map((binDir) => ({ binDir, major: majorOf(path.join(binDir, 'postgres')) }))
    .filter(
      (i): i is { binDir: string; major: number } =>
        !!i.major &&
        majorOf(path.join(i.binDir, 'pg_basebackup')) === i.major &&
        fs.existsSync(path.join(i.binDir, 'initdb')),
    );
  return found.sort((a, b) => b.major - a.major)[0];
}

function majorOf(bin: string): number | undefined {
  try {
    // "postgres (PostgreSQL) 18.4"; PostgreSQL answers --version before refusing root.
    const m = /\(PostgreSQL\) (\d+)/.exec(
      execFileSync(bin, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
    );
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function pgConfigBinDir(): string | undefined {
  try {
    return (
      execFileSync('pg_config', ['--bindir'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** Finds binaries of the test server's major version (set by the harness's global setup). */
export function replicaSupport(env: NodeJS.ProcessEnv = process.env): ReplicaSupport {
  const versionNum = Number(env.GONGZHI_TEST_PG_VERSION_NUM);
  if (!versionNum) return { skip: 'the harness did not record the server version (GONGZHI_TEST_PG_VERSION_NUM)' };
  const major = Math.floor(versionNum / 10_000);
  const refusal = env.GONGZHI_TEST_PG_REPLICATION;
  const full = fullInstallation();
  if (refusal && full) return { ...full, method: 'dedicated' };
  if (refusal)
    return {
      skip: `the server refuses replication connections from here (${refusal}); allow them in pg_hba.conf ("host replication …")`,
    };
  const candidates = [env.GONGZHI_TEST_PG_BIN, pgConfigBinDir(), `/usr/lib/postgresql/${major}/bin`].filter(
    (d): d is string => !!d,
  );
  const matching = [...new Set(candidates)].filter((dir) => majorOf(path.join(dir, 'postgres')) === major);
  const withBackup = matching.find((dir) => majorOf(path.join(dir, 'pg_basebackup')) === major);
  if (withBackup) return { binDir: withBackup, method: 'pg_basebackup', major };
  if (full) return { ...full, method: 'dedicated' };
  const data = env.GONGZHI_TEST_PG_DATA;
  const readable =
    !!data &&
    (() => {
      try {
        fs.accessSync(path.join(data, 'PG_VERSION'), fs.constants.R_OK);
        return true;
      } catch {
        return false;
      }
    })();
  if (matching.length && readable) return { binDir: matching[0], method: 'copy', major };
  if (!matching.length) return { skip: `no PostgreSQL ${major} binaries found (looked in ${candidates.join(', ')})` };
  return {
    skip: `PostgreSQL ${major} binaries in ${matching[0]} have no pg_basebackup, and the server's data folder cannot be read from here`,
  };
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Contents a base backup leaves out (the server rebuilds them), as pg_basebackup does. */
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'standby.signal',
  'recovery.signal',
  'backup_manifest',
]);

const vanished = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** Copies a live data folder; files that vanish meanwhile (a dropped database) are skipped. */
function copyDataDir(from: string, to: string, top = true): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(from, { withFileTypes: true });
  } catch (err) {
    if (vanished(err)) return;
    throw err;
  }
  for (const e of entries) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if ((top && SKIPPED.has(e.name)) || e.name.startsWith('pgsql_tmp')) continue;
    try {
      if (e.isDirectory()) {
        if (top && EMPTIED.has(e.name)) fs.mkdirSync(dst, { mode: 0o700 });
        else copyDataDir(src, dst, false);
      } else if (e.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(src), dst);
      else fs.copyFileSync(src, dst);
    } catch (err) {
      if (!vanished(err)) throw err;
    }
  }
  if (top)
    for (const sub of ['archive_status', 'summaries'])
      fs.mkdirSync(path.join(to, 'pg_wal', sub), { recursive: true, mode: 0o700 });
}

/** A primary started by the test itself from `binDir`, with the seeded city in `databaseUrl`. */
export interface DedicatedPrimary {
  adminUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Starts a fresh PostgreSQL from `binDir` on a free port and migrates and seeds a database on it. */
export async function startDedicatedPrimary(binDir: string): Promise<DedicatedPrimary> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-primary-'));
  fs.chmodSync(root, 0o755);
  let server: EmbeddedPostgres | undefined;
  const stop = async () => {
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    server = await startEmbeddedPostgres({
      dataDir: path.join(root, 'data'),
      port: await freePort(),
      binDir,
      settings: { wal_level: 'replica', max_wal_senders: '10', fsync: 'off' },
    });
    const databaseUrl = await ensureDatabase(server.url, 'gongzhi_replicated');
    const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 2 } }));
    try {
      await orm.getMigrator().up();
      await seedCity(orm.em.fork());
    } finally {
      await orm.close(true);
    }
    return { adminUrl: server.url, databaseUrl, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Settings a hot standby must hold at least as high as its primary's. */
const AT_LEAST_PRIMARY = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
];

/**
 * Takes a base backup of the server at `adminUrl` (a superuser's URL) and starts it as a hot
 * standby on a free port of 127.0.0.1, streaming from the primary.
 */
export async function startStreamingReplica(
  adminUrl: string,
  support: Exclude<ReplicaSupport, { skip: string }>,
  slotPrefix: string,
): Promise<StreamingReplica> {
  const runAs = serviceUser();
  const primary = new URL(adminUrl);
  const slot = `${slotPrefix}_replica_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-replica-'));
  fs.chmodSync(root, 0o755);
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
  let server: EmbeddedPostgres | undefined;
  let slotMade = false;

  const dropSlot = async () => {
    if (!slotMade) return;
    await withClient(adminUrl, async (c) => {
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ active: boolean }>(
          'select active from pg_replication_slots where slot_name = $1',
          [slot],
        );
        if (!rows.length) return;
        if (!rows[0].active) return void (await c.query('select pg_drop_replication_slot($1)', [slot]));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
  };
  const destroy = async () => {
    await server?.stop();
    await dropSlot().catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    const limits = await withClient(adminUrl, async (c) => {
      const out: Record<string, string> = {};
      for (const name of AT_LEAST_PRIMARY)
        out[name] = (await c.query<{ v: string }>('select current_setting($1) as v', [name])).rows[0].v;
      return out;
    });
    const conninfo = `host=${primary.hostname} port=${primary.port || 5432} user=${decodeURIComponent(primary.username) || 'postgres'} application_name=${slot}`;
    const settings: Record<string, string> = { ...limits, hot_standby: 'on', fsync: 'off' };

    if (support.method !== 'copy') {
      // -R writes standby.signal and primary_conninfo; -C -S make the slot and name it there.
      await run(
        path.join(support.binDir, 'pg_basebackup'),
        [
          '-d',
          `${conninfo}${primary.password ? ` password=${decodeURIComponent(primary.password)}` : ''}`,
          '-D',
          dataDir,
          '-R',
          '-X',
          'stream',
          '-c',
          'fast',
          '-N',
          '-C',
          '-S',
          slot,
        ],
        runAs,
      );
      slotMade = true;
      // A server whose configuration lives outside its data folder (Debian's) leaves none in the backup.
      const conf = path.join(dataDir, 'postgresql.conf');
      if (!fs.existsSync(conf)) fs.writeFileSync(conf, '');
      const hba = path.join(dataDir, 'pg_hba.conf');
      if (!fs.existsSync(hba)) fs.writeFileSync(hba, 'host all all 127.0.0.1/32 trust\n');
    } else {
      const dataFolder = process.env.GONGZHI_TEST_PG_DATA!;
      await withClient(adminUrl, async (c) => {
        // The slot keeps every WAL segment from the backup's start until the replica has streamed it.
        await c.query('select pg_create_physical_replication_slot($1, true)', [slot]);
        slotMade = true;
        await c.query(`select pg_backup_start($1, true)`, [slot]);
        copyDataDir(dataFolder, dataDir);
        const { rows } = await c.query<{ labelfile: string; spcmapfile: string | null }>(
          'select labelfile, spcmapfile from pg_backup_stop(false)',
        );
        fs.writeFileSync(path.join(dataDir, 'backup_label'), rows[0].labelfile);
        if (rows[0].spcmapfile) fs.writeFileSync(path.join(dataDir, 'tablespace_map'), rows[0].spcmapfile);
      });
      fs.writeFileSync(path.join(dataDir, 'standby.signal'), '');
      settings.primary_conninfo = conninfo;
      settings.primary_slot_name = slot;
    }
    if (runAs) execFileSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, dataDir]);
    fs.chmodSync(dataDir, 0o700);
    server = await startEmbeddedPostgres({ dataDir, port: await freePort(), binDir: support.binDir, settings });
  } catch (err) {
    await destroy();
    throw err;
  }

  const started = server;
  const replicaAdmin = started.url;
  return {
    port: started.port,
    urlOf(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(started.port);
      return u.toString();
    },
    async catchUp(attempts = 2_400) {
      const lsn = await withClient(
        adminUrl,
        async (c) => (await c.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0].lsn,
      );
      // A bound on tries, not a deadline: on a busy machine each try only takes longer.
      await withClient(replicaAdmin, async (c) => {
        for (let i = 0; ; i++) {
          const { rows } = await c.query<{ done: boolean }>(
            'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done',
            [lsn],
          );
          if (rows[0].done) return;
          if (i >= attempts) throw new Error(`the replica did not replay up to ${lsn} after ${attempts} tries`);
          await new Promise((r) => setTimeout(r, 25));
        }
      });
    },
    async pauseReplay() {
      await withClient(replicaAdmin, async (c) => {
        await c.query('select pg_wal_replay_pause()');
        // 'pause requested' already stops replay before the next record; 'paused' once it is idle there.
        const until = Date.now() + 2_000;
        while (
          (await c.query<{ s: string }>('select pg_get_wal_replay_pause_state() as s')).rows[0].s !== 'paused' &&
          Date.now() < until
        )
          await new Promise((r) => setTimeout(r, 10));
      });
    },
    async resumeReplay() {
      await withClient(replicaAdmin, (c) => c.query('select pg_wal_replay_resume()'));
    },
    stop: () => started.stop(),
    destroy,
  };
}
