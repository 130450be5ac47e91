import type { EntityManager } from '@mikro-orm/postgresql';
import { oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { VolunteerActivity, VolunteerStation } from './volunteer.entities';

/** Per-request loaders of stations and activities (lists of participations reach them). */
export function beanLoaders(em: EntityManager) {
  return {
    stationById: oneByKey<number, VolunteerStation>(
      (ids) => readRows(em, VolunteerStation, { id: { $in: [...ids] } }),
      (s) => s.id,
    ),
    activityById: oneByKey<number, VolunteerActivity>(
      (ids) => readRows(em, VolunteerActivity, { id: { $in: [...ids] } }),
      (a) => a.id,
    ),
  };
}
