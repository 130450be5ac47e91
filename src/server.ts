import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Config } from './config';
import { requestContext, type Context } from './context';
import { hideSuggestionsFromAnonymous, introspectionGuard } from './graphql-plugins';
import { dashboardRouter } from './dashboard/dashboard.router';
import { PLATFORM } from './modules';
import { createBudget, type CostBudget } from './modules/analysts';
import { auditRefusedMutation } from './modules/audit';
import { createLoginThrottle, type LoginThrottle } from './modules/auth';
import { graphqlRequest, observeRequests, stampRequestIdInErrorBodies } from './observability/http';
import type { Logger } from './observability/logger';
import { graphqlErrors, knexPool, metricsHandler, observePool } from './observability/metrics';
import { metricsPlugin } from './observability/metrics.plugin';
import type { RequestInfo } from './observability/request-context';
import { requestIdPlugin } from './observability/request-id.plugin';
import { playgroundRouter, type DemoAccount } from './playground/playground.router';
import { KNOWN_CODES, LIMITS } from './shared/limits';
import { sendError } from './shared/http-errors';
import { inputTextGuard } from './shared/input-text';

export { LIMITS };

export interface ServerDeps {
  config: Config;
  orm: MikroORM;
  schema: GraphQLSchema;
  demo: { accounts: DemoAccount[]; password: string } | null;
  logger: Logger;
  /** Analysts' cost budgets; createServer makes them when not given. */
  budget?: CostBudget;
  /** Failed sign-ins per username and address; createServer makes it when not given. */
  loginThrottle?: LoginThrottle;
}

const isKnownCode = (code: string) => KNOWN_CODES.has(code);

/**
 * Keeps coded errors, hides everything else behind a generic INTERNAL_SERVER_ERROR (logged with
 * its stack by requestIdPlugin), and counts every error by code. Every error of every response
 * passes through here.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN_CODES.has(code)) {
    graphqlErrors.inc({ code });
    const {
      stacktrace: _s,
      exception: _e,
      http: _h,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  graphqlErrors.inc({ code: 'INTERNAL_SERVER_ERROR' });
  return {
    message: 'Internal error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** An Apollo Server over `schema` with the platform's limits, error policy and audit. */
async function createApollo(
  schema: GraphQLSchema,
  deps: ServerDeps,
  httpServer: http.Server,
): Promise<ApolloServer<Context>> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    // The cost over every list is priced with the request's variables by costPlugin (below).
    costLimit: { enabled: false },
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
    formatError,
    logger: deps.logger,
    plugins: [
      metricsPlugin(),
      requestIdPlugin(deps.logger, isKnownCode),
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      // Stopping waits this long for in-flight requests, then cuts their connections.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: deps.config.shutdownTimeoutMs }),
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; the plugin would instrument every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      introspectionGuard(),
      inputTextGuard<Context>(),
      hideSuggestionsFromAnonymous(),
      // The modules' own (the audit trail, analysts' cost budgets), in the order of the module list.
      ...PLATFORM.plugins.map((plugin) => plugin(deps)),
    ],
  });
  await apollo.start();
  return apollo;
}

/** Express handlers serving `apollo`: CORS, JSON body, and the per-request context (who is calling). */
export function graphqlHandlers(apollo: ApolloServer<Context>, deps: ServerDeps): express.RequestHandler[] {
  const { config, orm, logger } = deps;
  return [
    cors<cors.CorsRequest>({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: false }),
    graphqlRequest,
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo as unknown as ApolloServer<BaseContext>, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        try {
          const context = await requestContext(deps, req.header('authorization'), requestId);
          const requestInfo = res.locals.requestInfo as RequestInfo | undefined;
          if (requestInfo)
            requestInfo.viewer = { kind: context.viewer.kind, id: context.viewer.personId ?? context.viewer.tokenId };
          return { ...context, requestInfo, clientAddress: req.ip } as unknown as BaseContext;
        } catch (err) {
          if (!(err instanceof GraphQLError)) logger.error({ err, requestId }, 'internal error');
          // A mutation refused for its credentials is still a mutation: it goes into the audit trail.
          if (err instanceof GraphQLError)
            await auditRefusedMutation(orm.em, deps.schema, req.body, err, requestId).catch((e: unknown) =>
              logger.error({ err: e, requestId }, 'audit write failed'),
            );
          throw err;
        }
      },
    }),
  ];
}

/** Extra routes mounted after the platform's own (used by the benchmark's server only). */
export type Mount = (
  app: express.Express,
  deps: ServerDeps,
  httpServer: http.Server,
  apollos: ApolloServer<Context>[],
) => Promise<void>;

/** The HTTP server: GraphQL, the playground, the dashboard, exports, liveness, readiness and metrics. Not yet listening. */
export async function createServer(
  input: ServerDeps,
  mount?: Mount,
): Promise<{ httpServer: http.Server; apollo: ApolloServer<Context>; stop(): Promise<void> }> {
  const deps: ServerDeps = {
    ...input,
    budget:
      input.budget ??
      createBudget(
        input.config,
        () => input.orm.em,
        (line) => input.logger.warn(line),
      ),
    loginThrottle:
      input.loginThrottle ?? createLoginThrottle(input.config, input.orm, (line) => input.logger.warn(line)),
  };
  const { orm } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  // Idle keep-alive connections outlive a load balancer's (60 s is common) and a client's, so the
  // server never closes one just as a request is sent down it (the client would see ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = await createApollo(deps.schema, deps, httpServer);
  const apollos = [apollo];

  stampRequestIdInErrorBodies(app);
  app.use(observeRequests(deps.logger));
  const unobservePool = observePool('primary', () => knexPool(orm));
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
  app.get('/metrics', metricsHandler(deps.config.metricsToken));
  app.use(
    '/playground',
    playgroundRouter({
      graphqlPath: '/graphql',
      demoAccounts: deps.demo?.accounts ?? null,
      demoPassword: deps.demo?.password ?? null,
    }),
  );
  app.use(
    '/dashboard',
    dashboardRouter({
      graphqlPath: '/graphql',
      demoAccounts: deps.demo?.accounts ?? null,
      demoPassword: deps.demo?.password ?? null,
    }),
  );
  app.use('/graphql', ...graphqlHandlers(apollo, deps));
  // The modules' routes (bean statements, saved-query exports), in the order of the module list.
  for (const { path, router } of PLATFORM.routers) app.use(path, router(deps));
  await mount?.(app, deps, httpServer, apollos);
  app.use(
    (
      err: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      if (status === 500) deps.logger.error({ err, requestId: res.locals.requestId }, 'http error');
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
      sendError(res, status, code, status < 500 ? err.message : 'Internal error.');
    },
  );
  app.use((_req, res) => {
    sendError(res, 404, 'NOT_FOUND', 'Not found.');
  });
  return {
    httpServer,
    apollo,
    async stop() {
      await Promise.all(apollos.map((a) => a.stop()));
      await deps.budget?.close();
      await deps.loginThrottle?.close();
      unobservePool();
    },
  };
}

/** A second Apollo Server on the same HTTP server (the benchmark's permissions-off twin). */
export function extraApollo(
  schema: GraphQLSchema,
  deps: ServerDeps,
  httpServer: http.Server,
): Promise<ApolloServer<Context>> {
  return createApollo(schema, deps, httpServer);
}
