import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Presets, SingleBar } from 'cli-progress';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './auth/demo-accounts';
import { knownPasswordRefusal } from './auth/known-passwords';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { startVoteSweep } from './modules/consultation';
import { toLogger, type Logger, type LogSink } from './observability/logger';
import { buildAppSchema } from './schema';
import { createServer, type Mount } from './server';

/** A running platform. */
export interface App {
  url: string;
  config: Config;
  database: Database;
  logger: Logger;
  /** Stops accepting requests, finishes in-flight ones, then closes the database. */
  close(): Promise<void>;
}

/**
 * Seeds the city into an empty database, with a progress bar on a terminal. The demo people get
 * their logins only outside production: in production this loads reference data only.
 */
async function seedIfEmpty(database: Database, config: Config, logger: Logger): Promise<void> {
  // The seeder (and its generator) is loaded only when a database is to be seeded.
  const { isEmpty, seedCity } = await import('./db/seed/city.seeder');
  const em = database.orm.em.fork();
  if (!(await isEmpty(em))) return;
  logger.info('seeding the city (first run)…');
  const started = Date.now();
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: '  {bar} {percentage}% | {step}', hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(1, 0, { step: '' });
  await seedCity(
    em,
    (done, total, step) => {
      if (bar) {
        bar.setTotal(total);
        bar.update(done, { step });
      } else logger.info({ step, done, total }, 'seeding');
    },
    { demoLogins: config.env !== 'production' },
  );
  bar?.stop();
  logger.info({ seconds: (Date.now() - started) / 1000 }, 'seeded the city');
}

/**
 * Config → database (migrated, seeded; in production, refused while it holds an account with a
 * published password) → schema → HTTP server listening. Logs go to `log`: a
 * pino logger, a function given each JSON line, or by default JSON on stdout at LOG_LEVEL.
 */
export async function startApp(
  env: NodeJS.ProcessEnv = process.env,
  log?: LogSink,
  options: { onQuery?: (sql: string) => void; mount?: Mount } = {},
): Promise<App> {
  const config = loadConfig(env);
  const logger = toLogger(log, config.logLevel);
  const database = await openDatabase(config, (line) => logger.info(line), options.onQuery);
  try {
    if (config.seedOnStart) await seedIfEmpty(database, config, logger);
    if (config.env === 'production') {
      const refusal = await knownPasswordRefusal(database.orm.em.fork());
      if (refusal) throw new Error(refusal);
    }
    const schema = await buildAppSchema();
    const demo = config.demoAccounts
      ? {
          accounts: DEMO_ACCOUNTS.map((a) => ({ username: a.username, role: a.role, description: a.description })),
          password: DEMO_PASSWORD,
        }
      : null;
    const server = await createServer({ config, orm: database.orm, schema, demo, logger }, options.mount);
    const { httpServer } = server;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    // Votes past their deadline are closed by their first reader, and by this sweep when nobody reads them.
    const voteSweep = startVoteSweep(
      () => database.orm.em.fork(),
      (err) =>
        logger.warn(
          { code: (err as { code?: string }).code },
          'closing votes past their deadline failed; retried at the next sweep',
        ),
    );
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      config,
      database,
      logger,
      close() {
        closing ??= (async () => {
          await voteSweep.stop();
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
