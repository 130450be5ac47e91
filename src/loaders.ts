import type { EntityManager } from '@mikro-orm/postgresql';
import { beanLoaders } from './modules/beans/bean.loaders';
import { consultationLoaders } from './modules/consultation/consultation.loaders';
import { committeeLoaders } from './modules/committees/committee.loaders';
import { facilityLoaders } from './modules/facilities/facility.loaders';
import { linkageLoaders } from './modules/linkage/linkage.loaders';
import { organisationLoaders } from './modules/organisations/organisation.loaders';
import { personLoaders } from './modules/people/person.loaders';
import { propertyLoaders } from './modules/property/property.loaders';
import { roleLoaders } from './modules/roles/role.loaders';
import { staffLoaders } from './modules/staff/staff.loaders';
import { divisionLoaders } from './modules/tree/division.loaders';

/** Every module's per-request DataLoaders. */
export function createLoaders(em: EntityManager) {
  return { ...divisionLoaders(em), ...personLoaders(em), ...organisationLoaders(em), ...roleLoaders(em), ...beanLoaders(em), ...facilityLoaders(em), ...staffLoaders(em), ...committeeLoaders(em), ...propertyLoaders(em), ...linkageLoaders(em), ...consultationLoaders(em) };
}

export type Loaders = ReturnType<typeof createLoaders>;
