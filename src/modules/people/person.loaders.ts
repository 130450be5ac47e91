import type { EntityManager } from '@mikro-orm/postgresql';
import { oneByKey } from '../../shared/loaders';
import { Person } from './person.entity';

/** Per-request loaders of people. */
export function personLoaders(em: EntityManager) {
  return {
    personById: oneByKey<number, Person>((ids) => em.find(Person, { id: { $in: [...ids] } }), (p) => p.id),
  };
}
