import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getArgumentValues, type FieldNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context';
import { AuditEntry } from './audit-entry.entity';

const TARGET_KEY = /^(id|code)$|(Id|Code|Ids|Codes)$/;
import { CITY_PATH } from '../tree/division.constants';

function collectTargets(value: unknown, key: string, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectTargets(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectTargets(v, k, out);
  else if ((typeof value === 'string' || typeof value === 'number') && TARGET_KEY.test(key)) out.add(String(value).slice(0, 40));
}

/** The audit rows for one mutation operation: one per root field, with its outcome. */
export function auditRows(rc: GraphQLRequestContextWillSendResponse<Context>): Partial<AuditEntry>[] {
  const op = rc.operation as OperationDefinitionNode;
  const ctx = rc.contextValue;
  const mutation = rc.schema.getMutationType();
  if (!mutation) return [];
  const body = rc.response.body;
  const errors: readonly GraphQLFormattedError[] = (body.kind === 'single' ? body.singleResult.errors : undefined) ?? rc.errors ?? [];
  const v = ctx.viewer;
  const scopePath = ctx.audit.scopePath ?? v.rootPaths()[0] ?? CITY_PATH;
  return op.selectionSet.selections
    .filter((s): s is FieldNode => s.kind === 'Field')
    .map((field) => {
      const alias = field.alias?.value ?? field.name.value;
      const targets = new Set<string>(ctx.audit.targets);
      const def = mutation.getFields()[field.name.value];
      if (def) {
        try {
          collectTargets(getArgumentValues(def, field, rc.request.variables ?? {}), '', targets);
        } catch {
          // Arguments that do not coerce were refused before execution; nothing more to record.
        }
      }
      const error = errors.find((e) => e.path?.[0] === alias) ?? (errors.length && !hasData(body) ? errors[0] : undefined);
      const code = error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
      return {
        actorPersonId: v.personId,
        actorTokenId: v.tokenId,
        operation: field.name.value,
        targetIds: [...targets].slice(0, 20),
        outcome: code,
        reason: error ? ((error.extensions?.reason as string | undefined) ?? null) : null,
        scopePath,
        requestId: ctx.requestId,
      };
    });
}

/** True when the response carries data (so errors are per field, not for the whole operation). */
function hasData(body: GraphQLRequestContextWillSendResponse<Context>['response']['body']): boolean {
  return body.kind === 'single' && body.singleResult.data != null;
}

/** Appends one audit entry per mutation field, successful or refused, after the response is settled. */
export function auditPlugin(rootEm: () => EntityManager, onError: (err: unknown) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          if (rc.operation?.operation !== 'mutation') return;
          const rows = auditRows(rc);
          if (!rows.length) return;
          try {
            await rootEm().fork().insertMany(AuditEntry, rows);
          } catch (err) {
            onError(err);
          }
        },
      };
    },
  };
}
