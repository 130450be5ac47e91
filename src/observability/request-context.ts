/** What the platform knows about one HTTP request, filled in as it goes (its log line and metrics read it). */
export interface RequestInfo {
  requestId: string;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /** Set for GraphQL requests: they are counted in the GraphQL metrics when answered. */
  graphql?: boolean;
  /** The GraphQL operation's metric label and type, once resolved (see operationLabel). */
  operation?: string;
  operationType?: string;
  viewer?: { kind: string; id: number | null };
}
