import type { EntityManager } from '@mikro-orm/postgresql';
import { oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { PayScale } from './staff.entities';

/** Per-request loader of the pay scale's cells (`POST:grade`); the whole scale is one small query. */
export function staffLoaders(em: EntityManager) {
  return {
    payScaleCell: oneByKey<string, PayScale>(
      () => readRows(em, PayScale, {}),
      (c) => `${c.post}:${c.grade}`,
    ),
  };
}
