import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../modules/auth';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { checkPassword } from './passwords';

/**
 * Usernames of the accounts whose password is published: those marked as demo accounts, and any
 * account with a demo username whose hash verifies against the demo password (a database seeded
 * before accounts were marked). At most six Argon2 checks.
 */
export async function accountsWithKnownPasswords(em: EntityManager): Promise<string[]> {
  const demoNames = DEMO_ACCOUNTS.map((a) => a.username);
  const accounts = await em.find(
    Account,
    { $or: [{ demo: true }, { username: { $in: demoNames } }] },
    { orderBy: { username: 'asc' } },
  );
  const known: string[] = [];
  for (const a of accounts) if (a.demo || (await checkPassword(a.passwordHash, DEMO_PASSWORD))) known.push(a.username);
  return known;
}

/** The reason a production server will not start on this database, or null when it may. */
export async function knownPasswordRefusal(em: EntityManager): Promise<string | null> {
  const known = await accountsWithKnownPasswords(em);
  if (!known.length) return null;
  const list = known.map((u) => `'${u.replace(/'/g, "''")}'`).join(', ');
  return (
    `refusing to start in production: the database holds ${known.length} account(s) whose password is published ` +
    `(the demo accounts: ${known.join(', ')}), so anyone could sign in as them. ` +
    `Delete those logins (e.g. \`delete from account where username in (${list})\`), ` +
    'then create the first administrator with `npm run admin:create -- --username <username> --name <name>`.'
  );
}
