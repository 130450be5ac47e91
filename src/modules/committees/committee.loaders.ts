import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { CommitteeSeat } from './committee.entities';

/** A community on whose committee a unit holds, held or was nominated for a seat. */
export interface UnitSeatPlace {
  unitId: number;
  communityPath: string;
}

/** Per-request loader of committees' seats. */
export function committeeLoaders(em: EntityManager) {
  return {
    seatsOf: manyByKey<number, CommitteeSeat>((ids) => readRows(em, CommitteeSeat, { committee: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (s) => s.committee.id),
    /** Per unit, the communities whose committees it has (or had) a seat on, in any standing. */
    seatPlacesOfUnit: manyByKey<number, UnitSeatPlace>(
      async (ids) =>
        (await em.execute<{ unit_id: number; community_path: string }[]>('select distinct unit_id, community_path from committee_seat where unit_id in (?)', [[...ids]])).map((r) => ({
          unitId: Number(r.unit_id),
          communityPath: r.community_path,
        })),
      (p) => p.unitId,
    ),
  };
}
