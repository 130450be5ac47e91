/**
 * Query limits; documented in the README. `cost` is the one ceiling of a request's cost: the most
 * values its answer may hold, every list counted at its page size or declared bound (src/shared/cost.ts).
 */
export const LIMITS = { depth: 12, aliases: 15, cost: 1_000_000, tokens: 3_000, directives: 20 } as const;

/** The error codes clients see as they are; any other error is answered as INTERNAL_SERVER_ERROR. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
