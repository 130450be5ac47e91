import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { Division } from './division.entity';

/** Per-request loaders of tree nodes. */
export function divisionLoaders(em: EntityManager) {
  return {
    divisionById: oneByKey<number, Division>(
      (ids) => readRows(em, Division, { id: { $in: [...ids] } }),
      (d) => d.id,
    ),
    divisionByCode: oneByKey<string, Division>(
      (codes) => readRows(em, Division, { code: { $in: [...codes] } }),
      (d) => d.code,
    ),
    childrenOf: manyByKey<number, Division>(
      (ids) => readRows(em, Division, { parent: { $in: [...ids] } }, { orderBy: { code: 'asc' } }),
      (d) => d.parent!.id,
    ),
  };
}
