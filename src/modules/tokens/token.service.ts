import type { EntityManager } from '@mikro-orm/postgresql';
import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { Organisation, OrganisationStatus } from '../organisations';
import { Person } from '../people';
import { ApiToken } from './api-token.entity';
import { MAX_TOKEN_DAYS, type IssueTokenInput } from './token.inputs';
import { newSecret } from './token-secret';

/** A token with its secret, shown this once. */
export interface IssuedToken {
  token: ApiToken;
  secret: string;
}

/** Issues a token for an active organisation (used by the API and the bootstrap CLI). */
export async function issueToken(
  em: EntityManager,
  org: Organisation,
  input: Omit<IssueTokenInput, 'organisationId'>,
  createdBy: number | null,
): Promise<IssuedToken> {
  const name = input.name.trim();
  if (!name || name.length > 80)
    throw badInput('TOKENS.BAD_NAME', 'The name must be 1–80 characters.', [
      { field: 'name', message: '1–80 characters' },
    ]);
  const scopes = [...new Set(input.scopes)];
  if (!scopes.length || scopes.some((s) => !Object.values(Scope).includes(s))) {
    throw badInput('TOKENS.BAD_SCOPES', 'Give at least one scope.', [
      { field: 'scopes', message: 'one or more Scope values' },
    ]);
  }
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
    throw badInput('TOKENS.BAD_EXPIRY', `A token lasts 1–${MAX_TOKEN_DAYS} days.`, [
      { field: 'expiresInDays', message: `1–${MAX_TOKEN_DAYS}` },
    ]);
  }
  if (org.status !== OrganisationStatus.ACTIVE)
    throw conflict('ORG.NOT_ACTIVE', 'Only an approved organisation can have tokens.');
  const { secret, digest, prefix } = newSecret();
  const token = await em.transactional(async (tx) => {
    await lockParent(tx, 'organisation', org.id);
    await assertRoom(tx, CAP.organisationTokens, `select count(*) as n from api_token where organisation_id = ?`, [
      org.id,
    ]);
    const created = tx.create(ApiToken, {
      organisation: tx.getReference(Organisation, org.id),
      name,
      prefix,
      digest,
      scopes,
      createdBy: createdBy === null ? null : tx.getReference(Person, createdBy),
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
    });
    await tx.flush();
    return created;
  });
  return { token, secret };
}

/** The rules of partner tokens. */
export class TokenService {
  constructor(private readonly ctx: Context) {}

  async issue(input: IssueTokenInput): Promise<IssuedToken> {
    const org = await this.organisation(input.organisationId);
    const issued = await issueToken(this.ctx.em, org, input, this.ctx.viewer.personId);
    this.ctx.audit.target(issued.token.id);
    return issued;
  }

  async byId(id: string): Promise<ApiToken> {
    const token = await this.ctx.em.findOne(ApiToken, { id: parseId(id) }, { populate: ['organisation'] });
    if (!token) throw notFound('TOKENS.UNKNOWN_TOKEN', `No token has the id ${id}.`);
    this.ctx.audit.scope((token.organisation as Organisation).divisionPath);
    return token;
  }

  /** Revokes at once; revoking twice is a CONFLICT. */
  async revoke(id: string): Promise<ApiToken> {
    const token = await this.byId(id);
    if (token.revokedAt) throw conflict('TOKENS.ALREADY_REVOKED', 'The token was already revoked.');
    token.revokedAt = new Date();
    await this.ctx.em.flush();
    return token;
  }

  /** An organisation's tokens, newest first (never their secrets). */
  async list(organisationId: string): Promise<ApiToken[]> {
    const org = await this.organisation(organisationId);
    return this.ctx.em.find(ApiToken, { organisation: org.id }, { orderBy: { id: 'desc' } });
  }

  async organisation(id: string): Promise<Organisation> {
    const org = await this.ctx.loaders.organisationById.load(parseId(id, 'organisationId'));
    if (!org) throw notFound('ORG.UNKNOWN_ORGANISATION', `No organisation has the id ${id}.`);
    this.ctx.audit.scope(org.divisionPath);
    return org;
  }
}
