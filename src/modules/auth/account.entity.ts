import { Entity, OneToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { Person } from '../people';

/** A username as accounts are stored and looked up: trimmed, lower case. */
export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

/** Sign-in credentials of a person. Never exposed through GraphQL. */
@Entity({ tableName: 'account' })
export class Account extends BaseEntity {
  @OneToOne(() => Person, { owner: true, unique: true })
  person!: Rel<Person>;

  @Property({ length: 60, unique: true })
  username!: string;

  /** Argon2id hash (PHC string). */
  @Property({ length: 200 })
  passwordHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  /**
   * Sessions carry the version they were signed with; signing out bumps it, so every instance
   * refuses the person's earlier sessions at once (it is read with the grants, per request).
   */
  @Property({ type: 'integer', default: 0 })
  sessionVersion: Opt<number> = 0;

  /**
   * A demo account, whose password is published: created only outside production; a production
   * server refuses to start while one exists.
   */
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}
