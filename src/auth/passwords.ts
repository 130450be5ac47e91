import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
const DUMMY = hash('not-a-real-password-used-to-equalise-timing');

/** Hashes a password with Argon2id (PHC string with its own salt). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password; with no stored hash, still spends the same time and answers false. */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await DUMMY, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
