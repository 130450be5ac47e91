import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { resolveViewer } from '../../auth/resolve-viewer';
import type { Config } from '../../config';
import { createContext } from '../../context';
import { csvWriter, type CsvWriter } from '../../shared/csv';
import { sendError } from '../../shared/http-errors';
import { readRows } from '../../shared/read-rows';
import { BeanAccount } from './bean-account.entity';
import { BeanTransfer } from './bean-transfer.entity';
import { controls } from './bean.rules';

const PAGE = 1000;

const fail = sendError;

/** The statement's columns, named like the schema's fields (as saved-query exports are). */
const HEADER = ['id', 'at', 'kind', 'amount', 'direction', 'counterpartyAccountId', 'memo'];

/**
 * `GET /export/bean-transfers.csv?accountId=N`: an account's statement as CSV (csvWriter: UTF-8
 * with a BOM, RFC 4180, formulas in memos defused), newest first, streamed page by page as the
 * client takes it, for whoever controls the account.
 */
export function beanExportRouter(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  router.get('/bean-transfers.csv', async (req, res) => {
    const em = orm.em.fork();
    let csv: CsvWriter | undefined;
    try {
      const viewer = await resolveViewer(req.header('authorization'), em, config);
      if (!viewer.isSignedIn) return void fail(res, 401, 'UNAUTHENTICATED', 'Sign in to do this.');
      const id = Number(req.query.accountId);
      if (!Number.isSafeInteger(id) || id <= 0)
        return void fail(res, 400, 'BAD_USER_INPUT', 'accountId must be an account id.');
      // An export reads a replica (when configured), whoever asks.
      const ctx = createContext({ viewer, em, config, requestId: String(res.locals.requestId), purpose: 'export' });
      const [account] = await readRows(ctx.em, BeanAccount, { id });
      if (!account) return void fail(res, 404, 'NOT_FOUND', `No account has the id ${id}.`);
      if (!controls(ctx, account)) return void fail(res, 403, 'FORBIDDEN', 'You may not do this.');
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="bean-account-${id}.csv"`);
      res.setHeader('cache-control', 'no-store');
      csv = csvWriter(res, HEADER);
      let after: string | null = null;
      for (;;) {
        const where = { $or: [{ from: id }, { to: id }], ...(after ? { id: { $lt: after } } : {}) };
        const rows: BeanTransfer[] = await readRows(ctx.em, BeanTransfer, where, {
          orderBy: { id: 'desc' },
          limit: PAGE,
        });
        for (const t of rows) {
          const out = t.from.id === id;
          if (!(await csv.row([t.id, t.at, t.kind, t.amount, out ? 'OUT' : 'IN', out ? t.to.id : t.from.id, t.memo])))
            return;
        }
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1].id;
      }
      await csv.end();
    } catch (err) {
      // Once the CSV has begun, a failure cuts the download short rather than ending it as if complete.
      if (csv || res.headersSent) return void res.destroy();
      if (err instanceof GraphQLError)
        return void fail(
          res,
          Number((err.extensions.http as { status?: number })?.status ?? 400),
          String(err.extensions.code),
          err.message,
        );
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal error.');
    }
  });
  return router;
}
