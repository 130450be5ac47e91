import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Counters of failed sign-ins, in the table layout of rate-limiter-flexible's PostgreSQL store
 * (key, points, expiry in epoch milliseconds; the columns in this order). Keys are keyed hashes,
 * never a username or an address. Written only by the login throttle.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottleCounter {
  @PrimaryKey({ length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
