import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { resolveViewer } from './auth/resolve-viewer';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { readerFor } from './db/replicas';
import { createLoaders, type Loaders } from './loaders';
import { AuditNotes } from './modules/audit';
import type { CostBudget } from './modules/analysts';
import type { LoginThrottle } from './modules/auth';
import type { RequestInfo } from './observability/request-context';

/** Everything a request carries through permissions, resolvers and services. */
export interface Context {
  viewer: Viewer;
  em: EntityManager;
  loaders: Loaders;
  config: Config;
  requestId: string;
  /** The HTTP request's record for its log line and metrics (absent outside HTTP). */
  requestInfo?: RequestInfo;
  audit: AuditNotes;
  /** Analysts' cost budgets (absent where nothing is charged, e.g. the benchmark's twin server). */
  budget?: CostBudget;
  /** Failed sign-ins per username and address (absent where nobody signs in over HTTP). */
  loginThrottle?: LoginThrottle;
  /** The client's address as Express sees it (`trust proxy`: loopback), for the login throttle. */
  clientAddress?: string;
  /** Answers of object rules in this request, per rule and object (see shared/rules). */
  ruleMemo?: Map<object, WeakMap<object, true | Error>>;
  /** Object fields resolved so far in this request: past Config.sliceAfterFields, the rest run in slices (see shared/slicing). */
  fieldsResolved?: number;
  /** While the request is light and counted in flight (Config.heavyFloorMs), its object fields' answers still pending. */
  lightCalls?: number;
}

/**
 * A fresh context for one request: its own entity manager fork and loaders. Where the fork reads
 * is decided here (`readerFor`): analysts' requests and exports read a replica when one is
 * configured, everyone else the primary; writes always go to the primary.
 */
export function createContext(args: {
  viewer: Viewer;
  em: EntityManager;
  config: Config;
  requestId: string;
  budget?: CostBudget;
  loginThrottle?: LoginThrottle;
  purpose?: 'request' | 'export';
}): Context {
  const { purpose, ...rest } = args;
  const em = readerFor(args.em, args.viewer, purpose);
  return { ...rest, em, loaders: createLoaders(em), audit: new AuditNotes() };
}

/** What every entry point needs to build a request's context. */
export interface ContextSource {
  orm: MikroORM;
  config: Config;
  budget?: CostBudget;
  loginThrottle?: LoginThrottle;
}

/**
 * The context of an HTTP request, from its Authorization header: GraphQL, saved-query exports and
 * any other entry point build it here, so that whatever is decided per request (who calls, which
 * connection reads) applies to all of them alike. UNAUTHENTICATED for bad credentials.
 */
export async function requestContext(
  source: ContextSource,
  authorization: string | undefined,
  requestId: string,
  purpose: 'request' | 'export' = 'request',
): Promise<Context> {
  const em = source.orm.em.fork();
  const viewer = await resolveViewer(authorization, em, source.config);
  return createContext({
    viewer,
    em,
    config: source.config,
    requestId,
    budget: source.budget,
    loginThrottle: source.loginThrottle,
    purpose,
  });
}

/** A fresh context for the same caller (a saved query run inside a request): built the way a request's is. */
export function sameCallerContext(ctx: Context): Context {
  return createContext({
    viewer: ctx.viewer,
    em: ctx.em,
    config: ctx.config,
    requestId: ctx.requestId,
    budget: ctx.budget,
  });
}
