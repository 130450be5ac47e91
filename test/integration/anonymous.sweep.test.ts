/**
 * Deny by default, over the whole schema: every query and mutation, called without credentials
 * (with well-typed arguments), answers UNAUTHENTICATED — except the few that are public on
 * purpose, listed here. A new field that forgets its rule, or is opened by mistake, fails this.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildBareSchema } from '../../src/schema';
import { codes, startTestApp, type TestApp } from '../harness/app';

/** What anyone may call without signing in. */
const PUBLIC = new Set(['Mutation.login', 'Query.consultationResult', 'Query.publishedConsultations']);

let t: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  [t, schema] = await Promise.all([startTestApp(), buildBareSchema()]);
});
afterAll(() => t?.close());

/** A value of `type` that passes GraphQL validation (the rules run before anything looks at it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  const named = getNamedType(type).name;
  const scalars: Record<string, unknown> = {
    String: '530100000000',
    ID: '1',
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTimeISO: '2026-01-01T00:00:00.000Z',
    JSONObject: {},
  };
  if (!(named in scalars)) throw new Error(`no sample for scalar ${named}`);
  return scalars[named];
}

/** The field called with its required arguments, selecting `__typename` where it returns an object. */
function call(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const decl = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind} Sweep${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

const fieldsOf = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});

describe('anonymous callers', () => {
  it('are refused every query and mutation but the public ones', async () => {
    const refusedNot: string[] = [];
    const publicRefused: string[] = [];
    let checked = 0;
    for (const [kind, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of fieldsOf(type)) {
        const name = `${type!.name}.${field.name}`;
        const res = await t.post(call(kind, field));
        checked++;
        const got = codes(res);
        if (PUBLIC.has(name)) {
          if (got.includes('UNAUTHENTICATED') && name !== 'Mutation.login')
            publicRefused.push(`${name}: ${got.join()}`);
        } else if (got.join() !== 'UNAUTHENTICATED') refusedNot.push(`${name}: ${got.join() || 'answered'}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(refusedNot).toEqual([]);
    expect(publicRefused).toEqual([]);
  });
});
