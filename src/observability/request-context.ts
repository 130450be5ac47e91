import { AsyncLocalStorage } from 'node:async_hooks';

/** What the platform knows about one HTTP request, filled in as it goes (logs and metrics read it). */
export interface RequestInfo {
  requestId: string;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /** The GraphQL operation's metric label, once resolved (see operationLabel). */
  operation?: string;
  operationType?: string;
  viewer?: { kind: string; id: number | null };
}

const storage = new AsyncLocalStorage<RequestInfo>();

/** The request being served, where an async path leads back to one (Apollo's formatError has no other way). */
export function currentRequest(): RequestInfo | undefined {
  return storage.getStore();
}

/** Runs `fn` (and everything it awaits) as part of `info`'s request. */
export function runInRequest<T>(info: RequestInfo, fn: () => T): T {
  return storage.run(info, fn);
}
