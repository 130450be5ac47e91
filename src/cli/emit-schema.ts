import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildBareSchema } from '../schema';

/** Writes schema/schema.graphql from the code, or with --check fails when the committed file differs. */
async function main(): Promise<void> {
  const file = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
  const sdl = `${printSchema(lexicographicSortSchema(await buildBareSchema()))}\n`;
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema/schema.graphql has drifted from the code: run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date');
    return;
  }
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
