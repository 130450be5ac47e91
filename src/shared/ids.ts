import { badInput } from './errors';

/** Parses a numeric id argument; BAD_USER_INPUT when it is not one. */
export function parseId(id: string, field = 'id'): number {
  const n = Number(id);
  if (!/^\d{1,10}$/.test(id) || !Number.isSafeInteger(n) || n > 2_147_483_647) {
    throw badInput('INPUT.BAD_ID', `"${String(id).slice(0, 20)}" is not an id.`, [
      { field, message: 'a positive integer id' },
    ]);
  }
  return n;
}
