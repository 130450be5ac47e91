import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Context } from '../context';
import type { ServerDeps } from '../server';

/** A class: an entity or a resolver. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Class = abstract new (...args: any[]) => unknown;

/** A graphql-shield rule map: a rule per type, or per field of a type. */
export type RuleMap = Record<string, unknown>;

/** What a capability contributes to the platform, declared in its `index.ts`. */
export interface ModuleManifest<L extends object = object> {
  /** Short and unique: errors name the module by it. */
  name: string;
  /** Its MikroORM entities (one class is the entity and the GraphQL object type). */
  entities?: readonly Class[];
  /** Its type-graphql resolvers. */
  resolvers: readonly Class[];
  /** Its graphql-shield rules, per type or per `type.field` (one map, or several merged as if from separate modules); whatever no module rules is denied. */
  rules: RuleMap | readonly RuleMap[];
  /** Its per-request DataLoaders, built for each request's entity manager; keys are unique across modules. */
  loaders?: (em: EntityManager) => L;
  /** HTTP routes mounted beside /graphql (after the platform's own), in the order of the module list. */
  routers?: readonly { path: string; router: (deps: ServerDeps) => RequestHandler }[];
  /** Apollo plugins, after the platform's own, in the order of the module list. */
  plugins?: readonly ((deps: ServerDeps) => ApolloServerPlugin<Context>)[];
}

/** Declares a capability (see ModuleManifest); its loaders' types flow into the request context. */
export function defineModule<L extends object = Record<never, never>>(manifest: ModuleManifest<L>): ModuleManifest<L> {
  return manifest;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The loaders of a list of modules: every module's loaders on one object. */
export type LoadersOf<M extends readonly ModuleManifest<object>[]> = UnionToIntersection<
  ReturnType<NonNullable<M[number]['loaders']>>
>;

/** What the module list adds up to; built once at start. */
export interface Composed {
  entities: Class[];
  resolvers: Class[];
  rules: RuleMap;
  /** Every module's loader factory, in the order of the list (their keys checked unique). */
  loaders: ((em: EntityManager) => object)[];
  routers: NonNullable<ModuleManifest['routers']>[number][];
  plugins: NonNullable<ModuleManifest['plugins']>[number][];
}

/** Records who claimed `key`; a second claim is a programming error naming both modules. */
function claimer(what: string) {
  const owner = new Map<string, string>();
  return (key: string, name: string) => {
    const prev = owner.get(key);
    if (prev !== undefined) throw new Error(`Both the ${prev} and the ${name} modules declare the ${what} ${key}`);
    owner.set(key, name);
  };
}

/** Merges the modules' rule maps; two modules ruling the same type or `type.field` is a programming error. */
export function mergeRules(maps: readonly { name: string; rules: RuleMap }[]): RuleMap {
  const merged: RuleMap = {};
  const claim = claimer('rule');
  for (const { name, rules } of maps) {
    for (const [type, rule] of Object.entries(rules)) {
      if (typeof rule === 'object' && rule !== null && !('resolve' in rule)) {
        const fields = (merged[type] ??= {}) as RuleMap;
        for (const [field, r] of Object.entries(rule)) {
          claim(`${type}.${field}`, name);
          fields[field] = r;
        }
      } else {
        claim(type, name);
        merged[type] = rule;
      }
    }
  }
  return merged;
}

/**
 * An entity manager that refuses to be used: loader factories only build their DataLoaders
 * (nothing is read until a loader loads), so their keys can be read at start.
 */
const NO_EM = new Proxy(
  {},
  {
    get(_target, prop) {
      throw new Error(`a loader factory used the entity manager (${String(prop)}) while building its loaders`);
    },
  },
) as EntityManager;

/** The keys of a module's loaders. */
export function loaderKeys(module: ModuleManifest<object>): string[] {
  return module.loaders ? Object.keys(module.loaders(NO_EM)) : [];
}

/**
 * Adds up the modules: entities, resolvers, rules, loaders, routers and plugins, in the order of
 * the list. Two modules with the same name, entity, rule key or loader key are an error here, at
 * start, naming both.
 */
export function composeModules(modules: readonly ModuleManifest<object>[]): Composed {
  const names = new Set<string>();
  const claimEntity = claimer('entity');
  const claimLoader = claimer('loader');
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`Two modules are named ${m.name}`);
    names.add(m.name);
    for (const e of m.entities ?? []) claimEntity(e.name, m.name);
    for (const key of loaderKeys(m)) claimLoader(key, m.name);
  }
  return {
    entities: modules.flatMap((m) => [...(m.entities ?? [])]),
    resolvers: modules.flatMap((m) => [...m.resolvers]),
    rules: mergeRules(
      modules.flatMap((m) =>
        (Array.isArray(m.rules) ? m.rules : [m.rules]).map((rules: RuleMap) => ({ name: m.name, rules })),
      ),
    ),
    loaders: modules.flatMap((m) => (m.loaders ? [m.loaders] : [])),
    routers: modules.flatMap((m) => [...(m.routers ?? [])]),
    plugins: modules.flatMap((m) => [...(m.plugins ?? [])]),
  };
}
