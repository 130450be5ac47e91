import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../shared/dates';
import { manyByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { RoleAssignment } from './role-assignment.entity';

/** Role assignments whose term covers today. */
export function activeTermFilter() {
  const day = today();
  return { startsOn: { $lte: day }, $or: [{ endsOn: null }, { endsOn: { $gte: day } }] };
}

/** Per-request loaders of active role assignments. */
export function roleLoaders(em: EntityManager) {
  const active = (where: object) =>
    readRows(em, RoleAssignment, { ...where, ...activeTermFilter() }, { orderBy: { id: 'asc' } });
  return {
    activeRolesOfPerson: manyByKey<number, RoleAssignment>(
      (ids) => active({ person: { $in: [...ids] } }),
      (r) => r.person.id,
    ),
    activeRolesAt: manyByKey<number, RoleAssignment>(
      (ids) => active({ division: { $in: [...ids] } }),
      (r) => r.division!.id,
    ),
    activeRolesIn: manyByKey<number, RoleAssignment>(
      (ids) => active({ organisation: { $in: [...ids] } }),
      (r) => r.organisation!.id,
    ),
  };
}
