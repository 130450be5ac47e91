import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageItems } from './cost';
import { badInput } from './errors';

/** Largest page a list returns. */
export const MAX_PAGE_SIZE = 500;

/** Relay page information. */
@ObjectType({ description: 'Where a page stands in its list. 分页信息' })
export class PageInfo {
  @Field({ description: 'Whether more items follow. 是否有下一页' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page. 结束游标' })
  endCursor!: string | null;
}

/** Arguments of a forward, cursor-paginated list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1–${MAX_PAGE_SIZE}. 每页条数` })
  first = 50;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to continue after (`endCursor` of the previous page). 游标',
  })
  after?: string | null;
}

/** A page of items; `totalCount` is a getter, so the count query runs only when asked for. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Opaque cursor for a sort key. */
export const encodeCursor = (key: string): string => Buffer.from(`k:${key}`, 'utf8').toString('base64url');

/** The sort key of a cursor; BAD_USER_INPUT when it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('k:') || encodeCursor(raw.slice(2)) !== cursor) {
    throw badInput('PAGINATION.BAD_CURSOR', 'The cursor is not valid.', [
      { field: 'after', message: 'not a cursor of this list' },
    ]);
  }
  return raw.slice(2);
}

/** Checks `first` and returns the decoded `after` key. */
export function readPageArgs(args: PageArgs): { first: number; afterKey: string | null } {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badInput('PAGINATION.BAD_PAGE_SIZE', `first must be between 1 and ${MAX_PAGE_SIZE}.`, [
      { field: 'first', message: `1–${MAX_PAGE_SIZE}` },
    ]);
  }
  return { first: args.first, afterKey: args.after ? decodeCursor(args.after) : null };
}

/** Builds a page from `first + 1` fetched rows. */
export function toPage<T>(
  rows: T[],
  first: number,
  keyOf: (row: T) => string,
  totalCount: () => Promise<number>,
): Page<T> {
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      counted ??= totalCount();
      return counted;
    },
  };
}

/** GraphQL connection and edge types for `Item` (named `<Item>Connection`, `<Item>Edge`). */
export function connectionOf<T extends object>(Item: ClassType<T>, name: string, chinese: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page. ${chinese}` })
  class Edge {
    @Field({ description: 'Cursor of this item. 游标' })
    cursor!: string;

    @Field(() => Item, { description: 'The item. 条目' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items. ${chinese}分页列表` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of the page. 条目' })
    @PageItems()
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Page information. 分页信息' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list (counted only when asked for). 总数' })
    totalCount!: number;
  }
  return { Edge, Connection };
}
