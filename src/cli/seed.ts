import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { isEmpty, seedCity } from '../db/seed/city.seeder';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';

/** Seeds the city into an empty database; `--fresh` drops everything first and re-applies the migrations. */
async function main(): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  const db = await openDatabase(config, (l) => console.log(l));
  try {
    if (fresh) {
      await db.orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
      await db.orm.getMigrator().up();
    }
    const em = db.orm.em.fork();
    if (!(await isEmpty(em))) {
      console.log('The database already holds a city; use `npm run seed -- --fresh` to start over.');
      return;
    }
    const bar = new SingleBar({ format: '  {bar} {percentage}% | {step}' }, Presets.shades_classic);
    const started = Date.now();
    bar.start(1, 0, { step: '' });
    // The demo people get their logins (published password) only outside production.
    await seedCity(
      em,
      (done, total, step) => {
        bar.setTotal(total);
        bar.update(done, { step });
      },
      { demoLogins: config.env !== 'production' },
    );
    bar.stop();
    console.log(`Seeded the city in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(`seed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
