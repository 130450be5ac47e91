import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/** Absolute path of the repository root (where package.json lives). */
export const ROOT_DIR = path.resolve(__dirname, '..');

const csv = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_REPLICA_URLS: csv.pipe(z.array(z.string().url())),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default(path.join(ROOT_DIR, '.data', 'postgres')),
  JWT_SECRET: z.string().min(32).optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
  CORS_ORIGINS: csv,
  DEMO_ACCOUNTS: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  SEED_ON_START: z.enum(['true', 'false']).default('true'),
  LOG_SQL: z.enum(['true', 'false']).default('false'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  ANALYST_COST_PER_MINUTE: z.coerce.number().int().min(1).default(5_000_000),
  ANALYST_BUDGET_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  REDIS_URL: z.string().url().optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,60}$/)
    .default('gongzhi:'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  METRICS_TOKEN: z.string().min(16).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(20),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  HEAVY_SLICE_AFTER: z.coerce.number().int().min(0).default(2500),
  HEAVY_FLOOR_MS: z.coerce.number().int().min(0).max(1000).default(8),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  /** Streaming read replicas of the database (analysts' reads and exports); empty: none. */
  databaseReplicaUrls: string[];
  embeddedPgPort: number;
  embeddedPgDir: string;
  jwtSecret: Uint8Array;
  jwtTtlSeconds: number;
  corsOrigins: string[];
  /**
   * Whether the demo accounts are advertised (startup banner, playground sign-in buttons):
   * DEMO_ACCOUNTS, true by default, and never in production (where the accounts do not exist).
   */
  demoAccounts: boolean;
  seedOnStart: boolean;
  logSql: boolean;
  dbPoolMax: number;
  /** Analysts' cost budget: what one analyst may spend per window (the request cost the ceiling checks, src/shared/cost.ts). */
  analystBudget: { cost: number; windowSeconds: number };
  /** Redis for hot shared state (analysts' budgets); without it, PostgreSQL keeps it. */
  redis: { url: string; keyPrefix: string } | null;
  /** pino level; `info` by default, `warn` under NODE_ENV=test. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** When set, `/metrics` requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** How long a shutdown waits for in-flight requests before cutting their connections. */
  shutdownTimeoutMs: number;
  /**
   * Sign-in throttling: after `maxFailuresPerAccount` failed sign-ins for one username, or
   * `maxFailuresPerAddress` from one client address, within `lockoutSeconds` (counted from the
   * first failure), `login` answers RATE_LIMITED until the window ends.
   */
  loginThrottle: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; lockoutSeconds: number };
  /**
   * HEAVY_SLICE_AFTER: once a request has resolved this many object fields, the rest are resolved
   * in short slices that let other requests through (src/shared/slicing.ts); 0 never slices.
   */
  sliceAfterFields: number;
  /**
   * HEAVY_FLOOR_MS: while a light request (not past HEAVY_SLICE_AFTER) is in flight, heavy slices
   * wait, but at most this long after the last one; 0 never holds them back.
   */
  heavyFloorMs: number;
}

/** Parses and validates the environment once; throws a readable error on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: required in production (at least 32 characters)');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    embeddedPgDir: path.resolve(e.EMBEDDED_PG_DIR),
    // Without a configured secret, tokens are signed with a per-process key: they die with the process.
    jwtSecret: e.JWT_SECRET ? new TextEncoder().encode(e.JWT_SECRET) : randomBytes(32),
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    corsOrigins: e.CORS_ORIGINS,
    demoAccounts: e.NODE_ENV !== 'production' && (e.DEMO_ACCOUNTS ?? true),
    seedOnStart: e.SEED_ON_START === 'true',
    logSql: e.LOG_SQL === 'true',
    dbPoolMax: e.DB_POOL_MAX,
    analystBudget: { cost: e.ANALYST_COST_PER_MINUTE, windowSeconds: e.ANALYST_BUDGET_WINDOW_SECONDS },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : null,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    metricsToken: e.METRICS_TOKEN,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    loginThrottle: {
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      lockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
    },
    sliceAfterFields: e.HEAVY_SLICE_AFTER,
    heavyFloorMs: e.HEAVY_FLOOR_MS,
  };
}
