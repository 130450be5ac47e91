import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { AdministratorRefused, createAdministrator } from '../modules/auth';

const USAGE = 'usage: npm run admin:create -- --username <username> --name <full name>';

/**
 * Creates the first real administrator (BUREAU_ADMIN at the city) on DATABASE_URL or the embedded
 * database, and prints its one-time password: shown here once, stored only as an Argon2id hash.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } }, strict: true });
  if (!values.username || !values.name) throw new AdministratorRefused(USAGE);
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  // Migration notes go to stderr: stdout carries only the result.
  const db = await openDatabase(config, (l) => console.error(l));
  try {
    const admin = await createAdministrator(db.orm.em.fork(), { username: values.username, name: values.name });
    console.log(
      `Created the administrator "${admin.username}" (person ${admin.personId}): BUREAU_ADMIN at ${admin.divisionName} (${admin.divisionCode}).`,
    );
    console.log('One-time password (shown only now and stored only as a hash; sign in with it and keep it safe):');
    console.log(`  ${admin.secret}`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`admin:create: ${message}`);
  process.exit(err instanceof AdministratorRefused ? 2 : 1);
});
