import type { EntityManager } from '@mikro-orm/postgresql';
import { oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { ServiceProject } from './project.entities';

/** Per-request loader of service projects. */
export function linkageLoaders(em: EntityManager) {
  return {
    projectById: oneByKey<number, ServiceProject>(
      (ids) => readRows(em, ServiceProject, { id: { $in: [...ids] } }),
      (p) => p.id,
    ),
  };
}
