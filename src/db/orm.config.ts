import 'reflect-metadata';
import path from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/core';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities';
import { ReplicaAwareDriver, RoutingEntityManager } from './replicas';

/** MikroORM options for a database URL. The schema changes only through migrations. */
export function ormConfig(
  clientUrl: string,
  overrides: Partial<Options<PostgreSqlDriver>> = {},
): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl,
    driver: ReplicaAwareDriver,
    entityManager: RoutingEntityManager,
    // Reads go to a replica only through `readerFor` (analysts, exports): everyone else reads their writes.
    preferReadReplicas: false,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    // Under swc/jest and ts-node the sources are TypeScript; compiled code finds compiled migrations.
    preferTs: __filename.endsWith('.ts'),
    migrations: {
      path: path.join(__dirname, 'migrations'),
      pathTs: path.join(__dirname, 'migrations'),
      glob: __filename.endsWith('.ts') ? '!(*.d).ts' : '*.js',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ...overrides,
  });
}

/** Configuration for the MikroORM CLI (creating migrations): `DATABASE_URL` must point at a server. */
export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gongzhi');
