import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { Organisation, OrganisationStatus } from '../modules/organisations';
import { today } from '../shared/dates';
import { ApiToken, digestOf, looksLikeSecret, TOKEN_PREFIX } from '../modules/tokens';
import { unauthenticated } from '../shared/errors';
import type { Role } from './roles';
import { verifySession, withStatus } from './session';
import { Viewer, type Grant } from './viewer';

/** How often a token's `lastUsedAt` is refreshed at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

const bad = (reason: string, message: string) => withStatus(unauthenticated(reason, message));

interface GrantRow {
  role: Role | null;
  scope_path: string;
  organisation_id: number | null;
  division_id: number | null;
  session_version: number | null;
}

/**
 * The active grants of a person (one per role assignment whose term covers today) and their
 * account's session version, or null when no such person exists — one round trip.
 */
async function grantsAndSessionVersion(
  em: EntityManager,
  personId: number,
): Promise<{ grants: Grant[]; sessionVersion: number } | null> {
  const day = today();
  const rows: GrantRow[] = await em.execute(
    `select r.role, r.scope_path, r.organisation_id, r.division_id, a.session_version
       from person p
       left join account a on a.person_id = p.id
       left join role_assignment r on r.person_id = p.id and r.starts_on <= ? and (r.ends_on is null or r.ends_on >= ?)
      where p.id = ?
      order by r.id`,
    [day, day, personId],
  );
  if (!rows.length) return null;
  const grants = rows
    .filter((r): r is GrantRow & { role: Role } => r.role !== null)
    .map((r) => ({ role: r.role, path: r.scope_path, organisationId: r.organisation_id, divisionId: r.division_id }));
  return { grants, sessionVersion: rows[0].session_version ?? 0 };
}

/** The active grants of a person, or null when no such person exists — one round trip. */
export async function grantsOf(em: EntityManager, personId: number): Promise<Grant[] | null> {
  return (await grantsAndSessionVersion(em, personId))?.grants ?? null;
}

async function tokenViewer(em: EntityManager, secret: string): Promise<Viewer> {
  if (!looksLikeSecret(secret)) throw bad('AUTH.BAD_TOKEN', 'The partner token is malformed.');
  const token = await em.findOne(ApiToken, { digest: digestOf(secret) }, { populate: ['organisation'] });
  if (!token) throw bad('AUTH.BAD_TOKEN', 'The partner token is not valid.');
  const now = new Date();
  if (token.revokedAt) throw bad('AUTH.TOKEN_REVOKED', 'The partner token has been revoked.');
  if (token.expiresAt <= now) throw bad('AUTH.TOKEN_EXPIRED', 'The partner token has expired.');
  const org = token.organisation as Organisation;
  if (org.status !== OrganisationStatus.ACTIVE)
    throw bad('AUTH.ORGANISATION_INACTIVE', "The token's organisation is not active.");
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  return Viewer.token(token.id, org.id, org.divisionPath, token.scopes);
}

/** Works out who is calling from the Authorization header; UNAUTHENTICATED (401) for bad credentials. */
export async function resolveViewer(header: string | undefined, em: EntityManager, config: Config): Promise<Viewer> {
  if (!header) return Viewer.anonymous();
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!match) throw bad('AUTH.BAD_HEADER', 'Send credentials as "Authorization: Bearer <token>".');
  const credential = match[1];
  if (credential.startsWith(TOKEN_PREFIX)) return tokenViewer(em, credential);
  const { personId, version } = await verifySession(credential, config);
  const found = await grantsAndSessionVersion(em, personId);
  if (!found) throw bad('AUTH.BAD_TOKEN', 'The session belongs to no one.');
  // Signed out since (on whichever instance): the version moved on.
  if (version !== found.sessionVersion)
    throw bad('AUTH.SESSION_REVOKED', 'This session has been signed out: sign in again.');
  return Viewer.person(personId, found.grants);
}
