import type { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import type { Config } from '../../config';

/** The answer of a budget to one charge. */
export type Charge = { ok: true; spent: number } | { ok: false; spent: number; retryAfterSeconds: number };

/**
 * Analysts' cost budgets, shared by every instance of the platform: a charge either fits in the
 * analyst's current window and is added, or is refused and adds nothing.
 */
export interface CostBudget {
  readonly store: 'postgresql' | 'redis';
  readonly limit: number;
  readonly windowSeconds: number;
  charge(personId: number, cost: number): Promise<Charge>;
  close(): Promise<void>;
}

const secondsLeft = (windowSeconds: number, nowMs = Date.now()) =>
  Math.max(1, Math.ceil(windowSeconds - ((nowMs / 1000) % windowSeconds)));

/**
 * Budgets in PostgreSQL: one guarded upsert per charge (the window is the database's clock, so
 * instances with skewed clocks agree), adding the cost only when the sum stays within the limit.
 */
export class PostgresBudget implements CostBudget {
  readonly store = 'postgresql' as const;
  constructor(
    private readonly em: () => EntityManager,
    readonly limit: number,
    readonly windowSeconds: number,
  ) {}

  async charge(personId: number, cost: number): Promise<Charge> {
    if (cost > this.limit) return { ok: false, spent: 0, retryAfterSeconds: secondsLeft(this.windowSeconds) };
    const conn = this.em().getConnection();
    const rows: { spent: number; inserted: boolean; window_start: Date }[] = await conn.execute(
      `insert into analyst_cost_window as w (person_id, window_start, spent)
            values (?, to_timestamp(floor(extract(epoch from now()) / ?) * ?), ?)
       on conflict (person_id, window_start) do update set spent = w.spent + excluded.spent
             where w.spent + excluded.spent <= ?
       returning w.spent, (w.xmax = 0) as inserted, w.window_start`,
      [personId, this.windowSeconds, this.windowSeconds, cost, this.limit],
    );
    if (!rows.length) return { ok: false, spent: this.limit, retryAfterSeconds: secondsLeft(this.windowSeconds) };
    const [row] = rows;
    // A new window opened: the analyst's older ones are history.
    if (row.inserted)
      await conn.execute('delete from analyst_cost_window where person_id = ? and window_start < ?', [
        personId,
        row.window_start,
      ]);
    return { ok: true, spent: Number(row.spent) };
  }

  async close(): Promise<void> {}
}

/**
 * Checks and adds in one step, on Redis's own clock: returns {1, spent, ttl} when the cost fits,
 * {0, spent, ttl} when it does not (and adds nothing).
 */
const CHARGE_SCRIPT = `
local now = tonumber(redis.call('TIME')[1])
local cost, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local start = now - (now % window)
local key = KEYS[1] .. ':' .. start
local spent = tonumber(redis.call('GET', key) or '0')
local left = start + window - now
if spent + cost > limit then return {0, spent, left} end
spent = redis.call('INCRBY', key, cost)
redis.call('EXPIRE', key, window + 5)
return {1, spent, left}
`;

type Scripted = Redis & {
  chargeBudget(key: string, cost: number, window: number, limit: number): Promise<[number, number, number]>;
};

/** Budgets in Redis (ephemeral and hot): one Lua script per charge; keys expire with their window. */
export class RedisBudget implements CostBudget {
  readonly store = 'redis' as const;
  private readonly redis: Scripted;

  constructor(
    url: string,
    private readonly keyPrefix: string,
    readonly limit: number,
    readonly windowSeconds: number,
    private readonly log: (line: string) => void,
  ) {
    const redis = new Redis(url, {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      commandTimeout: 2_000,
    });
    redis.on('error', (err: Error) => log(`redis: ${err.message}`));
    redis.defineCommand('chargeBudget', { numberOfKeys: 1, lua: CHARGE_SCRIPT });
    this.redis = redis as Scripted;
  }

  async charge(personId: number, cost: number): Promise<Charge> {
    if (cost > this.limit) return { ok: false, spent: 0, retryAfterSeconds: secondsLeft(this.windowSeconds) };
    try {
      const [ok, spent, left] = await this.redis.chargeBudget(
        `${this.keyPrefix}analyst-cost:${personId}`,
        cost,
        this.windowSeconds,
        this.limit,
      );
      return ok === 1
        ? { ok: true, spent: Number(spent) }
        : { ok: false, spent: Number(spent), retryAfterSeconds: Math.max(1, Number(left)) };
    } catch (err) {
      // The budget is a brake on wide queries, not an access control: with Redis unreachable,
      // analysts keep the per-query limits only, and the log says so.
      this.log(`analyst budget not charged (redis: ${err instanceof Error ? err.message : String(err)})`);
      return { ok: true, spent: -1 };
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Redis when REDIS_URL is set, PostgreSQL otherwise (a single instance needs nothing else). */
export function createBudget(config: Config, em: () => EntityManager, log: (line: string) => void): CostBudget {
  const { cost, windowSeconds } = config.analystBudget;
  return config.redis
    ? new RedisBudget(config.redis.url, config.redis.keyPrefix, cost, windowSeconds, log)
    : new PostgresBudget(em, cost, windowSeconds);
}
