import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Scope } from '../auth/scopes';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { Organisation } from '../modules/organisations';
import { DEFAULT_TOKEN_DAYS, issueToken } from '../modules/tokens';

const USAGE = `Issue a partner token (for bootstrapping an integration):

  npm run token -- --organisation <id> --name <name> --scopes <SCOPE,...> [--days <1-366>]

Scopes: ${Object.values(Scope).join(', ')}
The secret is printed once; only its SHA-256 digest is stored.`;

/** Issues a token for an approved organisation, straight against the database. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organisation: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      days: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.organisation || !values.name || !values.scopes) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const scopes = values.scopes.split(',').map((s) => s.trim().toUpperCase());
  const unknown = scopes.filter((s) => !(Object.values(Scope) as string[]).includes(s));
  if (unknown.length) throw new Error(`unknown scope(s): ${unknown.join(', ')}`);
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  const db = await openDatabase(config, () => undefined);
  try {
    const em = db.orm.em.fork();
    const org = await em.findOne(Organisation, { id: Number(values.organisation) });
    if (!org) throw new Error(`no organisation has the id ${values.organisation}`);
    const { token, secret } = await issueToken(
      em,
      org,
      { name: values.name, scopes: scopes as Scope[], expiresInDays: Number(values.days ?? DEFAULT_TOKEN_DAYS) },
      null,
    );
    console.log(
      `Token ${token.id} for ${org.name} (${token.scopes.join(', ')}), expires ${token.expiresAt.toISOString()}`,
    );
    console.log(`Secret (shown once): ${secret}`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(`token: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
