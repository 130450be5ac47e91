import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../src/db/entities';
import { createLoaders } from '../../src/loaders';
import { MODULES, PLATFORM } from '../../src/modules';
import { RULES } from '../../src/permissions';
import { BaseEntity } from '../../src/shared/base.entity';
import { composeModules, defineModule, loaderKeys, type RuleMap } from '../../src/shared/module';

/** The `type` and `type.field` keys of a rule map, as mergeRules claims them. */
function ruleKeys(rules: RuleMap | readonly RuleMap[]): string[] {
  return (Array.isArray(rules) ? rules : [rules]).flatMap((map: RuleMap) =>
    Object.entries(map).flatMap(([type, rule]) =>
      typeof rule === 'object' && rule !== null && !('resolve' in rule)
        ? Object.keys(rule).map((field) => `${type}.${field}`)
        : [type],
    ),
  );
}

const noEm = {} as EntityManager;

describe('the module list', () => {
  it('gives the ORM every entity of every manifest, once, after the shared base', () => {
    const declared = MODULES.flatMap((m) => [...(m.entities ?? [])]);
    expect(ENTITIES).toEqual([BaseEntity, ...declared]);
    expect(new Set(ENTITIES).size).toBe(ENTITIES.length);
  });

  it("gives each request every manifest's loaders, and nothing else", () => {
    const loaders = createLoaders(noEm);
    const declared = MODULES.flatMap((m) => loaderKeys(m));
    expect(Object.keys(loaders).sort()).toEqual([...declared].sort());
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("gives the permission layer every manifest's rules, and nothing else", () => {
    const declared = MODULES.flatMap((m) => ruleKeys(m.rules));
    expect(ruleKeys(RULES).sort()).toEqual([...declared].sort());
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("serves every manifest's resolvers, routes and plugins in the order of the list", () => {
    expect(PLATFORM.resolvers).toEqual(MODULES.flatMap((m) => [...m.resolvers]));
    expect(PLATFORM.routers).toEqual(MODULES.flatMap((m) => [...(m.routers ?? [])]));
    expect(PLATFORM.plugins).toEqual(MODULES.flatMap((m) => [...(m.plugins ?? [])]));
    expect(PLATFORM.routers.map((r) => r.path)).toEqual(['/export', '/export']);
    expect(PLATFORM.plugins).toHaveLength(2);
  });
});

describe('composing modules', () => {
  class A {}
  class B {}
  const rule = { resolve: () => true };

  it('refuses two modules declaring the same loader, naming both', () => {
    const one = defineModule({ name: 'one', resolvers: [], rules: {}, loaders: () => ({ thingById: 1, other: 2 }) });
    const two = defineModule({ name: 'two', resolvers: [], rules: {}, loaders: () => ({ thingById: 3 }) });
    expect(() => composeModules([one, two])).toThrow('Both the one and the two modules declare the loader thingById');
  });

  it('refuses two modules ruling the same field, naming both', () => {
    const one = defineModule({ name: 'one', resolvers: [], rules: { Query: { things: rule } } });
    const two = defineModule({ name: 'two', resolvers: [], rules: { Query: { things: rule } } });
    expect(() => composeModules([one, two])).toThrow('Both the one and the two modules declare the rule Query.things');
  });

  it('refuses two modules ruling the same type, and two rule maps of one module ruling the same field', () => {
    const one = defineModule({ name: 'one', resolvers: [], rules: { Thing: rule } });
    const two = defineModule({ name: 'two', resolvers: [], rules: { Thing: rule } });
    expect(() => composeModules([one, two])).toThrow('Both the one and the two modules declare the rule Thing');
    const both = defineModule({ name: 'both', resolvers: [], rules: [{ Query: { a: rule } }, { Query: { a: rule } }] });
    expect(() => composeModules([both])).toThrow('declare the rule Query.a');
  });

  it('refuses two modules declaring the same entity, or the same name', () => {
    const one = defineModule({ name: 'one', entities: [A], resolvers: [], rules: {} });
    const two = defineModule({ name: 'two', entities: [A, B], resolvers: [], rules: {} });
    expect(() => composeModules([one, two])).toThrow('Both the one and the two modules declare the entity A');
    expect(() => composeModules([one, defineModule({ name: 'one', resolvers: [], rules: {} })])).toThrow(
      'Two modules are named one',
    );
  });

  it('merges rules of different fields of one type from different modules', () => {
    const one = defineModule({ name: 'one', resolvers: [A], rules: { Query: { a: rule } } });
    const two = defineModule({ name: 'two', resolvers: [B], rules: { Query: { b: rule } } });
    const composed = composeModules([one, two]);
    expect(composed.rules).toEqual({ Query: { a: rule, b: rule } });
    expect(composed.resolvers).toEqual([A, B]);
  });

  it('refuses a loader factory that reads while its loaders are built', () => {
    const eager = defineModule({ name: 'eager', resolvers: [], rules: {}, loaders: (em) => ({ x: em.find }) });
    expect(() => composeModules([eager])).toThrow('a loader factory used the entity manager (find)');
  });
});
