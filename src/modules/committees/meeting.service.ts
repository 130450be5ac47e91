import type { Context } from '../../context';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isoDate, text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { CommitteeSeat } from './committee.entities';
import { CommitteeService } from './committee.service';
import {
  CommitteeDecision,
  CommitteeMeeting,
  FollowUpProgress,
  FollowUpStatus,
  FollowUpTask,
} from './meeting.entities';

/** A meeting to record: agenda, who attended, what was decided and who follows up. */
export interface MeetingRecord {
  committeeId: string;
  title: string;
  heldOn: string;
  agenda: string[];
  attendeeSeatIds: string[];
  decisions: { text: string; tasks: { unitId: string; title: string; dueOn: string }[] }[];
}

/** The most decisions one meeting records. */
export const MEETING_DECISIONS_MAX = 10;

/** The most follow-up tasks one decision sets. */
export const DECISION_TASKS_MAX = 10;

/** Committee meetings, decisions and follow-up tasks. */
export class MeetingService {
  constructor(private readonly ctx: Context) {}

  /** Records a meeting whole — or nothing, when any part is wrong. */
  async record(input: MeetingRecord): Promise<CommitteeMeeting> {
    const committee = await new CommitteeService(this.ctx).committee(input.committeeId);
    const heldOn = isoDate(input.heldOn, 'heldOn');
    const agenda = input.agenda.map((a) => text(a, 'agenda', 2, 200));
    if (!agenda.length || agenda.length > 30)
      throw badInput('COMMITTEES.BAD_AGENDA', 'A meeting has 1–30 agenda items.', [
        { field: 'agenda', message: '1–30 items' },
      ]);
    if (input.decisions.length > MEETING_DECISIONS_MAX)
      throw badInput('COMMITTEES.BAD_DECISIONS', `A meeting records at most ${MEETING_DECISIONS_MAX} decisions.`, [
        { field: 'decisions', message: `≤ ${MEETING_DECISIONS_MAX}` },
      ]);
    if (input.decisions.some((d) => d.tasks.length > DECISION_TASKS_MAX))
      throw badInput('COMMITTEES.BAD_TASKS', `A decision sets at most ${DECISION_TASKS_MAX} follow-up tasks.`, [
        { field: 'tasks', message: `≤ ${DECISION_TASKS_MAX}` },
      ]);
    const seats = await readRows(this.ctx.em, CommitteeSeat, { committee: committee.id });
    const open = seats.filter(
      (s) =>
        CommitteeService.active(s) ||
        (s.status === 'ACTIVE' && s.startsOn <= heldOn && (!s.endsOn || s.endsOn >= heldOn)),
    );
    const attendees = [...new Set(input.attendeeSeatIds.map((id) => parseId(id, 'attendeeSeatIds')))];
    const strangers = attendees.filter((id) => !open.some((s) => s.id === id));
    if (!attendees.length || strangers.length)
      throw badInput('COMMITTEES.NOT_A_MEMBER', 'Attendees are seats of this committee in office on that day.', [
        { field: 'attendeeSeatIds', message: 'seats of this committee' },
      ]);
    const units = new Set(open.filter((s) => s.unit).map((s) => s.unit!.id));
    for (const d of input.decisions) {
      for (const task of d.tasks) {
        if (!units.has(parseId(task.unitId, 'unitId')))
          throw badInput('COMMITTEES.NOT_A_MEMBER_UNIT', 'Tasks go to member units with a seat on the committee.', [
            { field: 'unitId', message: 'a member unit of the committee' },
          ]);
      }
    }
    const id = await this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'party_committee', committee.id);
      await assertRoom(
        em,
        CAP.committeeMeetings,
        `select count(*) as n from committee_meeting where committee_id = ?`,
        [committee.id],
      );
      const meeting = em.create(CommitteeMeeting, {
        committee: committee.id,
        communityPath: committee.communityPath,
        title: text(input.title, 'title', 2, 120),
        heldOn,
        agenda,
        attendeeSeatIds: attendees,
      });
      for (const d of input.decisions) {
        const decision = em.create(CommitteeDecision, { meeting, text: text(d.text, 'text', 2, 500) });
        for (const task of d.tasks) {
          em.create(FollowUpTask, {
            decision,
            unit: parseId(task.unitId, 'unitId'),
            communityPath: committee.communityPath,
            title: text(task.title, 'title', 2, 200),
            dueOn: isoDate(task.dueOn, 'dueOn'),
            status: FollowUpStatus.OPEN,
          });
        }
      }
      await em.flush();
      return meeting.id;
    });
    this.ctx.audit.target(id);
    return (await readRows(this.ctx.em, CommitteeMeeting, { id }))[0];
  }

  async task(id: string): Promise<FollowUpTask> {
    const [task] = await readRows(this.ctx.em, FollowUpTask, { id: parseId(id, 'taskId') });
    if (!task) throw notFound('COMMITTEES.UNKNOWN_TASK', `No task has the id ${id}.`);
    this.ctx.audit.scope(task.communityPath);
    return task;
  }

  /** The unit reports progress; a report marked done completes the task, after which no more are taken. */
  async report(input: { taskId: string; note: string; done: boolean }): Promise<FollowUpTask> {
    const task = await this.task(input.taskId);
    const note = text(input.note, 'note', 2, 500);
    await this.ctx.em.transactional(async (em) => {
      const open = await em.execute(
        `update follow_up_task set status = ? where id = ? and status = 'OPEN' returning id`,
        [input.done ? FollowUpStatus.DONE : FollowUpStatus.OPEN, task.id],
      );
      if (!open.length) throw conflict('COMMITTEES.TASK_DONE', 'The task is already done.');
      // The update above holds the task's row: its reports are counted one at a time.
      await assertRoom(em, CAP.followUpProgress, `select count(*) as n from follow_up_progress where task_id = ?`, [
        task.id,
      ]);
      em.create(FollowUpProgress, { task: task.id, note, done: input.done });
      await em.flush();
    });
    return this.task(input.taskId);
  }
}
