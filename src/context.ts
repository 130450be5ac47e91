import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { readerFor } from './db/replicas';
import { createLoaders, type Loaders } from './loaders';
import { AuditNotes } from './modules/audit/audit.notes';

/** Everything a request carries through permissions, resolvers and services. */
export interface Context {
  viewer: Viewer;
  em: EntityManager;
  loaders: Loaders;
  config: Config;
  requestId: string;
  audit: AuditNotes;
  /** Answers of object rules in this request, per rule and object (see shared/rules). */
  ruleMemo?: Map<object, WeakMap<object, true | Error>>;
}

/**
 * A fresh context for one request: its own entity manager fork and loaders. Where the fork reads
 * is decided here (`readerFor`): analysts' requests and exports read a replica when one is
 * configured, everyone else the primary; writes always go to the primary.
 */
export function createContext(args: { viewer: Viewer; em: EntityManager; config: Config; requestId: string; purpose?: 'request' | 'export' }): Context {
  const { purpose, ...rest } = args;
  const em = readerFor(args.em, args.viewer, purpose);
  return { ...rest, em, loaders: createLoaders(em), audit: new AuditNotes() };
}
