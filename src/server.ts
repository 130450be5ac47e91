import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Config } from './config';
import { requestContext, type Context } from './context';
import { hideSuggestionsFromAnonymous, introspectionGuard } from './graphql-plugins';
import { analystBudgetPlugin } from './modules/analysts/budget.plugin';
import { createBudget, type CostBudget } from './modules/analysts/budget';
import { savedQueryExportRouter } from './modules/analysts/saved-query.export';
import { dashboardRouter } from './dashboard/dashboard.router';
import { auditPlugin, auditRefusedMutation } from './modules/audit/audit.recorder';
import { beanExportRouter } from './modules/beans/bean.export';
import { playgroundRouter, type DemoAccount } from './playground/playground.router';
import { KNOWN_CODES, LIMITS } from './shared/limits';

export { LIMITS };

export interface ServerDeps {
  config: Config;
  orm: MikroORM;
  schema: GraphQLSchema;
  demo: { accounts: DemoAccount[]; password: string } | null;
  log: (line: string) => void;
  /** Analysts' cost budgets; createServer makes them when not given. */
  budget?: CostBudget;
}

/** Keeps coded errors, hides everything else behind a generic INTERNAL_SERVER_ERROR. */
export function formatError(log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && KNOWN_CODES.has(code)) {
      const { stacktrace: _s, exception: _e, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    }
    log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { message: 'Internal error.', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** An Apollo Server over `schema` with the platform's limits, error policy and audit. */
async function createApollo(schema: GraphQLSchema, deps: ServerDeps, httpServer: http.Server): Promise<ApolloServer<Context>> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    costLimit: { maxCost: LIMITS.cost },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's plugin turns
    // every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.directives },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    ...protection,
    schema,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    introspection: true,
    // main.ts owns the signals: it stops Apollo, then the database, in that order.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: LIMITS.tokens },
    // Compact JSON: Apollo's default pretty-prints every response, a third more bytes to write.
    stringifyResult: (value) => JSON.stringify(value),
    formatError: formatError(deps.log),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; the plugin would instrument every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      introspectionGuard(),
      hideSuggestionsFromAnonymous(),
      auditPlugin(() => deps.orm.em, (err) => deps.log(`audit write failed: ${String(err)}`)),
      ...(deps.budget ? [analystBudgetPlugin(deps.budget)] : []),
    ],
  });
  await apollo.start();
  return apollo;
}

/** Express handlers serving `apollo`: CORS, JSON body, and the per-request context (who is calling). */
export function graphqlHandlers(apollo: ApolloServer<Context>, deps: ServerDeps): express.RequestHandler[] {
  const { config, orm, log } = deps;
  return [
    cors<cors.CorsRequest>({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: false }),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo as unknown as ApolloServer<BaseContext>, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        try {
          return (await requestContext(deps, req.header('authorization'), requestId)) as unknown as BaseContext;
        } catch (err) {
          // A mutation refused for its credentials is still a mutation: it goes into the audit trail.
          if (err instanceof GraphQLError) await auditRefusedMutation(orm.em, deps.schema, req.body, err, requestId).catch((e: unknown) => log(`audit write failed: ${String(e)}`));
          throw err;
        }
      },
    }),
  ];
}

/** Extra routes mounted after the platform's own (used by the benchmark's server only). */
export type Mount = (app: express.Express, deps: ServerDeps, httpServer: http.Server, apollos: ApolloServer<Context>[]) => Promise<void>;

/** The HTTP server: GraphQL, the playground, liveness and readiness. Not yet listening. */
export async function createServer(input: ServerDeps, mount?: Mount): Promise<{ httpServer: http.Server; apollo: ApolloServer<Context>; stop(): Promise<void> }> {
  const deps: ServerDeps = { ...input, budget: input.budget ?? createBudget(input.config, () => input.orm.em, input.log) };
  const { orm } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const apollo = await createApollo(deps.schema, deps, httpServer);
  const apollos = [apollo];

  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const id = given && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(
    '/playground',
    playgroundRouter({ graphqlPath: '/graphql', demoAccounts: deps.demo?.accounts ?? null, demoPassword: deps.demo?.password ?? null }),
  );
  app.use('/dashboard', dashboardRouter({ graphqlPath: '/graphql', demoAccounts: deps.demo?.accounts ?? null, demoPassword: deps.demo?.password ?? null }));
  app.use('/graphql', ...graphqlHandlers(apollo, deps));
  app.use('/export', beanExportRouter(orm, deps.config));
  app.use('/export', savedQueryExportRouter(deps));
  await mount?.(app, deps, httpServer, apollos);
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) deps.log(`http error: ${err.stack ?? err.message}`);
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message: status < 500 ? err.message : 'Internal error.', extensions: { code } }] });
  });
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
  });
  return {
    httpServer,
    apollo,
    stop: async () => {
      await Promise.all(apollos.map((a) => a.stop()));
      await deps.budget?.close();
    },
  };
}

/** A second Apollo Server on the same HTTP server (the benchmark's permissions-off twin). */
export function extraApollo(schema: GraphQLSchema, deps: ServerDeps, httpServer: http.Server): Promise<ApolloServer<Context>> {
  return createApollo(schema, deps, httpServer);
}

