import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { Logger } from './logger';

/**
 * Every error of a GraphQL response carries the request id in `extensions.requestId`; internal
 * errors are logged with their stack and the request id (the client sees "Internal error.").
 * Errors raised before the request pipeline (bad credentials, malformed requests) are stamped by
 * stampErrorResponses instead.
 */
export function requestIdPlugin(logger: Logger, isKnownCode: (code: string) => boolean): ApolloServerPlugin<Context> {
  /** Errors without a known code are internal: their message and stack are for the log only. */
  const isInternal = (e: GraphQLError) => typeof e.extensions?.code !== 'string' || !isKnownCode(e.extensions.code);
  return {
    async requestDidStart({ contextValue }) {
      const { requestId } = contextValue;
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            if (e instanceof GraphQLError && !isInternal(e)) continue;
            const err = e instanceof GraphQLError ? (e.originalError ?? e) : e;
            logger.error({ err, requestId, path: e.path }, 'internal error');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const result = response.body.singleResult;
          result.errors = result.errors!.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
        },
      };
    },
  };
}
