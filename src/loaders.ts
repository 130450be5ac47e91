import type { EntityManager } from '@mikro-orm/postgresql';
import type { MODULES } from './modules';
import type { LoadersOf } from './shared/module';

/** Every module's per-request DataLoaders, as the module list (src/modules/index.ts) declares them. */
export type Loaders = LoadersOf<typeof MODULES>;

let factories: readonly ((em: EntityManager) => object)[] | undefined;

/**
 * Takes the modules' loader factories; the module list calls it as it loads. The list is not
 * imported here: it reaches code that builds request contexts, which imports this file.
 */
export function provideLoaders(list: readonly ((em: EntityManager) => object)[]): void {
  factories = list;
}

/** Every module's per-request DataLoaders. */
export function createLoaders(em: EntityManager): Loaders {
  if (!factories) throw new Error('No module list is loaded: import src/modules before building a request context.');
  return Object.assign({}, ...factories.map((create) => create(em))) as Loaders;
}
