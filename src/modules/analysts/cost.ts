import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { Kind, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { LIMITS } from '../../shared/limits';

/**
 * The cost of each operation of `document`, computed by graphql-armor's own cost rule with the
 * server's weights (armor's defaults: 1 per scalar, 2 per object, ×1.5 per level of depth,
 * × `first`/`last` of a list; introspection is free), in document order.
 */
export function operationCosts(schema: GraphQLSchema, document: DocumentNode): number[] {
  const costs: number[] = [];
  validate(schema, document, [costLimitRule({ maxCost: Number.POSITIVE_INFINITY, onAccept: [(_ctx, { n }) => void costs.push(n)] })]);
  return costs.map((n) => Math.ceil(n));
}

/** The cost of `operation` (one of `document`'s operations). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operationCosts(schema, document)[operations.indexOf(operation)] ?? 0;
}

/** graphql-js's rules plus the server's limits (depth, aliases, directives, cost), as armor enforces them on /graphql. */
const RULES: ValidationRule[] = [
  ...specifiedRules,
  maxDepthRule({ n: LIMITS.depth }),
  maxAliasesRule({ n: LIMITS.aliases }),
  maxDirectivesRule({ n: LIMITS.directives }),
  costLimitRule({ maxCost: LIMITS.cost }),
];

/** Validates a document the way a request to /graphql is validated; the errors, none when valid. */
export function validateLikeServer(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  try {
    return validate(schema, document, RULES);
  } catch (err) {
    // Armor's rules throw their refusal instead of reporting it.
    return [err as GraphQLError];
  }
}
