import {
  execute,
  GraphQLError,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { sameCallerContext, type Context } from '../../context';
import { badInput } from '../../shared/errors';
import { requestCost, UncoercibleVariables, withinCeiling } from '../../shared/cost';
import { KNOWN_CODES, LIMITS } from '../../shared/limits';
import { chargeAnalyst } from './analyst';
import { operationCost, validateLikeServer } from './cost';
import { DOCUMENT_MAX } from './saved-query.inputs';

/** A checked document: parsed, valid against the schema and the server's limits, one query operation. */
export interface CheckedDocument {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/**
 * Parses and validates a document the way /graphql would, and insists on exactly one query; priced
 * with `variables` when they fit it (else at each run). BAD_USER_INPUT otherwise.
 */
export function checkDocument(
  schema: GraphQLSchema,
  text: string,
  field = 'document',
  variables: Record<string, unknown> = {},
): CheckedDocument {
  if (!text.trim() || text.length > DOCUMENT_MAX)
    throw badInput('ANALYSTS.BAD_DOCUMENT', `${field} must be 1–${DOCUMENT_MAX} characters.`, [
      { field, message: `1–${DOCUMENT_MAX} characters` },
    ]);
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: LIMITS.tokens });
  } catch (err) {
    throw badInput('ANALYSTS.BAD_DOCUMENT', `The document does not parse: ${(err as Error).message}`, [
      { field, message: 'GraphQL syntax' },
    ]);
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1)
    throw badInput('ANALYSTS.ONE_OPERATION', 'A saved query holds exactly one operation.', [
      { field, message: 'one operation' },
    ]);
  const [operation] = operations;
  if (operation.operation !== 'query')
    throw badInput('ANALYSTS.QUERIES_ONLY', `Only queries can be saved, not a ${operation.operation}.`, [
      { field, message: 'a query' },
    ]);
  // A saved query that runs saved queries could run itself, without end.
  let nested = false;
  visit(document, { Field: (node) => void (node.name.value === 'runSavedQuery' && (nested = true)) });
  if (nested)
    throw badInput('ANALYSTS.NESTED_RUN', 'A saved query cannot run saved queries.', [
      { field, message: 'no runSavedQuery' },
    ]);
  const errors = validateLikeServer(schema, document);
  if (errors.length)
    throw badInput(
      'ANALYSTS.INVALID_DOCUMENT',
      `The document is not valid: ${errors.map((e) => e.message).join(' ')}`,
      [{ field, message: errors[0].message }],
    );
  const cost = priced(schema, document, variables);
  if (cost !== null && cost > LIMITS.cost) {
    throw badInput('ANALYSTS.INVALID_DOCUMENT', `The document may cost ${cost}, over the ceiling of ${LIMITS.cost}.`, [
      { field, message: 'over the cost ceiling' },
    ]);
  }
  return { document, operation };
}

/** The cost of a one-operation document with `variables`; null when they do not fit it yet. */
function priced(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number | null {
  try {
    return requestCost(schema, document, variables);
  } catch (err) {
    if (err instanceof UncoercibleVariables) return null;
    throw err;
  }
}

/** BAD_USER_INPUT unless every variable is declared by the operation. */
export function checkDeclared(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  field = 'variables',
): void {
  const declared = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value));
  const unknown = Object.keys(variables).filter((k) => !declared.has(k));
  if (unknown.length)
    throw badInput(
      'ANALYSTS.UNKNOWN_VARIABLES',
      `The operation declares no ${unknown.map((k) => `$${k}`).join(', ')}.`,
      [{ field, message: `undeclared: ${unknown.join(', ')}` }],
    );
}

/** An error as a client may see it: coded errors as they are, anything else as INTERNAL_SERVER_ERROR. */
function publicError(error: GraphQLError): Record<string, unknown> {
  const code = error.extensions?.code as string | undefined;
  if (code && KNOWN_CODES.has(code)) {
    const { http: _h, stacktrace: _s, ...extensions } = error.extensions as Record<string, unknown>;
    return { message: error.message, path: error.path, extensions };
  }
  return { message: 'Internal error.', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** A run's answer as JSON: `data`, and `errors` when there are any. */
export function resultJson(result: ExecutionResult): Record<string, unknown> {
  return { data: result.data ?? null, ...(result.errors?.length ? { errors: result.errors.map(publicError) } : {}) };
}

/**
 * Runs a stored document as the caller: validated like a request to /graphql, variables coerced
 * (saved ones overridden by `given`), refused over the cost ceiling, its cost charged to the caller's analyst budget, then
 * executed through the served schema (permissions, masking) in a context built like a request's.
 */
export async function runAsCaller(
  ctx: Context,
  schema: GraphQLSchema,
  text: string,
  saved: Record<string, unknown>,
  given: Record<string, unknown>,
): Promise<CheckedDocument & { result: ExecutionResult }> {
  const checked = checkDocument(schema, text);
  const variables = { ...saved, ...given };
  checkDeclared(checked.operation, given);
  const coerced = getVariableValues(schema, checked.operation.variableDefinitions ?? [], variables, { maxErrors: 10 });
  if (coerced.errors)
    throw badInput('ANALYSTS.BAD_VARIABLES', coerced.errors.map((e) => e.message).join(' '), [
      { field: 'variables', message: coerced.errors[0].message },
    ]);
  await chargeAnalyst(
    ctx.budget,
    ctx.viewer,
    withinCeiling(operationCost(schema, checked.document, checked.operation, variables)),
  );
  const result = await execute({
    schema,
    document: checked.document,
    variableValues: variables,
    contextValue: sameCallerContext(ctx),
  });
  return { ...checked, result };
}
