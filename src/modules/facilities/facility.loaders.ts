import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { FacilityUpgrade } from './facility.entities';

/** Per-request loaders of facility upgrades. */
export function facilityLoaders(em: EntityManager) {
  return {
    upgradesOf: manyByKey<number, FacilityUpgrade>(
      (ids) => readRows(em, FacilityUpgrade, { facility: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (u) => u.facility.id,
    ),
  };
}
