import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getArgumentValues,
  GraphQLError,
  parse,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import { Viewer } from '../../auth/viewer';
import type { Context } from '../../context';
import { CITY_PATH } from '../tree';
import { AuditEntry } from './audit-entry.entity';
import type { FieldAudit } from './audit.notes';

/** Argument values recorded as targets: ids and division codes (digits only, so never a secret). */
const TARGET_KEY = /^(id|code)$|(Id|Code|Ids|Codes)$/;
const TARGET_VALUE = /^\d{1,20}$/;

function collectTargets(value: unknown, key: string, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectTargets(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectTargets(v, k, out);
  else if (
    (typeof value === 'string' || typeof value === 'number') &&
    TARGET_KEY.test(key) &&
    TARGET_VALUE.test(String(value))
  )
    out.add(String(value));
}

/**
 * Wraps every Mutation field, outside the permission layer: opens the field's audit notes
 * and records its own outcome (OK, or the code of the error it ended with).
 */
export const auditMiddleware: Record<'Mutation', IMiddlewareFunction> = {
  Mutation: async (resolve, parent, args, ctx: Context, info) => {
    const notes = ctx.audit.begin(info.path.key as string, info.fieldName);
    try {
      const result = await resolve(parent, args, ctx, info);
      if (result instanceof Error) throw result;
      notes.outcome = 'OK';
      return result;
    } catch (err) {
      const ext = err instanceof GraphQLError ? err.extensions : {};
      notes.outcome = String(ext.code ?? 'INTERNAL_SERVER_ERROR');
      notes.reason = (ext.reason as string | undefined) ?? null;
      throw err;
    }
  },
};

/** One audit row, filed under the node acted on, else the caller's widest node, else the city. */
function row(v: Viewer, notes: FieldAudit, requestId: string): Partial<AuditEntry> {
  return {
    actorPersonId: v.personId,
    actorTokenId: v.tokenId,
    operation: notes.operation,
    targetIds: [...new Set(notes.targets)].slice(0, 20),
    outcome: notes.outcome ?? 'NOT_EXECUTED',
    reason: notes.reason ?? null,
    scopePath: notes.scopePath ?? v.rootPaths()[0] ?? CITY_PATH,
    requestId,
  };
}

/** Root mutation fields of an operation with the ids and codes of their arguments. */
function rootFields(
  schema: GraphQLSchema,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { key: string; notes: FieldAudit }[] {
  const mutation = schema.getMutationType();
  return op.selectionSet.selections
    .filter((s): s is FieldNode => s.kind === 'Field')
    .map((field) => {
      const targets = new Set<string>();
      const def = mutation?.getFields()[field.name.value];
      if (def) {
        try {
          collectTargets(getArgumentValues(def, field, variables), '', targets);
        } catch {
          // Arguments that do not coerce were refused before execution.
        }
      }
      return {
        key: field.alias?.value ?? field.name.value,
        notes: { operation: field.name.value, targets: [...targets] },
      };
    });
}

/** The audit rows of one mutation operation: one per root field, with its own outcome and node. */
export function auditRows(rc: GraphQLRequestContextWillSendResponse<Context>): Partial<AuditEntry>[] {
  const ctx = rc.contextValue;
  const body = rc.response.body;
  const errors: readonly GraphQLFormattedError[] =
    (body.kind === 'single' ? body.singleResult.errors : undefined) ?? [];
  const requestError = errors.find((e) => !e.path);
  return rootFields(rc.schema, rc.operation as OperationDefinitionNode, rc.request.variables ?? {}).map(
    ({ key, notes }) => {
      const ran = ctx.audit.fields.get(key);
      const merged: FieldAudit = ran ? { ...ran, targets: [...notes.targets, ...ran.targets] } : notes;
      if (!ran && requestError) {
        merged.outcome = String(requestError.extensions?.code ?? 'BAD_REQUEST');
        merged.reason = (requestError.extensions?.reason as string | undefined) ?? null;
      }
      return row(ctx.viewer, merged, ctx.requestId);
    },
  );
}

/** Appends the audit rows of a mutation refused before execution for its credentials. */
export async function auditRefusedMutation(
  em: EntityManager,
  schema: GraphQLSchema,
  body: unknown,
  error: GraphQLError,
  requestId: string,
): Promise<void> {
  const { query, operationName, variables } = (body ?? {}) as {
    query?: unknown;
    operationName?: unknown;
    variables?: unknown;
  };
  if (typeof query !== 'string' || query.length > 20_000) return;
  let op: OperationDefinitionNode | undefined;
  try {
    const ops = parse(query, { maxTokens: 3_000 }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    op =
      typeof operationName === 'string'
        ? ops.find((o) => o.name?.value === operationName)
        : ops.length === 1
          ? ops[0]
          : undefined;
  } catch {
    return;
  }
  if (op?.operation !== 'mutation') return;
  const vars = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {};
  const outcome = {
    outcome: String(error.extensions.code),
    reason: (error.extensions.reason as string | undefined) ?? null,
  };
  const rows = rootFields(schema, op, vars).map(({ notes }) =>
    row(Viewer.anonymous(), { ...notes, ...outcome }, requestId),
  );
  if (rows.length) await em.fork().insertMany(AuditEntry, rows);
}

/** Appends one audit entry per mutation field, successful or refused, before the response is sent. */
export function auditPlugin(rootEm: () => EntityManager, onError: (err: unknown) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          if (rc.operation?.operation !== 'mutation') return;
          try {
            const rows = auditRows(rc);
            if (rows.length) await rootEm().fork().insertMany(AuditEntry, rows);
          } catch (err) {
            onError(err);
          }
        },
      };
    },
  };
}
