import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey } from '../../shared/loaders';
import { Division } from './division.entity';

/** Per-request loaders of tree nodes. */
export function divisionLoaders(em: EntityManager) {
  return {
    divisionById: oneByKey<number, Division>((ids) => em.find(Division, { id: { $in: [...ids] } }), (d) => d.id),
    divisionByCode: oneByKey<string, Division>((codes) => em.find(Division, { code: { $in: [...codes] } }), (d) => d.code),
    childrenOf: manyByKey<number, Division>(
      (ids) => em.find(Division, { parent: { $in: [...ids] } }, { orderBy: { code: 'asc' } }),
      (d) => d.parent!.id,
    ),
  };
}
