/**
 * Write-time caps: the most rows one parent (a matter, a committee, a person …) may hold in a list
 * the schema returns whole. Each cap is the declared bound (`@MaxItems`) of that list, so the cost
 * a request is priced at is the most it can get. A writer locks the parent (or, for a list with no
 * parent, the list's name), counts under that lock and refuses the row that would go over with
 * CONFLICT and the cap's reason, `extensions.limit` naming the cap — two writers cannot both pass.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from './errors';

/** One cap: its size and the reason a refusal carries. */
export interface Cap {
  limit: number;
  reason: string;
  /** What the list holds, for the refusal's message ("votes on a matter"). */
  what: string;
}

const cap = (limit: number, reason: string, what: string): Cap => ({ limit, reason, what });

/** Every write-time cap, by list. The bound of the list's field is the cap (src/list-bounds.ts). */
export const CAP = {
  matterSessions: cap(12, 'CONSULTATION.TOO_MANY_SESSIONS', 'sessions of a matter'),
  matterVotes: cap(20, 'CONSULTATION.TOO_MANY_VOTES', 'votes on a matter'),
  matterTasks: cap(20, 'CONSULTATION.TOO_MANY_TASKS', 'tasks of a matter'),
  taskProgress: cap(20, 'CONSULTATION.TOO_MANY_PROGRESS_REPORTS', 'progress reports of a task'),
  progressFeedback: cap(50, 'CONSULTATION.TOO_MANY_FEEDBACK', 'feedback on a progress report'),
  personSessions: cap(500, 'CONSULTATION.TOO_MANY_INVITATIONS', 'sessions a person is invited to'),
  committeeSeats: cap(50, 'COMMITTEES.TOO_MANY_SEATS', 'seats of a committee, past ones included'),
  committeeMeetings: cap(120, 'COMMITTEES.TOO_MANY_MEETINGS', 'meetings of a committee'),
  followUpProgress: cap(20, 'COMMITTEES.TOO_MANY_PROGRESS_REPORTS', 'progress reports of a follow-up task'),
  projectRecords: cap(1000, 'PROJECTS.TOO_MANY_RECORDS', 'service records of a project'),
  socialOrganisations: cap(10_000, 'LINKAGE.LIMIT_REACHED', 'registered social organisations'),
  stationActivities: cap(500, 'BEANS.TOO_MANY_ACTIVITIES', 'activities of a station'),
  personParticipations: cap(1000, 'BEANS.TOO_MANY_PARTICIPATIONS', 'participations of a volunteer'),
  catalogueItems: cap(2000, 'BEANS.CATALOGUE_FULL', 'items in the catalogue'),
  fundDonations: cap(1000, 'BEANS.TOO_MANY_DONATIONS', 'donations to a fund'),
  personRoles: cap(100, 'ROLES.TOO_MANY_ROLES', 'current and future roles of a person'),
  analystOrganisations: cap(10, 'ROLES.TOO_MANY_ANALYST_ORGANISATIONS', 'organisations a person is an analyst of'),
  nodeRoles: cap(50, 'ROLES.TOO_MANY_AT_NODE', 'current and future roles held at a node'),
  organisationRoles: cap(100, 'ROLES.TOO_MANY_IN_ORGANISATION', 'current and future roles held in an organisation'),
  nodeOrganisations: cap(50, 'ORG.TOO_MANY_AT_NODE', 'active organisations at a node'),
  organisationTokens: cap(200, 'TOKENS.LIMIT_REACHED', 'tokens of an organisation, revoked and expired ones included'),
  nodeFacilities: cap(50, 'FACILITIES.TOO_MANY_AT_NODE', 'facilities at a node'),
  facilityUpgrades: cap(50, 'FACILITIES.TOO_MANY_UPGRADES', 'upgrades of a facility'),
  personSavedQueries: cap(100, 'ANALYSTS.TOO_MANY_QUERIES', 'saved queries of a person'),
  organisationSharedQueries: cap(100, 'ANALYSTS.TOO_MANY_SHARED', 'queries shared in an organisation'),
  designations: cap(2000, 'DESIGNATIONS.LIMIT_REACHED', 'designations'),
  workItems: cap(1000, 'WORKLIST.TOO_MANY_ITEMS', 'items of a work-list version'),
  workListVersions: cap(100, 'WORKLIST.TOO_MANY_VERSIONS', 'published work-list versions'),
  accessRequests: cap(2000, 'WORKLIST.TOO_MANY_REQUESTS', 'access requests'),
  communityTasks: cap(500, 'WORKLIST.TOO_MANY_TASKS', 'tasks of a community'),
  outOfListReports: cap(5000, 'WORKLIST.TOO_MANY_REPORTS', 'out-of-list reports'),
} as const;

export type CapName = keyof typeof CAP;

/** CONFLICT with the cap's reason and `extensions.limit`: the list is full. */
export function limitReached(c: Cap): AppError {
  const err = new AppError('CONFLICT', c.reason, `The most ${c.what} is ${c.limit}; this one would go over it.`);
  Object.assign(err.extensions, { limit: c.limit });
  return err;
}

/**
 * Locks one parent row for the rest of the transaction (FOR NO KEY UPDATE: other writers of the
 * parent's lists wait; rows referencing it are still inserted). `table` is a constant of the caller.
 */
export async function lockParent(em: EntityManager, table: string, id: number): Promise<void> {
  await em.execute(`select 1 from ${table} where id = ? for no key update`, [id]);
}

/** Locks a list that has no parent row (a city-wide list) for the rest of the transaction. */
export async function lockList(em: EntityManager, c: Cap): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [c.reason]);
}

/**
 * Refuses (limitReached) when `count` rows are already in the list, or when `adding` more would
 * go over. Run under the lock of `lockParent` or `lockList`, in the transaction that inserts.
 * `countSql` is a constant `select count(*) as n …` of the caller; `params` its values.
 */
export async function assertRoom(
  em: EntityManager,
  c: Cap,
  countSql: string,
  params: unknown[],
  adding = 1,
): Promise<void> {
  const [{ n }] = await em.execute<{ n: string | number }[]>(countSql, params);
  if (Number(n) + adding > c.limit) throw limitReached(c);
}

/**
 * The most entries a matter's timeline holds, from the caps: its creation (propose, merge or
 * split), accept, one per session scheduled, open and close per vote, publish, one per task
 * assigned, open evaluation and close — a matter that ends early (declined, withdrawn, merged,
 * split) takes one final step instead of the rest.
 */
export const MATTER_TIMELINE_MAX = 5 + CAP.matterSessions.limit + 2 * CAP.matterVotes.limit + CAP.matterTasks.limit;
