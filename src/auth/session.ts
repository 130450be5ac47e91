import { errors, jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config';
import { unauthenticated } from '../shared/errors';

const ISSUER = 'gongzhi';
const AUDIENCE = 'gongzhi:api';

/** Signs a short-lived session token for a person, at their account's session version. */
export async function signSession(
  personId: number,
  config: Pick<Config, 'jwtSecret' | 'jwtTtlSeconds'>,
  version = 0,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + config.jwtTtlSeconds * 1000);
  const token = await new SignJWT({ sv: version })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(personId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(config.jwtSecret);
  return { token, expiresAt };
}

/** The person id and session version of a valid session token; UNAUTHENTICATED otherwise. */
export async function verifySession(
  token: string,
  config: Pick<Config, 'jwtSecret'>,
): Promise<{ personId: number; version: number }> {
  try {
    const { payload } = await jwtVerify(token, config.jwtSecret, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const id = Number(payload.sub);
    if (!Number.isSafeInteger(id) || id <= 0) throw new Error('bad subject');
    const version = payload.sv === undefined ? 0 : Number(payload.sv);
    if (!Number.isSafeInteger(version) || version < 0) throw new Error('bad session version');
    return { personId: id, version };
  } catch (err) {
    if (err instanceof errors.JWTExpired)
      throw withStatus(unauthenticated('AUTH.SESSION_EXPIRED', 'The session has expired: sign in again.'));
    throw withStatus(unauthenticated('AUTH.BAD_TOKEN', 'The bearer token is not valid.'));
  }
}

/** Marks an authentication error to be answered with HTTP 401. */
export function withStatus<E extends Error & { extensions: Record<string, unknown> }>(err: E): E {
  (err.extensions as Record<string, unknown>).http = { status: 401 };
  return err;
}
