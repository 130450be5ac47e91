import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from './context';

/** True when the document asks for `__schema` or `__type` anywhere. */
export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Introspection is open to signed-in callers and closed to anonymous ones. */
export function introspectionGuard(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!contextValue.viewer.isSignedIn && asksForIntrospection(document)) {
            throw new GraphQLError('Sign in to introspect the schema.', {
              extensions: {
                code: 'UNAUTHENTICATED',
                reason: 'AUTH.INTROSPECTION_REQUIRES_SIGN_IN',
                http: { status: 401 },
              },
            });
          }
        },
      };
    },
  };
}

const SUGGESTION = /\s*Did you mean .*$/;

/** Anonymous callers get no "Did you mean …?" hints, which would reveal the schema. */
export function hideSuggestionsFromAnonymous(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.viewer?.isSignedIn || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors)
            result.errors = result.errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
        },
      };
    },
  };
}
