import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { Organisation } from './organisation.entity';
import { OrganisationStatus } from './organisation.enums';

/** Per-request loaders of organisations. */
export function organisationLoaders(em: EntityManager) {
  return {
    organisationById: oneByKey<number, Organisation>(
      (ids) => readRows(em, Organisation, { id: { $in: [...ids] } }),
      (o) => o.id,
    ),
    /** Active organisations placed at each node. */
    organisationsAt: manyByKey<number, Organisation>(
      (ids) =>
        readRows(
          em,
          Organisation,
          { division: { $in: [...ids] }, status: OrganisationStatus.ACTIVE },
          { orderBy: { id: 'asc' } },
        ),
      (o) => o.division.id,
    ),
  };
}
