import { checkPassword } from '../../auth/passwords';
import { grantsOf } from '../../auth/resolve-viewer';
import { signSession } from '../../auth/session';
import { Viewer } from '../../auth/viewer';
import type { Context } from '../../context';
import { AppError, badInput, unauthenticated } from '../../shared/errors';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { RoleAssignment } from '../roles';
import { Account, normaliseUsername } from './account.entity';
import { type Me, type Session, ViewerKind } from './auth.types';

/** RATE_LIMITED (HTTP 429, `Retry-After`): too many failed sign-ins for this username or from this address. */
export function tooManyAttempts(retryAfterSeconds: number): AppError {
  const err = new AppError(
    'RATE_LIMITED',
    'AUTH.TOO_MANY_ATTEMPTS',
    `Too many failed sign-ins. Try again in ${retryAfterSeconds} s.`,
  );
  Object.assign(err.extensions, {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
  return err;
}

/** Sign-in and the caller's identity. */
export class AuthService {
  constructor(private readonly ctx: Context) {}

  /**
   * Checks a username and password; the same refusal for unknown users and wrong passwords, and
   * RATE_LIMITED (before the password is checked) after too many failures for the username or
   * from the address. Failures are audited with the person as target when the username exists.
   */
  async login(username: string, password: string): Promise<Session> {
    if (!username || username.length > 60 || !password || password.length > 200) {
      throw badInput('AUTH.BAD_CREDENTIALS_SHAPE', 'Give a username (≤ 60) and a password (≤ 200 characters).');
    }
    const account = await this.ctx.em.findOne(
      Account,
      { username: normaliseUsername(username) },
      { populate: ['person'] },
    );
    if (account) this.ctx.audit.target(account.person.id);
    const throttle = this.ctx.loginThrottle;
    const admission = (await throttle?.admit(username, this.ctx.clientAddress)) ?? { ok: true };
    if (!admission.ok) throw tooManyAttempts(admission.retryAfterSeconds);
    if (!(await checkPassword(account?.passwordHash ?? null, password)) || !account) {
      await throttle?.failed(this.ctx.clientAddress);
      throw unauthenticated('AUTH.BAD_CREDENTIALS', 'Wrong username or password.');
    }
    await throttle?.succeeded(username);
    account.lastLoginAt = new Date();
    await this.ctx.em.flush();
    const { token, expiresAt } = await signSession(account.person.id, this.ctx.config, account.sessionVersion);
    // The rest of this response is read as the person who just signed in.
    this.ctx.viewer = Viewer.person(account.person.id, (await grantsOf(this.ctx.em, account.person.id)) ?? []);
    return { token, expiresAt, person: account.person as Person };
  }

  /** Signs the caller out everywhere: every session they hold stops working on every instance at once. */
  async signOut(): Promise<boolean> {
    const personId = this.ctx.viewer.personId!;
    await this.ctx.em
      .getConnection()
      .execute('update account set session_version = session_version + 1 where person_id = ?', [personId]);
    this.ctx.audit.target(personId);
    return true;
  }

  /** The caller, with roles (people) or organisation and scopes (tokens). */
  async me(): Promise<Me> {
    const v = this.ctx.viewer;
    if (v.kind === 'token') {
      const organisation = await this.ctx.em.findOneOrFail(Organisation, { id: v.tokenOrganisationId! });
      return { kind: ViewerKind.TOKEN, person: null, roles: [], organisation, scopes: [...v.scopes!] };
    }
    const person = await this.ctx.em.findOneOrFail(Person, { id: v.personId! });
    const roles = await this.ctx.loaders.activeRolesOfPerson.load(person.id);
    return { kind: ViewerKind.PERSON, person, roles: roles as RoleAssignment[], organisation: null, scopes: null };
  }
}
