import { createHash, randomBytes } from 'node:crypto';

/** Every partner token secret starts with this, so it is recognisable in logs and scanners. */
export const TOKEN_PREFIX = 'gz_';
const SHAPE = /^gz_[A-Za-z0-9_-]{43}$/;

/** A new random secret (256 bits) and what is stored of it. */
export function newSecret(): { secret: string; digest: string; prefix: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, digest: digestOf(secret), prefix: secret.slice(0, 8) };
}

/** SHA-256 of a secret, hex: the only form in which it is stored. */
export function digestOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when `value` has the shape of a partner token secret. */
export function looksLikeSecret(value: string): boolean {
  return SHAPE.test(value);
}
