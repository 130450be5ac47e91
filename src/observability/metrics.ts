import { timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import { sendError } from '../shared/http-errors';

// Everything lives on prom-client's default registry, so that other parts of the platform (the
// read replica's fallback counter, for one) add their metrics by importing prom-client alone.
collectDefaultMetrics();

/** Operation names beyond this many distinct ones are counted as `other`. */
export const MAX_OPERATION_LABELS = 200;
/** Longer operation names are cut to this many characters. */
export const MAX_OPERATION_NAME = 64;

export const graphqlRequests = new Counter({
  name: 'gongzhi_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name and type (unknown when the operation was never resolved: syntax, validation, credentials).',
  labelNames: ['operation', 'type'] as const,
});

export const graphqlDuration = new Histogram({
  name: 'gongzhi_graphql_request_duration_seconds',
  help: 'Time from the request arriving to its GraphQL response, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

export const graphqlErrors = new Counter({
  name: 'gongzhi_graphql_errors_total',
  help: 'Errors in GraphQL responses, by extensions.code.',
  labelNames: ['code'] as const,
});

export const httpRequests = new Counter({
  name: 'gongzhi_http_requests_total',
  help: 'HTTP requests answered, by route, method and status.',
  labelNames: ['route', 'method', 'status'] as const,
});

/** Reports `count()` as gongzhi_http_requests_in_flight. */
export function httpInFlight(count: () => number): void {
  new Gauge({
    name: 'gongzhi_http_requests_in_flight',
    help: 'HTTP requests received and not yet answered.',
    collect() {
      this.set(count());
    },
  });
}

const seenOperations = new Set<string>();

/** A bounded metric label for an operation name: `anonymous`, the name (cut), or `other` once too many names were seen. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  const label = name.length > MAX_OPERATION_NAME ? name.slice(0, MAX_OPERATION_NAME) : name;
  if (seenOperations.has(label)) return label;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(label);
  return label;
}

const ROUTES = ['/graphql', '/playground', '/export', '/metrics', '/healthz', '/readyz'];
const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD']);

/** Counts an answered HTTP request under a bounded route label. */
export function countHttpRequest(path: string, method: string, status: number): void {
  const route = ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
  httpRequests.inc({ route, method: METHODS.has(method) ? method : 'other', status: String(status) });
}

/** The parts of a knex (tarn) pool the gauges read. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

const pools = new Map<string, () => TarnPool | undefined>();

new Gauge({
  name: 'gongzhi_db_pool_connections',
  help: 'Database pool connections by pool (primary, replicas) and state: used, free, pending (acquires waiting), creating, max.',
  labelNames: ['pool', 'state'] as const,
  collect() {
    this.reset();
    for (const [name, get] of pools) {
      const pool = get();
      if (!pool) continue;
      this.set({ pool: name, state: 'used' }, pool.numUsed());
      this.set({ pool: name, state: 'free' }, pool.numFree());
      this.set({ pool: name, state: 'pending' }, pool.numPendingAcquires());
      this.set({ pool: name, state: 'creating' }, pool.numPendingCreates());
      this.set({ pool: name, state: 'max' }, pool.max);
    }
  },
});

/** The knex pool under a MikroORM connection (primary by default). */
export function knexPool(orm: MikroORM, type: 'read' | 'write' = 'write'): TarnPool | undefined {
  return (orm.em.getConnection(type).getKnex().client as { pool?: TarnPool }).pool;
}

/** Reports `get()`'s pool as `name` in the pool gauges until the returned function is called. */
export function observePool(name: string, get: () => TarnPool | undefined): () => void {
  pools.set(name, get);
  return () => {
    if (pools.get(name) === get) pools.delete(name);
  };
}

const bearer = (token: string) => Buffer.from(`Bearer ${token}`);

/** `GET /metrics` in Prometheus text format; with a token configured, only for `Authorization: Bearer <token>`. */
export function metricsHandler(token: string | undefined): express.RequestHandler {
  const expected = token ? bearer(token) : null;
  return async (req, res) => {
    if (expected) {
      const given = Buffer.from(req.header('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.setHeader('www-authenticate', 'Bearer');
        sendError(res, 401, 'UNAUTHENTICATED', 'Metrics need the metrics token.');
        return;
      }
    }
    res.setHeader('content-type', register.contentType);
    res.send(await register.metrics());
  };
}
