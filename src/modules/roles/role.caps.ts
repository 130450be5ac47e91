import type { EntityManager } from '@mikro-orm/postgresql';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { today } from '../../shared/dates';

/** Where a new assignment goes: its person, and its node or organisation (or both, for an analyst). */
export interface RolePlace {
  personId: number;
  divisionId: number | null;
  organisationId: number | null;
}

/** Assignments not over today: every one that is active now or may be later. */
const NOT_OVER = `(ends_on is null or ends_on >= ?)`;

/**
 * Refuses a new assignment (CONFLICT, ROLES.TOO_MANY_*) that would give its person, node or
 * organisation more current and future roles than their lists show. Their rows are locked
 * (person, node, organisation, always in that order) in the caller's transaction, so two
 * assignments at once are counted one after the other. Ended assignments never come back, so a
 * count of those not over today bounds the roles held on any later day.
 */
export async function assertRoleRoom(em: EntityManager, place: RolePlace): Promise<void> {
  const day = today();
  await lockParent(em, 'person', place.personId);
  if (place.divisionId !== null) await lockParent(em, 'division', place.divisionId);
  if (place.organisationId !== null) await lockParent(em, 'organisation', place.organisationId);
  await assertRoom(em, CAP.personRoles, `select count(*) as n from role_assignment where person_id = ? and ${NOT_OVER}`, [place.personId, day]);
  if (place.divisionId !== null) await assertRoom(em, CAP.nodeRoles, `select count(*) as n from role_assignment where division_id = ? and ${NOT_OVER}`, [place.divisionId, day]);
  if (place.organisationId !== null) {
    await assertRoom(em, CAP.organisationRoles, `select count(*) as n from role_assignment where organisation_id = ? and ${NOT_OVER}`, [place.organisationId, day]);
  }
}
