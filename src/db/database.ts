import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm.config';
import { REPLICA_CONNECT_TIMEOUT_MS } from './replicas';

export const DATABASE_NAME = 'gongzhi';

/** A running database: the ORM and, when embedded, the server to stop with it. */
export interface Database {
  orm: MikroORM;
  url: string;
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

/** Connects to `DATABASE_URL`, or starts the embedded PostgreSQL; then applies pending migrations. */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  onQuery?: (sql: string) => void,
): Promise<Database> {
  let url = config.databaseUrl;
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedPgDir, port: config.embeddedPgPort, log });
    url = await ensureDatabase(embedded.url, DATABASE_NAME);
  }
  try {
    const observe = onQuery ? { debug: ['query' as const], colors: false, logger: onQuery } : { debug: config.logSql };
    const replicas = config.databaseReplicaUrls.map((clientUrl, i) => ({
      name: `replica-${i + 1}`,
      clientUrl,
      driverOptions: {
        connection: { connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS },
        // The pool's warnings (a replica's connection lost) go to our log; reads fall back meanwhile.
        log: { warn: (message: string) => log(`replica-${i + 1}: ${message}`) },
      },
    }));
    const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: config.dbPoolMax }, replicas, ...observe }));
    if (replicas.length) log(`analysts' reads and exports go to ${replicas.length} read replica(s)`);
    const applied = await orm.getMigrator().up();
    if (applied.length) log(`applied ${applied.length} migration(s)`);
    return {
      orm,
      url,
      embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
