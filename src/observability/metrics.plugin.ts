import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { graphqlDuration, graphqlRequests, operationLabel } from './metrics';
import { currentRequest } from './request-context';

/** Counts and times a GraphQL request that Apollo answered, under its operation's labels. */
function observe(startedAt: number, operation = 'unknown', type = 'unknown'): void {
  const labels = { operation, type };
  graphqlRequests.inc(labels);
  graphqlDuration.observe(labels, (performance.now() - startedAt) / 1000);
}

/**
 * Request counts and latency per operation (gongzhi_graphql_requests_total and
 * gongzhi_graphql_request_duration_seconds), including requests refused before an operation was
 * resolved (label `unknown`). Also records the operation on the request for its log line. Error
 * counts are taken in formatError, which every error of every response passes through.
 */
export function metricsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const info = currentRequest();
      const startedAt = info?.startedAt ?? performance.now();
      let operation: string | undefined;
      let type: string | undefined;
      return {
        async didResolveOperation({ operationName, operation: op }) {
          operation = operationLabel(operationName);
          type = op?.operation ?? 'unknown';
          if (info) {
            info.operation = operation;
            info.operationType = type;
          }
        },
        async willSendResponse() {
          observe(startedAt, operation, type);
        },
      };
    },
    // Refused before the request pipeline: bad credentials, malformed requests.
    async contextCreationDidFail() {
      observe(currentRequest()?.startedAt ?? performance.now());
    },
    async invalidRequestWasReceived() {
      observe(currentRequest()?.startedAt ?? performance.now());
    },
  };
}
