import type { EntityManager } from '@mikro-orm/postgresql';
import { oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { Person } from './person.entity';

/** Per-request loaders of people. */
export function personLoaders(em: EntityManager) {
  return {
    personById: oneByKey<number, Person>(
      (ids) => readRows(em, Person, { id: { $in: [...ids] } }),
      (p) => p.id,
    ),
  };
}
