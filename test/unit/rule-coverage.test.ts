import 'reflect-metadata';
import {
  buildSchema as buildSdlSchema,
  graphql,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield } from 'graphql-shield';
import { RULES } from '../../src/permissions';
import { buildBareSchema } from '../../src/schema';

/** A graphql-shield rule or logic rule (both carry `resolve`), as opposed to a field map. */
const isRule = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && typeof (x as { resolve?: unknown }).resolve === 'function';

/** The rule shield would use for `type.field` before falling back to `fallbackRule`, if any. */
function explicitRule(rules: Record<string, unknown>, type: string, field: string): unknown {
  const forType = rules[type];
  if (isRule(forType)) return forType;
  if (typeof forType !== 'object' || forType === null) return undefined;
  const map = forType as Record<string, unknown>;
  return [map[field], map['*']].find(isRule);
}

const CJK = /[\u4e00-\u9fff]/;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBareSchema();
});

const userTypes = () =>
  Object.values(schema.getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));

describe('permission rules (deny by default)', () => {
  it('name a rule for every field of every object type', () => {
    const objectTypes = userTypes().filter(isObjectType);
    // Guard against a vacuous pass: the walk must see the real schema.
    expect(objectTypes.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Query', 'Mutation', 'Division', 'Person', 'Organisation', 'RoleAssignment']),
    );
    const unruled = objectTypes
      .flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`))
      .filter((tf) => {
        const [type, field] = tf.split('.');
        return explicitRule(RULES, type, field) === undefined;
      });
    expect(unruled).toEqual([]);
  });

  it('name only types that exist in the schema (a typo would silently rule nothing)', () => {
    const types = schema.getTypeMap();
    expect(Object.keys(RULES).filter((name) => !types[name] || !isObjectType(types[name]))).toEqual([]);
  });

  it('the checker itself spots an un-ruled field', () => {
    const rules = { Query: { a: allow }, Whole: allow, Star: { '*': deny } };
    expect(explicitRule(rules, 'Query', 'a')).toBe(allow);
    expect(explicitRule(rules, 'Query', 'b')).toBeUndefined();
    expect(explicitRule(rules, 'Whole', 'x')).toBe(allow);
    expect(explicitRule(rules, 'Star', 'y')).toBe(deny);
    expect(explicitRule(rules, 'Missing', 'z')).toBeUndefined();
  });

  it('a field without a rule is unreachable under shield with fallbackRule deny', async () => {
    const sdl = buildSdlSchema('type Query { a: String  b: String }');
    const resolved: string[] = [];
    const root = {
      a: () => (resolved.push('a'), 'A'),
      b: () => (resolved.push('b'), 'B'),
    };
    const guarded = applyMiddleware(sdl, shield({ Query: { a: allow } }, { fallbackRule: deny }));

    const both = await graphql({ schema: guarded, source: '{ a b }', rootValue: root, contextValue: {} });
    expect(both.data).toEqual({ a: 'A', b: null });
    expect(both.errors?.map((e) => e.path?.join('.'))).toEqual(['b']);
    expect(resolved).toEqual(['a']); // b's resolver never ran

    const onlyB = await graphql({ schema: guarded, source: '{ b }', rootValue: root, contextValue: {} });
    expect(onlyB.data).toEqual({ b: null });
    expect(onlyB.errors).toHaveLength(1);

    // Without the shield the same field answers: the refusal above comes from the missing rule.
    const bare = await graphql({ schema: sdl, source: '{ b }', rootValue: root });
    expect(bare).toEqual({ data: { b: 'B' } });
  });
});

describe('schema descriptions (中文说明)', () => {
  it('every type, field, argument and enum value has a description with Chinese in it', () => {
    const offenders: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!CJK.test(description ?? '')) offenders.push(where);
    };
    const types = userTypes();
    expect(types.length).toBeGreaterThan(20);
    for (const type of types) {
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type))
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      if (isEnumType(type))
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(offenders).toEqual([]);
  });
});
