import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../../context';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { analystOrganisations } from './analyst';
import { checkDeclared, checkDocument, resultJson, runAsCaller } from './run';
import { SavedQuery } from './saved-query.entity';
import { NAME_MAX, VARIABLES_MAX, type SaveQueryInput, type UpdateSavedQueryInput } from './saved-query.inputs';

/**
 * The most queries `savedQueries` lists: the caller's own, and those shared in each organisation
 * the caller is an analyst of.
 */
export const SAVED_QUERIES_LISTED_MAX =
  CAP.personSavedQueries.limit + CAP.analystOrganisations.limit * CAP.organisationSharedQueries.limit;

/** True when the caller may see, run and export `q`: its owner, or an analyst of its organisation once shared. */
export function canUse(ctx: Context, q: SavedQuery): boolean {
  if (q.owner.id === ctx.viewer.personId) return true;
  return q.shared && !!q.organisation && analystOrganisations(ctx.viewer).includes(q.organisation.id);
}

/** True when the caller owns `q` (only the owner changes, shares or deletes it). */
export function owns(ctx: Context, q: SavedQuery): boolean {
  return q.owner.id === ctx.viewer.personId;
}

function checkVariables(variables: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const v = variables ?? {};
  if (JSON.stringify(v).length > VARIABLES_MAX)
    throw badInput('ANALYSTS.VARIABLES_TOO_LARGE', `Variables must take at most ${VARIABLES_MAX} characters as JSON.`, [
      { field: 'variables', message: `≤ ${VARIABLES_MAX} characters` },
    ]);
  return v;
}

/** Analysts' saved queries: save, change, share, delete, list and run. */
export class SavedQueryService {
  constructor(private readonly ctx: Context) {}

  async byId(id: string): Promise<SavedQuery> {
    const found = await this.ctx.em.findOne(SavedQuery, { id: parseId(id) });
    if (!found) throw notFound('ANALYSTS.UNKNOWN_QUERY', `No saved query has the id ${id}.`);
    return found;
  }

  /** The caller's own queries and those shared with them, by name. */
  list(): Promise<SavedQuery[]> {
    const orgs = analystOrganisations(this.ctx.viewer);
    return this.ctx.em.find(
      SavedQuery,
      {
        $or: [
          { owner: this.ctx.viewer.personId! },
          ...(orgs.length ? [{ shared: true, organisation: { $in: orgs } }] : []),
        ],
      },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
  }

  /** Saves a checked query under the caller, in their (first) organisation as an analyst. */
  async save(schema: GraphQLSchema, input: SaveQueryInput): Promise<SavedQuery> {
    const name = text(input.name, 'name', 1, NAME_MAX);
    const variables = checkVariables(input.variables);
    const { operation } = checkDocument(schema, input.document, 'document', variables);
    checkDeclared(operation, variables);
    const [orgId] = analystOrganisations(this.ctx.viewer);
    const owner = this.ctx.viewer.personId!;
    const q = await this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'person', owner);
      await assertRoom(em, CAP.personSavedQueries, `select count(*) as n from saved_query where owner_id = ?`, [owner]);
      const created = em.create(SavedQuery, {
        owner: em.getReference(Person, owner),
        organisation: orgId ? em.getReference(Organisation, orgId) : null,
        name,
        document: input.document,
        variables,
      });
      await flushUnique(em, name);
      return created;
    });
    this.ctx.audit.target(q.id);
    return q;
  }

  async update(schema: GraphQLSchema, id: string, input: UpdateSavedQueryInput): Promise<SavedQuery> {
    const q = await this.byId(id);
    if (input.name != null) q.name = text(input.name, 'name', 1, NAME_MAX);
    const document = input.document ?? q.document;
    const variables = input.variables != null ? checkVariables(input.variables) : q.variables;
    const { operation } = checkDocument(schema, document, 'document', variables);
    checkDeclared(operation, variables);
    q.document = document;
    q.variables = variables;
    await flushUnique(this.ctx.em, q.name);
    this.ctx.audit.target(q.id);
    return q;
  }

  /** Shares a query with the analysts of its organisation, or stops sharing it. */
  async share(id: string, shared: boolean): Promise<SavedQuery> {
    const q = await this.byId(id);
    if (shared && !q.organisation)
      throw conflict(
        'ANALYSTS.NO_ORGANISATION',
        'This query was saved outside any organisation: there is no one to share it with.',
      );
    if (shared && !q.shared) {
      const orgId = q.organisation!.id;
      await this.ctx.em.transactional(async (em) => {
        await lockParent(em, 'organisation', orgId);
        await assertRoom(
          em,
          CAP.organisationSharedQueries,
          `select count(*) as n from saved_query where organisation_id = ? and shared`,
          [orgId],
        );
        await em.nativeUpdate(SavedQuery, { id: q.id }, { shared: true });
      });
    }
    q.shared = shared;
    await this.ctx.em.flush();
    this.ctx.audit.target(q.id);
    return q;
  }

  async delete(id: string): Promise<string> {
    const q = await this.byId(id);
    this.ctx.audit.target(q.id);
    await this.ctx.em.remove(q).flush();
    return id;
  }

  /** Runs a query as the caller (see runAsCaller): `{ data, errors? }`. */
  async run(
    schema: GraphQLSchema,
    id: string,
    variables: Record<string, unknown> | null | undefined,
  ): Promise<Record<string, unknown>> {
    const q = await this.byId(id);
    const { result } = await runAsCaller(this.ctx, schema, q.document, q.variables, checkVariables(variables));
    return resultJson(result);
  }
}

/** Flushes `em`, answering a second query of the same name as CONFLICT (ANALYSTS.NAME_TAKEN). */
async function flushUnique(em: EntityManager, name: string): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw conflict('ANALYSTS.NAME_TAKEN', `You already have a saved query named “${name}”.`);
    throw err;
  }
}
