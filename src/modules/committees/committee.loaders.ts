import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CAP } from '../../shared/caps';
import { manyByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { CommitteeSeat } from './committee.entities';
import { CommitteeDecision, CommitteeMeeting, FollowUpProgress, FollowUpTask } from './meeting.entities';

const byId = { orderBy: { id: 'asc' } } as const;

/**
 * Each committee's meetings, newest first: at most one past the field's bound per committee (more
 * fails the field instead of being cut off), all committees in one statement.
 */
function meetingsOf(em: EntityManager, ids: readonly number[]): Promise<CommitteeMeeting[]> {
  const newest = raw(
    `id in (select id from (select id, row_number() over (partition by committee_id order by held_on desc, id desc) as n
                            from committee_meeting where committee_id = any(array[?]::int[])) ranked where n <= ?)`,
    [[...ids], CAP.committeeMeetings.limit + 1],
  );
  return readRows(em, CommitteeMeeting, { [newest]: [] }, { orderBy: { heldOn: 'desc', id: 'desc' } });
}

/** A community on whose committee a unit holds, held or was nominated for a seat. */
export interface UnitSeatPlace {
  unitId: number;
  communityPath: string;
}

/** Per-request loaders of committees' seats, and of their meetings with decisions, tasks and progress. */
export function committeeLoaders(em: EntityManager) {
  return {
    seatsOf: manyByKey<number, CommitteeSeat>(
      (ids) => readRows(em, CommitteeSeat, { committee: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (s) => s.committee.id,
    ),
    /** Per unit, the communities whose committees it has (or had) a seat on, in any standing. */
    seatPlacesOfUnit: manyByKey<number, UnitSeatPlace>(
      async (ids) =>
        (
          await em.execute<{ unit_id: number; community_path: string }[]>(
            'select distinct unit_id, community_path from committee_seat where unit_id in (?)',
            [[...ids]],
          )
        ).map((r) => ({
          unitId: Number(r.unit_id),
          communityPath: r.community_path,
        })),
      (p) => p.unitId,
    ),
    meetingsOfCommittee: manyByKey<number, CommitteeMeeting>(
      (ids) => meetingsOf(em, ids),
      (m) => m.committee.id,
    ),
    decisionsOfMeeting: manyByKey<number, CommitteeDecision>(
      (ids) => readRows(em, CommitteeDecision, { meeting: { $in: [...ids] } }, byId),
      (d) => d.meeting.id,
    ),
    followUpTasksOf: manyByKey<number, FollowUpTask>(
      (ids) => readRows(em, FollowUpTask, { decision: { $in: [...ids] } }, byId),
      (t) => t.decision.id,
    ),
    followUpProgressOf: manyByKey<number, FollowUpProgress>(
      (ids) => readRows(em, FollowUpProgress, { task: { $in: [...ids] } }, byId),
      (p) => p.task.id,
    ),
  };
}
