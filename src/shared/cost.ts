/**
 * The cost of a request: an upper bound of the values its answer may hold. Every field counts 1,
 * times the most items each list above it may return: a connection by its page size (`first`, or
 * its default), any other list by the bound declared next to its field with `@MaxItems(n)`.
 * Nested lists multiply; introspection is free. The same number is checked against the one
 * ceiling (LIMITS.cost) before execution and charged to analysts' budgets.
 */
import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { Extensions } from 'type-graphql';
import { AppError } from './errors';
import { LIMITS } from './limits';

/** Field extensions the cost reads: a list's declared bound, or that a connection's page bounds it. */
export interface ListBound {
  /** The most items the list returns; the resolver is held to it (LIMITS.LIST_BOUND_EXCEEDED). */
  maxItems?: number;
  /** The list is a connection's page: the connection field's `first` counts it. */
  pageItems?: boolean;
}

/** Declares the most items a list field returns (counted by the cost, enforced on every answer). */
export const MaxItems = (n: number) => Extensions({ maxItems: n } satisfies ListBound);

/** Marks a connection's `edges`: counted by the `first` of the field returning the connection. */
export const PageItems = () => Extensions({ pageItems: true } satisfies ListBound);

/** Whether `type` is a list at any level of wrapping. */
export function returnsList(type: GraphQLOutputType): boolean {
  if (isListType(type)) return true;
  return isNonNullType(type) ? returnsList(type.ofType) : false;
}

/** Whether `field` returns a connection (an object whose `edges` are page items); `first` then sizes it. */
export function returnsConnection(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return false;
  const edges = named.getFields().edges as GraphQLField<unknown, unknown> | undefined;
  return !!(edges?.extensions as ListBound | undefined)?.pageItems;
}

/** How many times a field's selection may occur per occurrence of its parent. */
function multiplier(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (returnsConnection(field)) return Math.max(1, Number(args.first) || 1);
  const bound = field.extensions as ListBound;
  if (typeof bound.maxItems === 'number') return bound.maxItems;
  if (bound.pageItems) return 1;
  // An undeclared list cannot be priced: it costs more than any ceiling (the schema test keeps this unreachable).
  return returnsList(field.type) ? Number.POSITIVE_INFINITY : 1;
}

/** The estimator: introspection free, every other field 1 plus its selection, times its list bound. */
function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  return multiplier(field as GraphQLField<unknown, unknown>, args) * (1 + childComplexity);
}

/** Thrown when the cost cannot be computed because the variables do not coerce (execution reports them). */
export class UncoercibleVariables extends Error {}

/**
 * The cost of the operation `operationName` of `document` (the only one when omitted) with
 * `variables`. A document whose fragments make it too large to walk costs Infinity.
 * UncoercibleVariables when the variables do not fit the operation.
 */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: [estimate],
    });
  } catch (err) {
    if (err instanceof Error && /maximum allowed number of nodes/.test(err.message)) return Number.POSITIVE_INFINITY;
    throw new UncoercibleVariables(err instanceof Error ? err.message : String(err));
  }
}

/** BAD_USER_INPUT (LIMITS.COST_EXCEEDED) with the cost and the ceiling, for a request over the ceiling. */
export function costExceeded(cost: number): AppError {
  const shown = Number.isFinite(cost) ? cost : 'beyond counting';
  const err = new AppError(
    'BAD_USER_INPUT',
    'LIMITS.COST_EXCEEDED',
    `This request may return ${shown} values; the ceiling is ${LIMITS.cost}. Ask for smaller pages, fewer aliases or fewer nested lists.`,
    { httpStatus: true },
  );
  Object.assign(err.extensions, { cost: Number.isFinite(cost) ? cost : null, ceiling: LIMITS.cost });
  return err;
}

/** Refuses (costExceeded) a cost over the ceiling; returns it otherwise. */
export function withinCeiling(cost: number): number {
  if (!(cost <= LIMITS.cost)) throw costExceeded(cost);
  return cost;
}

/** INTERNAL_SERVER_ERROR (LIMITS.LIST_BOUND_EXCEEDED): the data outgrew a list's declared bound; logged, never truncated. */
function boundExceeded(where: string, length: number, bound: number): AppError {
  return new AppError(
    'INTERNAL_SERVER_ERROR',
    'LIMITS.LIST_BOUND_EXCEEDED',
    `${where} returned ${length} items, more than its declared bound of ${bound}.`,
  );
}

/**
 * A description with the bound said in it, before its trailing Chinese label if it has one:
 * 'Its votes, oldest first. 表决' → 'Its votes, oldest first. At most 20. 表决'.
 */
export function describeBound(description: string | null | undefined, bound: number): string {
  const said = `At most ${bound.toLocaleString('en-US')}.`;
  const text = (description ?? '').trim();
  const label = /^([^]*[.!?)])\s+(\P{ASCII}[^A-Za-z]*)$/u.exec(text);
  if (label) return `${label[1]} ${said} ${label[2]}`;
  return text ? `${text} ${said}` : said;
}

/**
 * Holds every list field with a declared bound to it: a resolver answering more items fails the
 * field (an internal error, logged) instead of answering more than the cost counted; the bound is
 * said in the field's description, so clients see it. In place.
 */
export function enforceListBounds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const bound = (field.extensions as ListBound).maxItems;
      if (typeof bound !== 'number') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const where = `${type.name}.${field.name}`;
      field.description = describeBound(field.description, bound);
      const check = (value: unknown) => {
        if (Array.isArray(value) && value.length > bound) throw boundExceeded(where, value.length, bound);
        return value;
      };
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info) as unknown;
        return value instanceof Promise ? value.then(check) : check(value);
      };
    }
  }
  return schema;
}
