import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { normaliseUsername } from './account.entity';

/** The throttle's answer before a password is checked. */
export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/** How often expired counters are deleted from PostgreSQL, and how long after expiry. */
const SWEEP_EVERY_MS = 5 * 60_000;
const SWEEP_AFTER_MS = 60 * 60_000;

/**
 * The unit a client address is counted in: an IPv4 address as such, an IPv6 address by its /64
 * network (what one subscriber holds, and may rotate through at will).
 */
export function addressUnit(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  const bare = ip.replace(/%.*$/, '');
  if (!isIPv6(bare)) return ip;
  const [head, tail] = bare.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? h : [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Failed sign-ins, counted per username and per client address in a store every instance shares
 * (PostgreSQL, or Redis when REDIS_URL is set). Keys are keyed hashes: the store holds no
 * username and no address. The account's count is reserved before the password is checked, so
 * parallel guesses cannot outrun it; the address's is read before and counted after a failure.
 */
export class LoginThrottle {
  private readonly hmacKey: Buffer;

  constructor(
    readonly store: 'postgresql' | 'redis',
    private readonly byAccount: RateLimiterAbstract,
    private readonly byAddress: RateLimiterAbstract,
    readonly limits: Config['loginThrottle'],
    secret: Uint8Array,
    private readonly onClose: () => Promise<void>,
  ) {
    this.hmacKey = createHmac('sha256', secret).update('gongzhi login throttle').digest();
  }

  /** The store key of a username (normalised as `login` looks it up) or of an address unit. */
  private key(kind: 'account' | 'address', value: string): string {
    return createHmac('sha256', this.hmacKey).update(`${kind}\u0000${value}`).digest('base64url');
  }

  private accountKey(username: string): string {
    return this.key('account', normaliseUsername(username));
  }

  private addressKey(ip: string | undefined): string {
    return this.key('address', addressUnit(ip));
  }

  /**
   * Before the password check: refused while the address or the username is over its limit
   * (the same for unknown usernames); otherwise one of the username's attempts is reserved.
   */
  async admit(username: string, ip: string | undefined): Promise<Admission> {
    const addressKey = this.addressKey(ip);
    const atAddress = await this.byAddress.get(addressKey);
    if (atAddress && atAddress.consumedPoints >= this.limits.maxFailuresPerAddress) return refused(atAddress);
    try {
      await this.byAccount.consume(this.accountKey(username));
      return { ok: true };
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      // Knocking on a locked account is a failure of this address too.
      await this.byAddress.penalty(addressKey);
      return refused(err);
    }
  }

  /** After a wrong password: the address's failure (the username's was reserved by `admit`). */
  async failed(ip: string | undefined): Promise<void> {
    await this.byAddress.penalty(this.addressKey(ip));
  }

  /** After a successful sign-in: the username's count starts again (the address's does not). */
  async succeeded(username: string): Promise<void> {
    await this.byAccount.delete(this.accountKey(username));
  }

  /** Releases the store's connection or timer. */
  close(): Promise<void> {
    return this.onClose();
  }
}

const refused = (res: RateLimiterRes): Admission => ({
  ok: false,
  retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/** Counters in PostgreSQL (table login_throttle, made by a migration), through the ORM's pool. */
function postgresThrottle(config: Config, orm: MikroORM): LoginThrottle {
  const { maxFailuresPerAccount, maxFailuresPerAddress, lockoutSeconds } = config.loginThrottle;
  const knex = orm.em.getKnex('write');
  const common = {
    storeClient: knex,
    storeType: 'knex',
    tableName: 'login_throttle',
    tableCreated: true,
    clearExpiredByTimeout: false,
    duration: lockoutSeconds,
  };
  const byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: maxFailuresPerAccount });
  const byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: maxFailuresPerAddress });
  const sweep = setInterval(() => {
    knex.raw('delete from login_throttle where expire < ?', [Date.now() - SWEEP_AFTER_MS]).catch(() => undefined);
  }, SWEEP_EVERY_MS);
  sweep.unref();
  return new LoginThrottle('postgresql', byAccount, byAddress, config.loginThrottle, config.jwtSecret, async () =>
    clearInterval(sweep),
  );
}

/**
 * Counters in Redis (keys expire with their window). While Redis is unreachable, each instance
 * counts in its own memory instead: sign-ins stay throttled, per instance.
 */
function redisThrottle(config: Config, url: string, keyPrefix: string, log: (line: string) => void): LoginThrottle {
  const { maxFailuresPerAccount, maxFailuresPerAddress, lockoutSeconds } = config.loginThrottle;
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
  redis.on('error', (err: Error) => log(`login throttle: redis: ${err.message}`));
  const limiter = (kind: string, points: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${keyPrefix}login-${kind}`,
      points,
      duration: lockoutSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `login-${kind}`, points, duration: lockoutSeconds }),
    });
  const close = async () => {
    await redis.quit().catch(() => redis.disconnect());
  };
  return new LoginThrottle(
    'redis',
    limiter('account', maxFailuresPerAccount),
    limiter('address', maxFailuresPerAddress),
    config.loginThrottle,
    config.jwtSecret,
    close,
  );
}

/** Redis when REDIS_URL is set, PostgreSQL otherwise. */
export function createLoginThrottle(config: Config, orm: MikroORM, log: (line: string) => void): LoginThrottle {
  return config.redis
    ? redisThrottle(config, config.redis.url, config.redis.keyPrefix, log)
    : postgresThrottle(config, orm);
}
