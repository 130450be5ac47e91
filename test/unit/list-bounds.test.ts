/**
 * The cost counts every list the schema may return: this walks the whole schema and fails when a
 * list field (a list at any level of wrapping) has neither a declared bound (`@MaxItems`) nor is a
 * connection's page, or when a connection field has no `first` to size its page — so a new list
 * cannot escape the cost. Then the cost itself, as pure logic over the real schema.
 */
import 'reflect-metadata';
import {
  getNamedType,
  graphql,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { buildBareSchema } from '../../src/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_BOUNDS } from '../../src/list-bounds';
import { CAP } from '../../src/shared/caps';
import {
  describeBound,
  enforceListBounds,
  requestCost,
  returnsConnection,
  returnsList,
  UncoercibleVariables,
  type ListBound,
} from '../../src/shared/cost';
import { LIMITS } from '../../src/shared/limits';
import { sourceFiles } from '../harness/source-files';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBareSchema();
});

/** Every field of every object and interface type, as `Type.field`, introspection types excluded. */
function allFields(s: GraphQLSchema): [string, GraphQLField<unknown, unknown>][] {
  return Object.values(s.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)))
    .flatMap((t) =>
      Object.values((t as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map(
        (f) => [`${t.name}.${f.name}`, f] as [string, GraphQLField<unknown, unknown>],
      ),
    );
}

describe('every list field is bounded', () => {
  it('walks a schema with lists and connections in it', () => {
    const lists = allFields(schema).filter(([, f]) => returnsList(f.type));
    expect(lists.length).toBeGreaterThan(60);
    expect(allFields(schema).filter(([, f]) => returnsConnection(f)).length).toBeGreaterThanOrEqual(6);
  });

  it('declares a bound on every list field that is not a connection page', () => {
    const unbounded = allFields(schema)
      .filter(([, f]) => returnsList(f.type))
      .filter(([, f]) => {
        const ext = f.extensions as ListBound;
        return (
          !(typeof ext.maxItems === 'number' && Number.isInteger(ext.maxItems) && ext.maxItems > 0) && !ext.pageItems
        );
      })
      .map(([name]) => name);
    expect(unbounded).toEqual([]);
  });

  it('sizes every connection with a `first` argument', () => {
    const unsized = allFields(schema)
      .filter(([, f]) => returnsConnection(f))
      .filter(
        ([, f]) =>
          !f.args.some(
            (a) => a.name === 'first' && getNamedType(a.type).name === 'Int' && a.defaultValue !== undefined,
          ),
      )
      .map(([name]) => name);
    expect(unsized).toEqual([]);
  });

  it('uses page items only inside connection types, each returned by some field', () => {
    const paged = allFields(schema).filter(([, f]) => (f.extensions as ListBound).pageItems);
    expect(paged.map(([name]) => name).every((n) => /Connection\.edges$/.test(n))).toBe(true);
    const returned = new Set(
      allFields(schema)
        .filter(([, f]) => returnsConnection(f))
        .map(([, f]) => getNamedType(f.type).name),
    );
    for (const [name] of paged) expect(returned).toContain(name.split('.')[0]);
  });
});

describe('the cost of a request', () => {
  const cost = (query: string, variables?: Record<string, unknown>) => requestCost(schema, parse(query), variables);

  it('counts one per field and nothing for introspection', () => {
    expect(cost('{ me { kind person { name } } }')).toBe(4);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
    expect(cost('{ me { __typename kind } }')).toBe(2);
  });

  it('multiplies a connection by its page size, from literals, variables or the default', () => {
    const page = (first: string) =>
      first ? `{ divisions(${first}) { edges { node { code } } } }` : '{ divisions { edges { node { code } } } }';
    expect(cost(page('first: 10'))).toBe(10 * (1 + 1 * (1 + 1 * (1 + 1))));
    expect(cost('query($n: Int!) { divisions(first: $n) { edges { node { code } } } }', { n: 10 })).toBe(
      cost(page('first: 10')),
    );
    expect(cost(page(''))).toBe(cost(page('first: 50')));
    expect(cost(page('first: 500'))).toBe(50 * cost(page('first: 10')));
    // A page size below one costs like one page item, never less.
    expect(cost(page('first: -5'))).toBe(cost(page('first: 1')));
  });

  it('multiplies a non-connection list by its declared bound, nested lists multiply', () => {
    const children =
      schema.getType('Division') &&
      (
        schema.getType('Division') as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }
      ).getFields().children;
    const n = (children!.extensions as ListBound).maxItems!;
    expect(cost('{ division(code: "1") { children { code } } }')).toBe(1 + n * 2);
    expect(cost('{ division(code: "1") { children { children { code } } } }')).toBe(1 + n * (1 + n * 2));
  });

  it('counts aliases and fragment spreads each time, and honours @skip', () => {
    const one = cost('{ division(code: "1") { children { code } } }');
    expect(cost('{ a: division(code: "1") { children { code } } b: division(code: "2") { children { code } } }')).toBe(
      2 * one,
    );
    expect(cost('query { division(code: "1") { ...F } } fragment F on Division { children { code } }')).toBe(one);
    expect(
      cost('query($s: Boolean!) { division(code: "1") { code children @skip(if: $s) { code } } }', { s: true }),
    ).toBe(2);
  });

  it('refuses to price variables that do not coerce (execution reports them)', () => {
    expect(() => cost('query($n: Int!) { divisions(first: $n) { edges { node { code } } } }', {})).toThrow(
      UncoercibleVariables,
    );
  });

  it('puts the heavy shapes of the probe far over the ceiling', () => {
    const probe = `{ a: divisions(first: 500) { edges { node { code children { children { children { children { name } } } } } } }
                     b: divisions(first: 500) { edges { node { code children { children { children { children { name } } } } } } } }`;
    expect(cost(probe)).toBeGreaterThan(1000 * LIMITS.cost);
  });
});

describe('declared bounds are enforced on answers', () => {
  it('fails a field whose resolver returns more items than its bound, with a coded error', async () => {
    const { buildSchema } = await import('graphql');
    const s = buildSchema('type Query { few: [Int!]! many: [Int!]! }');
    const fields = s.getQueryType()!.getFields();
    fields.few.extensions = { maxItems: 3 };
    fields.many.extensions = { maxItems: 3 };
    enforceListBounds(s);
    const res = await graphql({
      schema: s,
      source: '{ few many }',
      rootValue: { few: [1, 2, 3], many: async () => [1, 2, 3, 4] },
    });
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].path).toEqual(['many']);
    expect(res.errors![0].extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'LIMITS.LIST_BOUND_EXCEEDED',
    });
  });
});

describe('every bound has a known origin', () => {
  const bounded = () =>
    allFields(schema)
      .filter(([, f]) => typeof (f.extensions as ListBound).maxItems === 'number')
      .map(([name, f]) => [name, (f.extensions as ListBound).maxItems!] as const);

  it('lists every bounded field in the registry, with the bound the schema declares', () => {
    const declared = Object.fromEntries(bounded());
    const registered = Object.fromEntries(Object.entries(LIST_BOUNDS).map(([name, o]) => [name, o.bound]));
    expect(declared).toEqual(registered);
  });

  it('names a source and a reason for each, and for a cap the cap itself', () => {
    for (const [name, origin] of Object.entries(LIST_BOUNDS)) {
      expect([name, ['input', 'structure', 'reference', 'cap'].includes(origin.source)]).toEqual([name, true]);
      expect(origin.why.length).toBeGreaterThan(10);
      if (origin.source === 'cap')
        expect([name, Object.values(CAP).includes(origin.cap as never)]).toEqual([name, true]);
    }
  });

  it('enforces every cap in some service: each is counted by assertRoom or refused by limitReached', () => {
    const source = sourceFiles(join(__dirname, '../../src/modules'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unenforced = Object.keys(CAP).filter(
      // Calls may span lines (as Prettier wraps them): white space, newlines included, between the parts.
      (k) => !new RegExp(`(assertRoom\\([^,]+,\\s*|limitReached\\(\\s*)CAP\\.${k}\\b`).test(source),
    );
    expect(unenforced).toEqual([]);
  });

  it('says each bound in its field description, before the Chinese label', () => {
    for (const [name, bound] of bounded()) {
      const [type, field] = name.split('.');
      const description = (
        schema.getType(type) as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }
      ).getFields()[field].description!;
      expect([name, description.includes(`At most ${bound.toLocaleString('en-US')}.`)]).toEqual([name, true]);
    }
    expect(describeBound('Its votes, oldest first. 表决', 20)).toBe('Its votes, oldest first. At most 20. 表决');
    expect(describeBound('Residents’ feedback on it. 居民反馈', 100)).toBe(
      'Residents’ feedback on it. At most 100. 居民反馈',
    );
    expect(describeBound('Items only in the later version.', 1000)).toBe(
      'Items only in the later version. At most 1,000.',
    );
    expect(describeBound(undefined, 5)).toBe('At most 5.');
  });
});
