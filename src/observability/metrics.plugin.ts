import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { operationLabel } from './metrics';

/**
 * Records the resolved operation on its request: the bounded operation label and the type, which
 * the GraphQL metrics (counted when the response is done, see observeRequests) and the request's
 * log line use. Requests refused before an operation was resolved keep the label `unknown`.
 */
export function metricsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const info = contextValue.requestInfo;
      if (!info) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          info.operation = operationLabel(operationName);
          info.operationType = operation?.operation ?? 'unknown';
        },
      };
    },
  };
}
