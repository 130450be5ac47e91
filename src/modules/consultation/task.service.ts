import type { Context } from '../../context';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isoDate, text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { Organisation, OrganisationStatus } from '../organisations';
import { livesIn, standing } from './consultation.access';
import {
  ConsultationEvaluation,
  ConsultationFeedback,
  ConsultationProgress,
  ConsultationTask,
} from './consultation.entities';
import { MatterAction as A, TaskStatus } from './consultation.enums';
import type {
  ConsultationProgressInput,
  ConsultationTaskInput,
  EvaluateMatterInput,
  GiveFeedbackInput,
} from './consultation.inputs';
import { MatterActivity } from './consultation.machine';
import { assertAllowed, lockMatter, takeStep, type Locked } from './consultation.steps';

/**
 * 落实 and 民评: tasks implementing a published decision, their progress and the residents'
 * feedback on it; then evaluation by the residents, and the matter closed with its score.
 */
export class TaskService {
  constructor(private readonly ctx: Context) {}

  async task(id: string): Promise<ConsultationTask> {
    const [t] = await readRows(this.ctx.em, ConsultationTask, { id: parseId(id, 'taskId') });
    if (!t) throw notFound('CONSULTATION.UNKNOWN_TASK', `No task has the id ${id}.`);
    this.ctx.audit.scope(t.platformPath);
    return t;
  }

  async progress(id: string): Promise<ConsultationProgress> {
    const [p] = await readRows(this.ctx.em, ConsultationProgress, { id: parseId(id, 'progressId') });
    if (!p) throw notFound('CONSULTATION.UNKNOWN_PROGRESS', `No progress update has the id ${id}.`);
    return p;
  }

  async assignTask(input: ConsultationTaskInput): Promise<ConsultationTask> {
    const title = text(input.title, 'title', 2, 200);
    const dueOn = isoDate(input.dueOn, 'dueOn');
    const unitId = parseId(input.unitId, 'unitId');
    const [unit] = await readRows(this.ctx.em, Organisation, { id: unitId });
    if (!unit) throw notFound('CONSULTATION.UNKNOWN_UNIT', `No organisation has the id ${input.unitId}.`);
    if (unit.status !== OrganisationStatus.ACTIVE)
      throw conflict('CONSULTATION.UNIT_INACTIVE', 'Tasks go to active organisations.');
    let taskId = 0;
    await takeStep(this.ctx, input.matterId, A.ASSIGN_TASK, title, async (em, m) => {
      await assertRoom(em, CAP.matterTasks, `select count(*) as n from consultation_task where matter_id = ?`, [m.id]);
      const task = em.create(ConsultationTask, {
        matter: m.id,
        platformPath: m.platform_path,
        unit: unitId,
        title,
        dueOn,
        status: TaskStatus.OPEN,
      });
      await em.flush();
      taskId = task.id;
    });
    return this.task(String(taskId));
  }

  /** The responsible unit (or the platform) reports progress until the task is done. */
  async reportProgress(input: ConsultationProgressInput): Promise<ConsultationTask> {
    const task = await this.task(input.taskId);
    const note = text(input.note, 'note', 2, 1000);
    await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, task.matter.id);
      assertAllowed(MatterActivity.REPORT_PROGRESS, m.state, `A matter in state ${m.state} takes no progress.`);
      const open = await em.execute(
        `update consultation_task set status = ? where id = ? and status = 'OPEN' returning id`,
        [input.done ? TaskStatus.DONE : TaskStatus.OPEN, task.id],
      );
      if (!open.length) throw conflict('CONSULTATION.TASK_DONE', 'The task is already done.');
      // The update above holds the task's row: reports of one task are counted one at a time.
      await assertRoom(em, CAP.taskProgress, `select count(*) as n from consultation_progress where task_id = ?`, [
        task.id,
      ]);
      em.create(ConsultationProgress, { task: task.id, note, done: input.done });
      await em.flush();
    });
    this.ctx.audit.target(task.id);
    return this.task(input.taskId);
  }

  /** Residents of the affected nodes give feedback on progress while the matter is implemented or evaluated. */
  async giveFeedback(input: GiveFeedbackInput): Promise<ConsultationFeedback> {
    const progress = await this.progress(input.progressId);
    const task = await this.task(String(progress.task.id));
    const body = text(input.text, 'text', 2, 1000);
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, task.matter.id, 'share');
      if (!(await this.isAffectedResident(m)))
        throw forbidden('CONSULTATION.NOT_AFFECTED', 'Residents of the nodes the matter affects give feedback.');
      assertAllowed(MatterActivity.GIVE_FEEDBACK, m.state, `A matter in state ${m.state} takes no feedback.`);
      // The matter is only share-locked (feedback on several tasks at once): the progress row serialises its own list.
      await lockParent(em, 'consultation_progress', progress.id);
      await assertRoom(
        em,
        CAP.progressFeedback,
        `select count(*) as n from consultation_feedback where progress_id = ?`,
        [progress.id],
      );
      const f = em.create(ConsultationFeedback, {
        progress: progress.id,
        author: this.ctx.viewer.personId!,
        text: body,
      });
      await em.flush();
      return f.id;
    });
    this.ctx.audit.target(id);
    return (await readRows(this.ctx.em, ConsultationFeedback, { id }))[0];
  }

  /** Evaluation opens once every task is done. */
  openEvaluation(input: { matterId: string }) {
    return takeStep(this.ctx, input.matterId, A.OPEN_EVALUATION, null, async (em, m) => {
      const [open] = await em.execute<{ open: string; all: string }[]>(
        `select count(*) filter (where status = 'OPEN') as open, count(*) as all from consultation_task where matter_id = ?`,
        [m.id],
      );
      if (Number(open.open) > 0) throw conflict('CONSULTATION.TASKS_OPEN', `${open.open} task(s) are not done yet.`);
    });
  }

  /** A resident of the affected nodes rates the outcome, once, while evaluation is open. */
  async evaluate(input: EvaluateMatterInput): Promise<ConsultationEvaluation> {
    const matterId = parseId(input.matterId, 'matterId');
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
      throw badInput('INPUT.OUT_OF_RANGE', 'A rating is 1–5.', [{ field: 'rating', message: '1–5' }]);
    const comment = input.comment ? text(input.comment, 'comment', 1, 500) : null;
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, matterId, 'share');
      if (!(await this.isAffectedResident(m)))
        throw forbidden('CONSULTATION.NOT_AFFECTED', 'Residents of the nodes the matter affects evaluate it.');
      assertAllowed(MatterActivity.EVALUATE, m.state, (reason) =>
        reason === 'CONSULTATION.NOT_IMPLEMENTED'
          ? 'A matter is evaluated after its implementation.'
          : `A matter in state ${m.state} takes no evaluation.`,
      );
      const rows = await em.execute<{ id: number }[]>(
        `insert into consultation_evaluation (matter_id, resident_id, rating, comment) values (?, ?, ?, ?) on conflict (matter_id, resident_id) do nothing returning id`,
        [matterId, this.ctx.viewer.personId, input.rating, comment],
      );
      if (!rows.length) throw conflict('CONSULTATION.ALREADY_EVALUATED', 'You have already evaluated this matter.');
      return rows[0].id;
    });
    this.ctx.audit.target(id);
    return (await readRows(this.ctx.em, ConsultationEvaluation, { id }))[0];
  }

  /** Closes the matter with its satisfaction score: the mean of the ratings. */
  close(input: { matterId: string }) {
    return takeStep(this.ctx, input.matterId, A.CLOSE, null, async (em, m) => {
      await em.execute(
        `update consultation_matter set closed_at = clock_timestamp(), satisfaction = (select round(avg(rating), 2) from consultation_evaluation where matter_id = ?) where id = ?`,
        [m.id, m.id],
      );
    });
  }

  private async isAffectedResident(m: Locked): Promise<boolean> {
    return livesIn(await standing(this.ctx), m.affected_paths);
  }
}
