import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** One column of an export: a path into a row, its header the path dotted; a list (or JSON) value is one column, written as JSON. */
export interface Column {
  path: string[];
}

/** The first list of a result, with the columns its items flatten to. */
export interface FoundList {
  /** Response keys from `data` to the list, e.g. ['people', 'edges', 'node']. */
  at: string[];
  rows: unknown[];
  columns: Column[];
  /** When the list is a connection's `edges` or `nodes`: where the connection is, and the field that selects it. */
  connection?: { at: string[]; field: FieldNode };
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
}

/** The fields of a selection set, fragments flattened in, each with the type it is selected on; first of each response key. */
function fieldsOf(
  w: Walk,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  out = new Map<string, { node: FieldNode; parent: GraphQLNamedType }>(),
) {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      if (!out.has(key)) out.set(key, { node: sel, parent });
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      fieldsOf(
        w,
        sel.selectionSet,
        sel.typeCondition ? (w.schema.getType(sel.typeCondition.name.value) ?? parent) : parent,
        out,
      );
    } else {
      const fragment = w.fragments.get(sel.name.value);
      if (fragment)
        fieldsOf(w, fragment.selectionSet, w.schema.getType(fragment.typeCondition.name.value) ?? parent, out);
    }
  }
  return out;
}

function typeOf(parent: GraphQLNamedType, name: string): GraphQLOutputType | null {
  if (name === '__typename') return null;
  return isObjectType(parent) || isInterfaceType(parent) ? (parent.getFields()[name]?.type ?? null) : null;
}

/** The columns of the items of a selection set: leaves, nested objects with dotted names, nested lists as JSON. */
function columnsOf(w: Walk, set: SelectionSetNode, parent: GraphQLNamedType, prefix: string[] = []): Column[] {
  const columns: Column[] = [];
  for (const [key, { node, parent: on }] of fieldsOf(w, set, parent)) {
    const type = typeOf(on, node.name.value);
    const path = [...prefix, key];
    const nested =
      type && !isListType(getNullableType(type)) && node.selectionSet && isCompositeType(getNamedType(type));
    if (nested) columns.push(...columnsOf(w, node.selectionSet!, getNamedType(type), path));
    else columns.push({ path });
  }
  return columns;
}

function search(
  w: Walk,
  value: unknown,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  at: string[],
  selectedBy?: FieldNode,
): FoundList | null {
  if (!value || typeof value !== 'object') return null;
  for (const [key, { node, parent: on }] of fieldsOf(w, set, parent)) {
    const type = typeOf(on, node.name.value);
    if (!type || !node.selectionSet) continue;
    const v = (value as Record<string, unknown>)[key];
    const item = getNamedType(type);
    if (isListType(getNullableType(type))) {
      const rows = Array.isArray(v) ? v : [];
      // A connection's edges: the rows are the nodes.
      const nodeField = key === 'edges' ? fieldsOf(w, node.selectionSet, item).get('node') : undefined;
      const nodeType = nodeField ? typeOf(item, 'node') : null;
      const connection = selectedBy && (key === 'edges' || key === 'nodes') ? { at, field: selectedBy } : undefined;
      if (nodeField?.node.selectionSet && nodeType) {
        const nodes = rows.map((e) => (e as Record<string, unknown> | null)?.node ?? null);
        return {
          at: [...at, key, 'node'],
          rows: nodes,
          columns: columnsOf(w, nodeField.node.selectionSet, getNamedType(nodeType)),
          connection,
        };
      }
      return { at: [...at, key], rows, columns: columnsOf(w, node.selectionSet, item), connection };
    }
    const found = search(w, v, node.selectionSet, item, [...at, key], node);
    if (found) return found;
  }
  return null;
}

/**
 * The first list in a result, in the order the operation selects fields (depth first), with
 * its columns taken from the selection (so a row whose nested object is null still has them);
 * null when the result holds no list of objects.
 */
export function findList(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
): FoundList | null {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return search({ schema, fragments }, data, operation.selectionSet, schema.getQueryType()!, []);
}

/** The header of the columns: their paths, dotted. */
export const headerOf = (columns: Column[]): string[] => columns.map((c) => c.path.join('.'));

/** The cells of a row under the columns. */
export const cellsOf = (columns: Column[], row: unknown): unknown[] => columns.map((c) => at(row, c.path));

/** The value at `path` (response keys) in `row`; null when something on the way is missing. */
export function at(row: unknown, path: string[]): unknown {
  let v = row;
  for (const key of path) {
    if (!v || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * How to fetch the next page of a found connection: the variable its `after` argument takes and
 * the cursor to give it, when the query selects `pageInfo { hasNextPage endCursor }` and more
 * pages follow; null otherwise.
 */
export function nextPage(list: FoundList, data: unknown): { variable: string; cursor: string } | null {
  const arg = list.connection?.field.arguments?.find((a) => a.name.value === 'after');
  if (!list.connection || arg?.value.kind !== Kind.VARIABLE) return null;
  const info = at(data, [...list.connection.at, 'pageInfo']) as { hasNextPage?: unknown; endCursor?: unknown } | null;
  if (info?.hasNextPage !== true || typeof info.endCursor !== 'string') return null;
  return { variable: arg.value.name.value, cursor: info.endCursor };
}
