import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { createLoaders, type Loaders } from './loaders';
import { AuditNotes } from './modules/audit/audit.notes';
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
  /** Answers of object rules in this request, per rule and object (see shared/rules). */
  ruleMemo?: Map<object, WeakMap<object, true | Error>>;
}

/** A fresh context for one request: its own entity manager fork and loaders. */
export function createContext(args: { viewer: Viewer; em: EntityManager; config: Config; requestId: string }): Context {
  const em = args.em.fork();
  return { ...args, em, loaders: createLoaders(em), audit: new AuditNotes() };
}
