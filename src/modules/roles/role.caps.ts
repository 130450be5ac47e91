import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../auth/roles';
import { assertRoom, CAP, limitReached, lockParent } from '../../shared/caps';
import { today } from '../../shared/dates';

/** Where a new assignment goes: its person, and its node or organisation (or both, for an analyst). */
export interface RolePlace {
  role: Role;
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
  await assertRoom(
    em,
    CAP.personRoles,
    `select count(*) as n from role_assignment where person_id = ? and ${NOT_OVER}`,
    [place.personId, day],
  );
  if (place.divisionId !== null)
    await assertRoom(
      em,
      CAP.nodeRoles,
      `select count(*) as n from role_assignment where division_id = ? and ${NOT_OVER}`,
      [place.divisionId, day],
    );
  if (place.organisationId !== null) {
    await assertRoom(
      em,
      CAP.organisationRoles,
      `select count(*) as n from role_assignment where organisation_id = ? and ${NOT_OVER}`,
      [place.organisationId, day],
    );
  }
  if (place.role === Role.ANALYST && place.organisationId !== null)
    await assertAnalystRoom(em, place.personId, place.organisationId, day);
}

/**
 * Refuses (ROLES.TOO_MANY_ANALYST_ORGANISATIONS) making a person an analyst of one organisation
 * more than the cap: the queries shared with them are those of each such organisation. Under the
 * person's lock, taken by assertRoleRoom.
 */
async function assertAnalystRoom(
  em: EntityManager,
  personId: number,
  organisationId: number,
  day: string,
): Promise<void> {
  const orgs = await em.execute<{ organisation_id: number }[]>(
    `select distinct organisation_id from role_assignment where person_id = ? and role = ? and organisation_id is not null and ${NOT_OVER}`,
    [personId, Role.ANALYST, day],
  );
  if (orgs.length >= CAP.analystOrganisations.limit && !orgs.some((o) => Number(o.organisation_id) === organisationId))
    throw limitReached(CAP.analystOrganisations);
}
