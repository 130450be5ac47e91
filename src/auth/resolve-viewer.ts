import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { Organisation } from '../modules/organisations/organisation.entity';
import { OrganisationStatus } from '../modules/organisations/organisation.enums';
import { Person } from '../modules/people/person.entity';
import { RoleAssignment } from '../modules/roles/role-assignment.entity';
import { activeTermFilter } from '../modules/roles/role.loaders';
import { ApiToken } from '../modules/tokens/api-token.entity';
import { digestOf, looksLikeSecret, TOKEN_PREFIX } from '../modules/tokens/token-secret';
import { unauthenticated } from '../shared/errors';
import { verifySession, withStatus } from './session';
import { Viewer, type Grant } from './viewer';

/** How often a token's `lastUsedAt` is refreshed at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

const bad = (reason: string, message: string) => withStatus(unauthenticated(reason, message));

/** The active grants of a person: one per role assignment whose term covers today. */
export async function grantsOf(em: EntityManager, personId: number): Promise<Grant[]> {
  const rows = await em.find(RoleAssignment, { person: personId, ...activeTermFilter() }, { orderBy: { id: 'asc' } });
  return rows.map((r) => ({ role: r.role, path: r.scopePath, organisationId: r.organisation?.id ?? null, divisionId: r.division?.id ?? null }));
}

async function tokenViewer(em: EntityManager, secret: string): Promise<Viewer> {
  if (!looksLikeSecret(secret)) throw bad('AUTH.BAD_TOKEN', 'The partner token is malformed.');
  const token = await em.findOne(ApiToken, { digest: digestOf(secret) }, { populate: ['organisation'] });
  if (!token) throw bad('AUTH.BAD_TOKEN', 'The partner token is not valid.');
  const now = new Date();
  if (token.revokedAt) throw bad('AUTH.TOKEN_REVOKED', 'The partner token has been revoked.');
  if (token.expiresAt <= now) throw bad('AUTH.TOKEN_EXPIRED', 'The partner token has expired.');
  const org = token.organisation as Organisation;
  if (org.status !== OrganisationStatus.ACTIVE) throw bad('AUTH.ORGANISATION_INACTIVE', "The token's organisation is not active.");
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
  const personId = await verifySession(credential, config);
  const person = await em.findOne(Person, { id: personId }, { fields: ['id'] });
  if (!person) throw bad('AUTH.BAD_TOKEN', 'The session belongs to no one.');
  return Viewer.person(personId, await grantsOf(em, personId));
}
