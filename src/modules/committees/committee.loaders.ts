import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { CommitteeSeat } from './committee.entities';

/** Per-request loader of committees' seats. */
export function committeeLoaders(em: EntityManager) {
  return {
    seatsOf: manyByKey<number, CommitteeSeat>((ids) => readRows(em, CommitteeSeat, { committee: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (s) => s.committee.id),
  };
}
