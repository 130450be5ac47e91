import type { Knex } from '@mikro-orm/postgresql';

const BATCH = 2000;

/** Inserts rows in batches and returns the generated ids, in order. */
export async function insertRows(knex: Knex, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const got: { id: number }[] = await knex(table)
      .insert(rows.slice(i, i + BATCH))
      .returning('id');
    ids.push(...got.map((r) => r.id));
  }
  return ids;
}
