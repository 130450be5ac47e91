import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  Kind,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { requestCost } from '../../shared/cost';
import { LIMITS } from '../../shared/limits';

/**
 * The cost of each operation of `document` with `variables`, as the server prices a request
 * (src/shared/cost.ts: every field, times the bound of every list above it), in document order.
 */
export function operationCosts(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number[] {
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => operationCost(schema, document, op, variables));
}

/** The cost of `operation` (one of `document`'s operations; only it is priced) with `variables`. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  return requestCost(schema, document, variables, operation.name?.value);
}

/** graphql-js's rules plus the server's static limits (depth, aliases, directives), as armor enforces them on /graphql. */
const RULES: ValidationRule[] = [
  ...specifiedRules,
  maxDepthRule({ n: LIMITS.depth }),
  maxAliasesRule({ n: LIMITS.aliases }),
  maxDirectivesRule({ n: LIMITS.directives }),
];

/** Validates a document the way a request to /graphql is validated (the cost is priced with its variables, apart); the errors, none when valid. */
export function validateLikeServer(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  try {
    return validate(schema, document, RULES);
  } catch (err) {
    // Armor's rules throw their refusal instead of reporting it.
    return [err as GraphQLError];
  }
}
