import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Presets, SingleBar } from 'cli-progress';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seeds/demo-accounts';
import { isEmpty, seedCity } from '../seeds/city.seeder';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { buildAppSchema } from './schema';
import { createServer, type Mount } from './server';

/** A running platform. */
export interface App {
  url: string;
  config: Config;
  database: Database;
  /** Stops accepting requests, finishes in-flight ones, then closes the database. */
  close(): Promise<void>;
}

/** Seeds the city into an empty database, with a progress bar on a terminal. */
async function seedIfEmpty(database: Database, log: (line: string) => void): Promise<void> {
  const em = database.orm.em.fork();
  if (!(await isEmpty(em))) return;
  log('seeding the city (first run)…');
  const started = Date.now();
  const bar = process.stdout.isTTY ? new SingleBar({ format: '  {bar} {percentage}% | {step}', hideCursor: true }, Presets.shades_classic) : null;
  bar?.start(1, 0, { step: '' });
  await seedCity(em, (done, total, step) => {
    if (bar) {
      bar.setTotal(total);
      bar.update(done, { step });
    } else log(`  seeding: ${step} (${done}/${total})`);
  });
  bar?.stop();
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Config → database (migrated, seeded) → schema → HTTP server listening. */
export async function startApp(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (l) => console.log(l),
  options: { onQuery?: (sql: string) => void; mount?: Mount } = {},
): Promise<App> {
  const config = loadConfig(env);
  const database = await openDatabase(config, log, options.onQuery);
  try {
    if (config.seedOnStart) await seedIfEmpty(database, log);
    const schema = await buildAppSchema();
    const demo = config.demoAccounts
      ? { accounts: DEMO_ACCOUNTS.map((a) => ({ username: a.username, role: a.role, description: a.description })), password: DEMO_PASSWORD }
      : null;
    const server = await createServer({ config, orm: database.orm, schema, demo, log }, options.mount);
    const { httpServer } = server;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      config,
      database,
      close() {
        closing ??= (async () => {
          await server.stop();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
