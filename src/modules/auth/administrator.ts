import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/passwords';
import { Role } from '../../auth/roles';
import { today } from '../../shared/dates';
import { AuditEntry } from '../audit';
import { Person } from '../people';
import { RoleAssignment } from '../roles';
import { Division } from '../tree';
import { Account, normaliseUsername } from './account.entity';

/** The audit trail's operation for an administrator created from the command line (no actor). */
export const ADMIN_CREATE_OPERATION = 'cli:admin-create';

/** Usernames: lower-case letters, digits, `.`, `_` and `-`, 3–60 characters, starting with a letter or digit. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,59}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A new administrator; `secret` is its generated password, shown once and stored only as a hash. */
export interface NewAdministrator {
  personId: number;
  username: string;
  secret: string;
  divisionCode: string;
  divisionName: string;
}

/** A refusal of the command, with what to do about it. */
export class AdministratorRefused extends Error {}

/** A strong one-time password: 144 random bits, 24 URL-safe characters. */
export function generateSecret(): string {
  return randomBytes(18).toString('base64url');
}

/** Checks and normalises the username (as `login` does: trimmed, lower-case) and the person's name. */
function validated(input: { username: string; name: string }): { username: string; name: string } {
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username))
    throw new AdministratorRefused(
      'the username must be 3–60 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  const name = input.name.trim();
  if (!name || name.length > 60 || CONTROL.test(name))
    throw new AdministratorRefused('the name must be 1–60 characters, without control characters');
  return { username, name };
}

/**
 * Creates the first real administrator: a person with a login and the civil-affairs bureau's
 * administrator role (BUREAU_ADMIN) at the root of the tree, as the seeded `bureau.admin` holds it,
 * and an audit entry without an actor. Refuses a username that exists and a database without a city.
 */
export async function createAdministrator(
  em: EntityManager,
  input: { username: string; name: string },
): Promise<NewAdministrator> {
  const { username, name } = validated(input);
  const secret = generateSecret();
  const passwordHash = await hashPassword(secret);
  return em.transactional(async (tx) => {
    if (await tx.count(Account, { username }))
      throw new AdministratorRefused(`the username "${username}" is taken; choose another`);
    const city = await tx.findOne(Division, { parent: null }, { orderBy: { id: 'asc' } });
    if (!city)
      throw new AdministratorRefused(
        'the database holds no city yet: seed it first (`npm run seed`, or start the server with SEED_ON_START=true)',
      );
    const person = tx.create(Person, { name, home: city, homePath: city.path });
    tx.create(Account, { person, username, passwordHash });
    tx.create(RoleAssignment, {
      person,
      role: Role.BUREAU_ADMIN,
      division: city,
      organisation: null,
      scopePath: city.path,
      startsOn: today(),
    });
    await tx.flush();
    tx.create(AuditEntry, {
      at: new Date(),
      operation: ADMIN_CREATE_OPERATION,
      targetIds: [String(person.id)],
      outcome: 'OK',
      scopePath: city.path,
      actorPersonId: null,
      actorTokenId: null,
      requestId: null,
    });
    await tx.flush();
    return { personId: person.id, username, secret, divisionCode: city.code, divisionName: city.name };
  });
}
