import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { readRows } from '../../shared/read-rows';
import { PropertyCompanyProfile } from './property.entities';

/** Per-request loader: whether a property company has its own party organisation. */
export function propertyLoaders(em: EntityManager) {
  return {
    partyLedCompany: new DataLoader<number, boolean | null>(async (ids) => {
      const rows = await readRows(em, PropertyCompanyProfile, { organisation: { $in: [...ids] } });
      return ids.map((id) => rows.find((p) => p.organisation.id === id)?.hasPartyOrganisation ?? null);
    }),
  };
}
