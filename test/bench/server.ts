/**
 * The benchmark's server: the platform exactly as `npm start` serves it, plus routes that exist
 * only in this entry point (never in src/, so no setting can turn them on in production):
 *
 * - `POST /bench/graphql-open`: the same schema without the permission layer;
 * - `POST /bench/sql`: the hand-written SQL twins of the mix, over the same HTTP stack and
 *   the same caller resolution, answering the same JSON (the limit);
 * - `GET /bench/stats`: SQL statements sent so far and the peak RSS.
 *
 * Its logs — a JSON line per request at LOG_LEVEL, as in production — go to
 * `.data/bench/server.log`, not to the pipe the runner reads.
 */
import 'reflect-metadata';
import path from 'node:path';
import express from 'express';
import { applyMiddleware } from 'graphql-middleware';
import pg from 'pg';
import pino from 'pino';
import { startApp } from '../../src/app';
import { resolveViewer } from '../../src/auth/resolve-viewer';
import { createLogger } from '../../src/observability/logger';
import { auditMiddleware } from '../../src/modules/audit/audit.recorder';
import { buildBareSchema } from '../../src/schema';
import { extraApollo, graphqlHandlers, type Mount } from '../../src/server';
import { today } from '../../src/shared/dates';
import { queryMix } from './queries';

let statements = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const mount: Mount = async (app, deps, httpServer, apollos) => {
  const open = await extraApollo(applyMiddleware(await buildBareSchema(), auditMiddleware), { ...deps }, httpServer);
  apollos.push(open);
  app.use('/bench/graphql-open', ...graphqlHandlers(open, deps));

  // The twins talk to PostgreSQL through the same driver, with a pool of the same size.
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: deps.config.dbPoolMax });
  const twins = new Map(queryMix('', '').flatMap((q) => (q.sql ? [[q.id, q.sql] as const] : [])));
  app.post('/bench/sql', express.json(), async (req, res) => {
    const sql = twins.get(req.body?.id);
    if (!sql)
      return void res.status(404).json({ errors: [{ message: 'no such twin', extensions: { code: 'NOT_FOUND' } }] });
    const em = deps.orm.em.fork();
    try {
      const viewer = await resolveViewer(req.header('authorization'), em, deps.config);
      if (!viewer.isSignedIn)
        return void res.status(401).json({ errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }] });
      const [text, params] = sql(req.body.variables ?? {}, today());
      const { rows } = await pool.query<{ body: unknown }>(text, params);
      res.type('application/json').send(JSON.stringify(rows[0]?.body ?? null));
    } catch (err) {
      res.status(500).json({ errors: [{ message: String(err), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  app.get('/bench/stats', (_req, res) => {
    res.json({ statements, maxRssKb: process.resourceUsage().maxRSS });
  });
};

async function main(): Promise<void> {
  const destination = pino.destination({ dest: path.resolve('.data', 'bench', 'server.log'), mkdir: true, sync: true });
  const app = await startApp(process.env, createLogger({ level: process.env.LOG_LEVEL ?? 'info', destination }), {
    mount,
  });
  console.log(`BENCH_READY ${app.url}`);
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
