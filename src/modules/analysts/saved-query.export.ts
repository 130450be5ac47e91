import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { requestContext, type Context, type ContextSource } from '../../context';
import type { Logger } from '../../observability/logger';
import { csvWriter, type CsvWriter } from '../../shared/csv';
import { sendError } from '../../shared/http-errors';
import { assertCleanValue } from '../../shared/input-text';
import { KNOWN_CODES } from '../../shared/limits';
import { isAnalyst } from './analyst';
import { cellsOf, findList, headerOf, nextPage, type FoundList } from './result-list';
import { runAsCaller } from './run';
import { canUse, SavedQueryService } from './saved-query.service';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

type Refusal = { status: number; code: string; reason: string; message: string; headers?: Map<string, string> };
const refuse = (status: number, code: string, reason: string, message: string): Refusal => ({
  status,
  code,
  reason,
  message,
});

function send(res: express.Response, r: Refusal): void {
  for (const [k, v] of r.headers ?? []) res.setHeader(k, v);
  sendError(res, r.status, r.code, r.message, r.reason);
}

/** A coded error as an HTTP refusal; anything else as an internal error (logged, never shown). */
function fromError(err: unknown, logger: Logger): Refusal {
  if (err instanceof GraphQLError && KNOWN_CODES.has(String(err.extensions.code))) {
    const code = String(err.extensions.code);
    const http = err.extensions.http as { headers?: Map<string, string> } | undefined;
    return {
      status: STATUS[code] ?? 400,
      code,
      reason: String(err.extensions.reason ?? code),
      message: err.message,
      headers: http?.headers,
    };
  }
  logger.error({ err }, 'export failed');
  return refuse(500, 'INTERNAL_SERVER_ERROR', 'INTERNAL', 'Internal error.');
}

/** `Content-Disposition` with an ASCII fallback and the saved query's own (UTF-8) name, RFC 6266 / 5987. */
export function contentDisposition(id: number, name: string): string {
  const utf8 = encodeURIComponent(`${name}.csv`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="saved-query-${id}.csv"; filename*=UTF-8''${utf8}`;
}

function variablesOf(req: express.Request): Record<string, unknown> | Refusal {
  const raw = req.query.variables;
  if (raw === undefined) return {};
  const bad = refuse(400, 'BAD_USER_INPUT', 'ANALYSTS.BAD_VARIABLES', 'variables must be a JSON object.');
  if (typeof raw !== 'string') return bad;
  try {
    const v: unknown = JSON.parse(raw);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return bad;
    assertCleanValue(v, 'variables');
    return v as Record<string, unknown>;
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    return bad;
  }
}

const isRefusal = (v: unknown): v is Refusal =>
  !!v && typeof v === 'object' && 'status' in v && 'code' in v && 'reason' in v;

/**
 * `GET /export/saved-queries/:id.csv[?variables={…}]`: the first list in a saved query's result as
 * CSV (csvWriter: UTF-8 with a BOM, RFC 4180, formulas defused; the header from the selection,
 * nested objects as dotted columns), run as the caller with the same permissions, limits and
 * budget as `runSavedQuery`. Refusals come before the first byte, as coded JSON (400 — variables
 * holding characters not allowed too, `INPUT.BAD_CHARACTERS` —, 401, 403, 404, 429). Rows are
 * written as they are serialised, waiting for the client when its buffer is full; a connection
 * selected with `after: $variable` and `pageInfo { hasNextPage endCursor }` is paged through,
 * each page run and charged like the first.
 */
export function savedQueryExportRouter(
  deps: ContextSource & { schema: GraphQLSchema; logger: Logger },
): express.Router {
  const router = express.Router();
  router.get('/saved-queries/:file', async (req, res) => {
    let ctx: Context;
    let csv: CsvWriter | undefined;
    try {
      ctx = await requestContext(deps, req.header('authorization'), String(res.locals.requestId), 'export');
    } catch (err) {
      return send(res, fromError(err, deps.logger));
    }
    try {
      if (!ctx.viewer.isSignedIn)
        return send(res, refuse(401, 'UNAUTHENTICATED', 'AUTH.REQUIRED', 'Sign in to do this.'));
      if (!isAnalyst(ctx.viewer))
        return send(res, refuse(403, 'FORBIDDEN', 'ANALYSTS.ANALYST_REQUIRED', 'Only analysts export saved queries.'));
      const match = /^(\d{1,9})\.csv$/.exec(String(req.params.file));
      if (!match)
        return send(res, refuse(404, 'NOT_FOUND', 'ANALYSTS.UNKNOWN_QUERY', 'Ask for /export/saved-queries/<id>.csv.'));
      const q = await new SavedQueryService(ctx).byId(match[1]);
      if (!canUse(ctx, q))
        return send(
          res,
          refuse(403, 'FORBIDDEN', 'ANALYSTS.NOT_SHARED_WITH_YOU', 'This saved query is not shared with you.'),
        );
      const variables = variablesOf(req);
      if (isRefusal(variables)) return send(res, variables);
      let given = variables;
      let page = await runAsCaller(ctx, deps.schema, q.document, q.variables, given);
      // A CSV silently missing what was refused would mislead: any error refuses the export.
      if (page.result.errors?.length) return send(res, fromError(page.result.errors[0], deps.logger));
      let list: FoundList | null = findList(deps.schema, page.document, page.operation, page.result.data);
      if (!list)
        return send(
          res,
          refuse(400, 'BAD_USER_INPUT', 'ANALYSTS.NO_LIST', 'The result of this query holds no list to export.'),
        );
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', contentDisposition(q.id, q.name));
      res.setHeader('cache-control', 'no-store');
      const columns = list.columns;
      csv = csvWriter(res, headerOf(columns));
      for (;;) {
        for (const row of list.rows) if (!(await csv.row(cellsOf(columns, row)))) return;
        // A connection with `after: $variable` and `pageInfo { hasNextPage endCursor }`: the next page,
        // run (and charged) like the first. A refusal now can only cut the download short.
        const next = nextPage(list, page.result.data);
        if (!next || res.destroyed) break;
        given = { ...given, [next.variable]: next.cursor };
        page = await runAsCaller(ctx, deps.schema, q.document, q.variables, given);
        if (page.result.errors?.length) throw page.result.errors[0];
        list = findList(deps.schema, page.document, page.operation, page.result.data);
        if (!list) break;
      }
      await csv.end();
    } catch (err) {
      // Once the CSV has begun, a refusal can only cut it short.
      if (csv || res.headersSent) {
        deps.logger.warn({ err }, 'export cut short');
        return void res.destroy();
      }
      send(res, fromError(err, deps.logger));
    }
  });
  return router;
}
