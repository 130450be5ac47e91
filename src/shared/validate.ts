import { isIsoDate } from './dates';
import { badInput } from './errors';

/** Trimmed text of `min`–`max` characters; BAD_USER_INPUT (`INPUT.BAD_LENGTH`) otherwise. */
export function text(value: string, field: string, min: number, max: number): string {
  const t = value.trim();
  if (t.length < min || t.length > max)
    throw badInput('INPUT.BAD_LENGTH', `${field} must be ${min}–${max} characters.`, [
      { field, message: `${min}–${max} characters` },
    ]);
  return t;
}

/** A calendar date written YYYY-MM-DD; BAD_USER_INPUT (`INPUT.BAD_DATE`) otherwise. */
export function isoDate(value: string, field: string): string {
  if (!isIsoDate(value))
    throw badInput('INPUT.BAD_DATE', `${field} must be a date written YYYY-MM-DD.`, [{ field, message: 'YYYY-MM-DD' }]);
  return value;
}

/** A whole number from `min` to `max`; BAD_USER_INPUT (`INPUT.OUT_OF_RANGE`) otherwise. */
export function wholeNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput('INPUT.OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max}.`, [
      { field, message: `${min}–${max}` },
    ]);
  return value;
}
