import type {
  ConnectionOptions,
  ConnectionType,
  CountOptions,
  EntityName,
  FilterQuery,
  FindOneOptions,
  FindOptions,
  Loaded,
  LoggingOptions,
  Transaction,
} from '@mikro-orm/core';
import {
  PostgreSqlConnection,
  PostgreSqlDriver,
  SqlEntityManager,
  type Configuration,
  type EntityManager,
  type Knex,
  type QueryBuilder,
} from '@mikro-orm/postgresql';
import { Counter, register } from 'prom-client';
import { Role } from '../auth/roles';
import type { Viewer } from '../auth/viewer';

/**
 * Read replicas (`DATABASE_REPLICA_URLS`). Writes always go to the primary. Reads go to the
 * primary too, except those of an entity manager made by `readerFor` (analysts' requests and
 * exports): outside a transaction, its finds, counts, query builders and `select` statements run
 * on a replica. A replica that does not answer is skipped for a few seconds; its reads run on the
 * primary meanwhile, counted by `gongzhi_replica_fallbacks_total`.
 */

/** How long a replica that failed to answer is left alone before it is tried again. */
export const REPLICA_RETRY_MS = 5_000;

/** How long opening a connection to a replica may take before it counts as down. */
export const REPLICA_CONNECT_TIMEOUT_MS = 2_000;

const FALLBACKS = 'gongzhi_replica_fallbacks_total';

/** Reads meant for a replica that ran on the primary (registered on prom-client's default registry). */
export const replicaFallbacks: Counter<'replica'> =
  (register.getSingleMetric(FALLBACKS) as Counter<'replica'> | undefined) ??
  new Counter({
    name: FALLBACKS,
    help: 'Reads meant for a read replica that ran on the primary because no replica answered.',
    labelNames: ['replica'],
  });

/** Errors that mean the server is unreachable, shutting down or refusing connections (not a bad query). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // PostgreSQL: connection exceptions, shutdown, starting up, too many connections.
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection timeout|timeout expired|Timeout acquiring a connection/i;

function isUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return !!e && (UNAVAILABLE_CODES.has(String(e.code)) || UNAVAILABLE_MESSAGE.test(String(e.message)));
}

/** A hot standby cancelled the query to replay WAL (recovery conflict): the primary can answer it. */
const isRecoveryConflict = (err: unknown) =>
  (err as { code?: unknown })?.code === '40001' && /conflict with recovery/i.test(String((err as Error).message));

/** A write that reached a replica is refused before it does anything (read-only transaction). */
const isReadOnlyRefusal = (err: unknown) => (err as { code?: unknown })?.code === '25006';

/** A replica's connection: runs what it can, and hands to the primary what it cannot. */
class ReplicaConnection extends PostgreSqlConnection {
  private downUntil = 0;

  constructor(
    config: Configuration,
    options: ConnectionOptions,
    private readonly primary: PostgreSqlConnection,
  ) {
    super(config, options, 'read');
  }

  get name(): string {
    return this.options.name ?? 'replica';
  }

  /** False while the replica is left alone after failing to answer. */
  isUp(): boolean {
    return Date.now() >= this.downUntil;
  }

  override async execute<T>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const onPrimary = () => this.primary.execute(queryOrKnex, params, method, ctx, loggerContext) as Promise<T>;
    // A transaction is the primary's: everything in it stays there.
    if (ctx) return onPrimary();
    if (!this.isUp()) {
      replicaFallbacks.inc({ replica: this.name });
      return onPrimary();
    }
    try {
      return (await super.execute(queryOrKnex, params, method, undefined, loggerContext)) as T;
    } catch (err) {
      if (isReadOnlyRefusal(err)) return onPrimary();
      if (isUnavailable(err)) this.downUntil = Date.now() + REPLICA_RETRY_MS;
      else if (!isRecoveryConflict(err)) throw err;
      replicaFallbacks.inc({ replica: this.name });
      return onPrimary();
    }
  }
}

/** PostgreSQL driver whose read connection is a replica that answers, else the primary. */
export class ReplicaAwareDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    // The base class made plain connections (not yet connected); ours fall back to the primary.
    this.replicas.splice(
      0,
      this.replicas.length,
      ...this.createReplicas((conf) => new ReplicaConnection(this.config, conf, this.connection)),
    );
  }

  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    if (type === 'write' || !this.replicas.length) return this.connection;
    const up = this.replicas.filter((r) => (r as ReplicaConnection).isUp());
    // With none up, any replica will do: it hands its reads to the primary, and counts them.
    const pool = up.length ? up : this.replicas;
    return pool[Math.floor(Math.random() * pool.length)];
  }

  /** True when replicas are configured. */
  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }
}

/** Statements that only read: `select` (or `with … select`) that neither writes nor locks rows. */
const READ_ONLY_SQL = /^\s*(select|with)\b/i;
const WRITING_SQL = /\b(insert|update|delete|merge|for\s+(no\s+key\s+)?update|for\s+(key\s+)?share|nextval|setval)\b/i;

/** True when `sql` is a statement a replica can answer. */
export function isReadOnlySql(sql: string): boolean {
  return READ_ONLY_SQL.test(sql) && !WRITING_SQL.test(sql);
}

/**
 * The entity manager of the platform. By default it is MikroORM's own (everything on the
 * primary). After `preferReplicas()`, reads outside a transaction go to the read connection,
 * until the manager writes: from then on it reads the primary (its own writes).
 */
export class RoutingEntityManager extends SqlEntityManager<ReplicaAwareDriver> {
  private readsFrom: ConnectionType = 'write';

  /** Sends this manager's reads to a replica (and its forks'). */
  preferReplicas(): this {
    this.readsFrom = 'read';
    return this;
  }

  /** True when the next read outside a transaction goes to a replica. */
  get readsFromReplica(): boolean {
    return this.readsFrom === 'read' && !this.getTransactionContext() && this.getDriver().hasReplicas;
  }

  private routed<O extends { connectionType?: ConnectionType }>(options: O | undefined): O {
    return (
      this.readsFromReplica && !options?.connectionType ? { ...options, connectionType: 'read' } : (options ?? {})
    ) as O;
  }

  override fork(options?: Parameters<SqlEntityManager['fork']>[0]): this {
    const fork = super.fork(options);
    fork.readsFrom = this.readsFrom;
    return fork;
  }

  override find<
    Entity extends object,
    Hint extends string = never,
    Fields extends string = '*',
    Excludes extends string = never,
  >(
    entityName: EntityName<Entity>,
    where: FilterQuery<NoInfer<Entity>>,
    options?: FindOptions<Entity, Hint, Fields, Excludes>,
  ): Promise<Loaded<Entity, Hint, Fields, Excludes>[]> {
    return super.find(entityName, where, this.routed(options));
  }

  override findOne<
    Entity extends object,
    Hint extends string = never,
    Fields extends string = '*',
    Excludes extends string = never,
  >(
    entityName: EntityName<Entity>,
    where: FilterQuery<NoInfer<Entity>>,
    options?: FindOneOptions<Entity, Hint, Fields, Excludes>,
  ): Promise<Loaded<Entity, Hint, Fields, Excludes> | null> {
    return super.findOne(entityName, where, this.routed(options));
  }

  override count<Entity extends object, Hint extends string = never>(
    entityName: EntityName<Entity>,
    where?: FilterQuery<NoInfer<Entity>>,
    options?: CountOptions<Entity, Hint>,
  ): Promise<number> {
    return super.count(entityName, where, this.routed(options));
  }

  /**
   * Query builders of a replica-reading manager read the replica unless told `type: 'write'`;
   * one that writes without saying so is refused there and re-run on the primary.
   */
  override createQueryBuilder<Entity extends object, RootAlias extends string = never>(
    entityName: EntityName<Entity> | QueryBuilder<Entity>,
    alias?: RootAlias,
    type?: ConnectionType,
    loggerContext?: LoggingOptions,
  ): QueryBuilder<Entity, RootAlias> {
    return super.createQueryBuilder(
      entityName,
      alias,
      type ?? (this.readsFromReplica ? 'read' : undefined),
      loggerContext,
    );
  }

  override async execute<T extends object = Record<string, unknown>[]>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    if (this.readsFromReplica && typeof queryOrKnex === 'string' && method !== 'run') {
      if (isReadOnlySql(queryOrKnex)) {
        const driver = this.getDriver();
        return driver
          .getConnection('read')
          .execute<T>(queryOrKnex, params, method, undefined, loggerContext)
          .catch((err: Error) => {
            throw driver.convertException(err);
          });
      }
      this.readsFrom = 'write';
    }
    return super.execute<T>(queryOrKnex, params as never[], method, loggerContext);
  }

  override async transactional<T>(
    cb: (em: this) => T | Promise<T>,
    options?: Parameters<SqlEntityManager['transactional']>[1],
  ): Promise<T> {
    try {
      return await super.transactional(cb, options);
    } finally {
      this.readsFrom = 'write';
    }
  }

  override async flush(): Promise<void> {
    await super.flush();
    // What this request wrote is on the primary: read it back from there.
    this.readsFrom = 'write';
  }
}

/** True when every grant of a person is ANALYST: their whole request may read a replica. */
export function isAnalystOnly(viewer: Viewer): boolean {
  return viewer.kind === 'person' && viewer.grants.length > 0 && viewer.grants.every((g) => g.role === Role.ANALYST);
}

/**
 * A fork of `em` for one request of `viewer`: analysts' reads go to a replica (when configured),
 * everyone else's to the primary. Exports (`purpose: 'export'`) read a replica whoever asks.
 * Writes always go to the primary.
 */
export function readerFor(em: EntityManager, viewer: Viewer, purpose: 'request' | 'export' = 'request'): EntityManager {
  const fork = em.fork();
  if ((purpose === 'export' || isAnalystOnly(viewer)) && fork instanceof RoutingEntityManager) fork.preferReplicas();
  return fork;
}
