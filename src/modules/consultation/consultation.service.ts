import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { assertRoom, CAP, limitReached, lockParent } from '../../shared/caps';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isWithin } from '../../shared/tree-path';
import { isoDate, text } from '../../shared/validate';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationStatus } from '../organisations/organisation.enums';
import { Person } from '../people/person.entity';
import { parseId } from '../people/person.service';
import { DivisionService } from '../tree/division.service';
import { livesIn, platformLevelOf, standing } from './consultation.access';
import {
  ConsultationEvaluation,
  ConsultationFeedback,
  ConsultationLineage,
  ConsultationMatter,
  ConsultationOpinion,
  ConsultationParticipant,
  ConsultationProgress,
  ConsultationSession,
  ConsultationTask,
  ConsultationTransition,
  ConsultationVote,
  type AttachmentRef,
} from './consultation.entities';
import { MatterAction as A, MatterState as S, PlatformLevel, SessionStatus, TaskStatus, VoteStatus } from './consultation.enums';
import type {
  ConsultationTaskInput,
  AttachmentInput,
  CastBallotInput,
  EditMatterInput,
  EvaluateMatterInput,
  GiveFeedbackInput,
  MergeMattersInput,
  OpenVoteInput,
  ProposeMatterInput,
  PublishDecisionInput,
  RecordSessionInput,
  ConsultationProgressInput,
  ScheduleSessionInput,
  SplitMatterInput,
} from './consultation.inputs';
import { closeDueVotes, lockVote, settleDueVote, tallyAndClose } from './consultation.deadlines';
import { allows, EDITABLE, PUBLISHED_STATES, refusalReason, STEPS } from './consultation.machine';

/** A matter's row as locked for a step. */
interface Locked {
  id: number;
  state: S;
  platform_path: string;
  level: PlatformLevel;
  affected_paths: string[];
}

const MAX_DEADLINE_DAYS = 90;

/** The most nodes a matter affects (the bound of its `affected`). */
export const AFFECTED_MAX = 20;

/**
 * The consultation cycle, enforced here: each step checks the matter's state under a row lock,
 * writes its change and its timeline entry in one transaction, or refuses with a coded error and
 * writes nothing.
 */
export class ConsultationService {
  constructor(private readonly ctx: Context) {}

  // ── reads ──────────────────────────────────────────────────────────────────────────────────

  /** A matter as a reader gets it: its vote closed first if past its deadline. */
  async current(id: string, field = 'matterId'): Promise<ConsultationMatter> {
    await closeDueVotes(this.ctx.em, { matterIds: [parseId(id, field)] });
    return this.matter(id, field);
  }

  async matter(id: string, field = 'matterId'): Promise<ConsultationMatter> {
    const [m] = await readRows(this.ctx.em, ConsultationMatter, { id: parseId(id, field) });
    if (!m) throw notFound('CONSULTATION.UNKNOWN_MATTER', `No matter has the id ${id}.`);
    this.ctx.audit.scope(m.platformPath);
    return m;
  }

  async session(id: string): Promise<ConsultationSession> {
    const [s] = await readRows(this.ctx.em, ConsultationSession, { id: parseId(id, 'sessionId') });
    if (!s) throw notFound('CONSULTATION.UNKNOWN_SESSION', `No session has the id ${id}.`);
    this.ctx.audit.scope(s.platformPath);
    return s;
  }

  async vote(id: string): Promise<ConsultationVote> {
    const [v] = await readRows(this.ctx.em, ConsultationVote, { id: parseId(id, 'voteId') });
    if (!v) throw notFound('CONSULTATION.UNKNOWN_VOTE', `No vote has the id ${id}.`);
    return v;
  }

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

  /** A node that has a consultation platform: a community, a village or a street. */
  async platform(code: string) {
    const node = await new DivisionService(this.ctx).byCode(code, 'platformCode');
    const level = platformLevelOf(node.kind);
    if (level) return { node, level };
    throw badInput('CONSULTATION.NOT_A_PLATFORM', 'Consultation platforms are a community’s, a village’s or a street’s.', [{ field: 'platformCode', message: 'a community, village or street' }]);
  }

  // ── 民提: propose, accept, decline, withdraw, edit, merge, split ─────────────────────────────

  async propose(input: ProposeMatterInput): Promise<ConsultationMatter> {
    const { node, level } = await this.platform(input.platformCode);
    const title = text(input.title, 'title', 2, 120);
    const description = text(input.description, 'description', 2, 2000);
    const affected = await this.affected(input.affectedCodes, node.path);
    const attachments = attachmentsOf(input.attachments ?? []);
    const organisationId = input.organisationId ? await this.proposingOrganisation(input.organisationId, node.path) : null;
    const id = await this.ctx.em.transactional(async (em) => {
      const m = em.create(ConsultationMatter, {
        platform: node.id,
        platformPath: node.path,
        level,
        title,
        description,
        category: input.category,
        affectedPaths: affected,
        attachments,
        proposer: this.ctx.viewer.personId,
        proposerOrganisation: organisationId,
        state: S.PROPOSED,
      });
      await em.flush();
      this.record(em, m.id, A.PROPOSE, null, S.PROPOSED, null);
      await em.flush();
      return m.id;
    });
    this.ctx.audit.target(id);
    this.ctx.audit.scope(node.path);
    return this.matter(String(id));
  }

  accept(input: { matterId: string; reason?: string | null }) {
    return this.step(input.matterId, A.ACCEPT, optionalReason(input.reason));
  }

  decline(input: { matterId: string; reason?: string | null }) {
    const reason = input.reason ? text(input.reason, 'reason', 2, 500) : null;
    if (!reason) throw badInput('CONSULTATION.REASON_REQUIRED', 'A matter is declined with a reason.', [{ field: 'reason', message: 'required' }]);
    return this.step(input.matterId, A.DECLINE, reason);
  }

  /** The proposer withdraws before a decision; an open vote is cancelled with it. */
  withdraw(input: { matterId: string; reason?: string | null }) {
    return this.step(input.matterId, A.WITHDRAW, optionalReason(input.reason), async (em, m) => {
      if (m.state === S.VOTING) await em.execute(`update consultation_vote set status = 'CANCELLED', closed_at = clock_timestamp() where matter_id = ? and status = 'OPEN'`, [m.id]);
    });
  }

  /** Edits the text of a matter before its vote; a published result is never edited. */
  async edit(input: EditMatterInput): Promise<ConsultationMatter> {
    const id = parseId(input.matterId, 'matterId');
    const changes: Partial<Record<'title' | 'description' | 'category' | 'attachments', unknown>> = {};
    if (input.title != null) changes.title = text(input.title, 'title', 2, 120);
    if (input.description != null) changes.description = text(input.description, 'description', 2, 2000);
    if (input.category != null) changes.category = input.category;
    if (input.attachments != null) changes.attachments = attachmentsOf(input.attachments);
    if (!Object.keys(changes).length) throw badInput('CONSULTATION.NOTHING_TO_CHANGE', 'Name at least one thing to change.');
    await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, id);
      if (PUBLISHED_STATES.includes(m.state)) throw conflict('CONSULTATION.ALREADY_PUBLISHED', 'A published result is not edited.');
      if (!EDITABLE.includes(m.state)) throw conflict('CONSULTATION.WRONG_STATE', `A matter in state ${m.state} is not edited.`);
      await em.nativeUpdate(ConsultationMatter, { id }, changes as never);
    });
    this.ctx.audit.target(id);
    return this.matter(String(id));
  }

  /** Merges matters of one platform into a new, accepted matter; each keeps its link to it. */
  async merge(input: MergeMattersInput): Promise<ConsultationMatter> {
    const ids = [...new Set(input.matterIds.map((m) => parseId(m, 'matterIds')))].sort((a, b) => a - b);
    if (ids.length < 2 || ids.length > 10) throw badInput('CONSULTATION.BAD_MERGE', 'Merge 2–10 different matters.', [{ field: 'matterIds', message: '2–10 ids' }]);
    const title = text(input.title, 'title', 2, 120);
    const description = text(input.description, 'description', 2, 2000);
    const id = await this.ctx.em.transactional(async (em) => {
      const origins: Locked[] = [];
      for (const o of ids) origins.push(await lock(em, o));
      const platformPath = origins[0].platform_path;
      if (origins.some((o) => o.platform_path !== platformPath)) throw badInput('CONSULTATION.BAD_MERGE', 'Only matters of one platform are merged.', [{ field: 'matterIds', message: 'one platform' }]);
      for (const o of origins) if (!allows(A.MERGE, o.state)) throw conflict(refusalReason(A.MERGE, o.state), `Matter ${o.id} in state ${o.state} cannot be merged.`);
      const [platform] = await em.execute<{ id: number }[]>(`select platform_id as id from consultation_matter where id = ?`, [origins[0].id]);
      const affected = [...new Set(origins.flatMap((o) => o.affected_paths))].sort();
      if (affected.length > AFFECTED_MAX) throw badInput('CONSULTATION.BAD_AFFECTED', `Together these matters affect more than ${AFFECTED_MAX} nodes.`, [{ field: 'matterIds', message: `≤ ${AFFECTED_MAX} affected nodes together` }]);
      const m = em.create(ConsultationMatter, {
        platform: platform.id,
        platformPath,
        level: origins[0].level,
        title,
        description,
        category: input.category,
        affectedPaths: affected,
        attachments: [],
        proposer: this.ctx.viewer.personId,
        state: S.ACCEPTED,
      });
      await em.flush();
      this.record(em, m.id, A.MERGE, null, S.ACCEPTED, `merged from ${ids.map((i) => `#${i}`).join(', ')}`);
      for (const o of origins) {
        await em.execute(`update consultation_matter set state = ? where id = ?`, [S.MERGED, o.id]);
        this.record(em, o.id, A.MERGE, o.state, S.MERGED, `merged into #${m.id}`);
        em.create(ConsultationLineage, { origin: o.id, successor: m.id, kind: A.MERGE });
      }
      await em.flush();
      return m.id;
    });
    this.ctx.audit.target(id);
    return this.matter(String(id));
  }

  /** Splits a matter into accepted parts, each linked to it. */
  async split(input: SplitMatterInput): Promise<ConsultationMatter[]> {
    const id = parseId(input.matterId, 'matterId');
    if (input.parts.length < 2 || input.parts.length > 10) throw badInput('CONSULTATION.BAD_SPLIT', 'Split into 2–10 parts.', [{ field: 'parts', message: '2–10 parts' }]);
    const origin = await this.matter(input.matterId);
    const parts = await Promise.all(
      input.parts.map(async (p) => ({ title: text(p.title, 'title', 2, 120), description: text(p.description, 'description', 2, 2000), affected: await this.affected(p.affectedCodes, origin.platformPath) })),
    );
    for (const p of parts) {
      if (!p.affected.every((a) => origin.affectedPaths.some((o) => isWithin(a, o)))) {
        throw badInput('CONSULTATION.AFFECTED_OUTSIDE', 'A part affects only nodes the original affects.', [{ field: 'affectedCodes', message: 'within the original’s' }]);
      }
    }
    const ids = await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, id);
      if (!allows(A.SPLIT, m.state)) throw conflict(refusalReason(A.SPLIT, m.state), `A matter in state ${m.state} cannot be split.`);
      const created: number[] = [];
      for (const p of parts) {
        const part = em.create(ConsultationMatter, {
          platform: origin.platform.id,
          platformPath: origin.platformPath,
          level: origin.level,
          title: p.title,
          description: p.description,
          category: origin.category,
          affectedPaths: p.affected,
          attachments: origin.attachments,
          proposer: origin.proposer?.id ?? null,
          proposerOrganisation: origin.proposerOrganisation?.id ?? null,
          state: S.ACCEPTED,
        });
        await em.flush();
        created.push(part.id);
        this.record(em, part.id, A.SPLIT, null, S.ACCEPTED, `split from #${id}`);
        em.create(ConsultationLineage, { origin: id, successor: part.id, kind: A.SPLIT });
      }
      await em.execute(`update consultation_matter set state = ? where id = ?`, [S.SPLIT, id]);
      this.record(em, id, A.SPLIT, m.state, S.SPLIT, `split into ${created.map((c) => `#${c}`).join(', ')}`);
      await em.flush();
      return created;
    });
    this.ctx.audit.target(id);
    return readRows(this.ctx.em, ConsultationMatter, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
  }

  // ── 民议: sessions and opinions ──────────────────────────────────────────────────────────────

  async scheduleSession(input: ScheduleSessionInput): Promise<ConsultationSession> {
    const matterId = parseId(input.matterId, 'matterId');
    const title = text(input.title, 'title', 2, 120);
    const venue = text(input.venue, 'venue', 2, 200);
    if (Number.isNaN(input.startsAt.getTime())) throw badInput('INPUT.BAD_DATE', 'startsAt must be a date and time.', [{ field: 'startsAt', message: 'ISO date-time' }]);
    if (input.participants.length < 1 || input.participants.length > 200) throw badInput('CONSULTATION.BAD_PARTICIPANTS', 'Invite 1–200 participants.', [{ field: 'participants', message: '1–200' }]);
    const people = input.participants.map((p) => ({ person: parseId(p.personId, 'personId'), kind: p.kind, organisation: p.organisationId ? parseId(p.organisationId, 'organisationId') : null }));
    if (new Set(people.map((p) => p.person)).size !== people.length) throw badInput('CONSULTATION.BAD_PARTICIPANTS', 'Each person is invited once.', [{ field: 'participants', message: 'distinct people' }]);
    const orgIds = [...new Set(people.flatMap((p) => (p.organisation ? [p.organisation] : [])))];
    const known = await this.ctx.em.count(Person, { id: { $in: people.map((p) => p.person) } });
    if (known !== people.length) throw notFound('CONSULTATION.UNKNOWN_PERSON', 'A participant is not a known person.');
    if (orgIds.length && (await this.ctx.em.count(Organisation, { id: { $in: orgIds } })) !== orgIds.length) throw notFound('CONSULTATION.UNKNOWN_ORGANISATION', 'A represented organisation is not known.');
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, matterId);
      if (!allows(A.SCHEDULE_SESSION, m.state)) throw conflict(refusalReason(A.SCHEDULE_SESSION, m.state), `A matter in state ${m.state} takes no new session.`);
      await assertRoom(em, CAP.matterSessions, `select count(*) as n from consultation_session where matter_id = ?`, [matterId]);
      await assertInvitable(em, people.map((p) => p.person));
      const session = em.create(ConsultationSession, { matter: matterId, platformPath: m.platform_path, title, startsAt: input.startsAt, venue, status: SessionStatus.PLANNED });
      for (const p of people) em.create(ConsultationParticipant, { session, matter: matterId, person: p.person, kind: p.kind, organisation: p.organisation });
      await em.execute(`update consultation_matter set state = ? where id = ?`, [S.DELIBERATING, matterId]);
      this.record(em, matterId, A.SCHEDULE_SESSION, m.state, S.DELIBERATING, title);
      await em.flush();
      return session.id;
    });
    this.ctx.audit.target(id);
    return this.session(String(id));
  }

  /** Records a held session's minutes and opinions, once. */
  async recordSession(input: RecordSessionInput): Promise<ConsultationSession> {
    const session = await this.session(input.sessionId);
    const summary = text(input.summary, 'summary', 2, 2000);
    if (input.opinions.length < 1 || input.opinions.length > 500) throw badInput('CONSULTATION.BAD_OPINIONS', 'Record 1–500 opinions.', [{ field: 'opinions', message: '1–500' }]);
    const participants = new Set((await readRows(this.ctx.em, ConsultationParticipant, { session: session.id })).map((p) => p.id));
    const opinions = input.opinions.map((o) => {
      const participant = parseId(o.participantId, 'participantId');
      if (!participants.has(participant)) throw badInput('CONSULTATION.NOT_A_PARTICIPANT', 'Opinions come from the session’s participants.', [{ field: 'participantId', message: 'a participant of this session' }]);
      return { participant, stance: o.stance, text: text(o.text, 'text', 2, 1000) };
    });
    await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, session.matter.id);
      if (m.state !== S.DELIBERATING) throw conflict(refusalReason(A.SCHEDULE_SESSION, m.state), `A matter in state ${m.state} takes no session record.`);
      const held = await em.execute(`update consultation_session set status = 'HELD', summary = ? where id = ? and status = 'PLANNED' returning id`, [summary, session.id]);
      if (!held.length) throw conflict('CONSULTATION.SESSION_RECORDED', 'The session has already been recorded.');
      for (const o of opinions) em.create(ConsultationOpinion, { session: session.id, participant: o.participant, stance: o.stance, text: o.text });
      await em.flush();
    });
    this.ctx.audit.target(session.id);
    return this.session(input.sessionId);
  }

  // ── 民决: votes and ballots ──────────────────────────────────────────────────────────────────

  /** Opens a vote among the participants of the matter's held sessions. */
  async openVote(input: OpenVoteInput): Promise<ConsultationVote> {
    const matterId = parseId(input.matterId, 'matterId');
    const question = text(input.question, 'question', 2, 300);
    const options = input.options.map((o) => text(o, 'options', 1, 200));
    if (options.length < 2 || options.length > 10 || new Set(options).size !== options.length) throw badInput('CONSULTATION.BAD_OPTIONS', 'A vote has 2–10 different options.', [{ field: 'options', message: '2–10 distinct' }]);
    if (!Number.isInteger(input.quorumPercent) || input.quorumPercent < 1 || input.quorumPercent > 100) throw badInput('INPUT.OUT_OF_RANGE', 'quorumPercent is 1–100.', [{ field: 'quorumPercent', message: '1–100' }]);
    if (!Number.isInteger(input.thresholdPercent) || input.thresholdPercent < 50 || input.thresholdPercent > 100) throw badInput('INPUT.OUT_OF_RANGE', 'thresholdPercent is 50–100.', [{ field: 'thresholdPercent', message: '50–100' }]);
    const deadline = input.deadline;
    const now = Date.now();
    if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now || deadline.getTime() > now + MAX_DEADLINE_DAYS * 86_400_000) {
      throw badInput('CONSULTATION.BAD_DEADLINE', `The deadline is in the future, within ${MAX_DEADLINE_DAYS} days.`, [{ field: 'deadline', message: 'future, ≤ 90 days' }]);
    }
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, matterId);
      if (!allows(A.OPEN_VOTE, m.state)) throw conflict(refusalReason(A.OPEN_VOTE, m.state), `A matter in state ${m.state} cannot be put to a vote.`);
      const eligible = await em.execute<{ person_id: number }[]>(
        `select distinct p.person_id from consultation_participant p join consultation_session s on s.id = p.session_id where s.matter_id = ? and s.status = 'HELD' order by p.person_id`,
        [matterId],
      );
      if (!eligible.length) throw conflict('CONSULTATION.NOT_DELIBERATED', 'A matter is put to a vote after at least one held session.');
      await assertRoom(em, CAP.matterVotes, `select count(*) as n from consultation_vote where matter_id = ?`, [matterId]);
      const vote = em.create(ConsultationVote, {
        matter: matterId,
        question,
        options,
        deadline,
        quorumPercent: input.quorumPercent,
        thresholdPercent: input.thresholdPercent,
        eligibleIds: eligible.map((e) => e.person_id),
        status: VoteStatus.OPEN,
      });
      await em.execute(`update consultation_matter set state = ? where id = ?`, [S.VOTING, matterId]);
      this.record(em, matterId, A.OPEN_VOTE, m.state, S.VOTING, question);
      await em.flush();
      return vote.id;
    });
    this.ctx.audit.target(id);
    return this.vote(String(id));
  }

  /**
   * One ballot per eligible participant, before the deadline and while the vote is open. The
   * vote's row is share-locked while the ballot is written, and closing takes it exclusively:
   * a ballot either commits before the close counts, or finds the vote closed.
   */
  async castBallot(input: CastBallotInput): Promise<ConsultationVote> {
    const voteId = parseId(input.voteId, 'voteId');
    const voter = this.ctx.viewer.personId;
    if (voter === null) throw forbidden('CONSULTATION.NOT_ELIGIBLE', 'Only eligible participants vote.');
    await this.ctx.em.transactional(async (em) => {
      // The ballot is stamped with the instant it was found in time, under the lock.
      const [v] = await em.execute<{ status: VoteStatus; at: string; in_time: boolean; eligible: boolean; options: number }[]>(
        `select status, t.at::text as at, t.at < deadline as in_time, ? = any(eligible_ids) as eligible, cardinality(options) as options
           from consultation_vote, (select clock_timestamp() as at) t where id = ? for share of consultation_vote`,
        [voter, voteId],
      );
      if (!v) throw notFound('CONSULTATION.UNKNOWN_VOTE', `No vote has the id ${input.voteId}.`);
      if (!v.eligible) throw forbidden('CONSULTATION.NOT_ELIGIBLE', 'Only the participants of the matter’s held sessions vote.');
      if (v.status !== VoteStatus.OPEN || !v.in_time) throw conflict('CONSULTATION.VOTE_CLOSED', 'The vote is closed.');
      if (!Number.isInteger(input.option) || input.option < 0 || input.option >= v.options) throw badInput('CONSULTATION.BAD_OPTION', `Choose an option from 0 to ${v.options - 1}.`, [{ field: 'option', message: `0–${v.options - 1}` }]);
      const cast = await em.execute(
        `insert into consultation_ballot (created_at, vote_id, voter_id, option) values (?::timestamptz, ?, ?, ?) on conflict (vote_id, voter_id) do nothing returning id`,
        [v.at, voteId, voter, input.option],
      );
      if (!cast.length) throw conflict('CONSULTATION.ALREADY_VOTED', 'You have already voted.');
    });
    this.ctx.audit.target(voteId);
    return this.vote(input.voteId);
  }

  /**
   * Closes a vote at or after its deadline (or earlier once every eligible participant has voted)
   * and computes its result from the ballots: adopted → DECIDED; otherwise back to deliberation.
   * A vote past its deadline may already have been closed by the server (VOTE_CLOSED).
   */
  async closeVote(input: { voteId: string }): Promise<ConsultationVote> {
    const vote = await this.vote(input.voteId);
    await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, vote.matter.id, 'update', false);
      const v = (await lockVote(em, vote.id))!;
      if (v.status !== VoteStatus.OPEN || m.state !== S.VOTING) throw conflict('CONSULTATION.VOTE_CLOSED', 'The vote is already closed.');
      await tallyAndClose(em, m, v, this.ctx.viewer.personId);
    });
    this.ctx.audit.target(vote.id);
    return this.vote(input.voteId);
  }

  // ── 公开, 落实, 民评 ─────────────────────────────────────────────────────────────────────────

  publish(input: PublishDecisionInput) {
    const reasons = text(input.reasons, 'reasons', 2, 2000);
    return this.step(input.matterId, A.PUBLISH, null, async (em, m) => {
      await em.execute(`update consultation_matter set reasons = ?, published_at = clock_timestamp() where id = ?`, [reasons, m.id]);
    });
  }

  async assignTask(input: ConsultationTaskInput): Promise<ConsultationTask> {
    const title = text(input.title, 'title', 2, 200);
    const dueOn = isoDate(input.dueOn, 'dueOn');
    const unitId = parseId(input.unitId, 'unitId');
    const [unit] = await readRows(this.ctx.em, Organisation, { id: unitId });
    if (!unit) throw notFound('CONSULTATION.UNKNOWN_UNIT', `No organisation has the id ${input.unitId}.`);
    if (unit.status !== OrganisationStatus.ACTIVE) throw conflict('CONSULTATION.UNIT_INACTIVE', 'Tasks go to active organisations.');
    let taskId = 0;
    await this.step(input.matterId, A.ASSIGN_TASK, title, async (em, m) => {
      await assertRoom(em, CAP.matterTasks, `select count(*) as n from consultation_task where matter_id = ?`, [m.id]);
      const task = em.create(ConsultationTask, { matter: m.id, platformPath: m.platform_path, unit: unitId, title, dueOn, status: TaskStatus.OPEN });
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
      const m = await lock(em, task.matter.id);
      if (m.state !== S.IMPLEMENTING) throw conflict('CONSULTATION.WRONG_STATE', `A matter in state ${m.state} takes no progress.`);
      const open = await em.execute(`update consultation_task set status = ? where id = ? and status = 'OPEN' returning id`, [input.done ? TaskStatus.DONE : TaskStatus.OPEN, task.id]);
      if (!open.length) throw conflict('CONSULTATION.TASK_DONE', 'The task is already done.');
      // The update above holds the task's row: reports of one task are counted one at a time.
      await assertRoom(em, CAP.taskProgress, `select count(*) as n from consultation_progress where task_id = ?`, [task.id]);
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
      const m = await lock(em, task.matter.id, 'share');
      if (!(await this.isAffectedResident(m))) throw forbidden('CONSULTATION.NOT_AFFECTED', 'Residents of the nodes the matter affects give feedback.');
      if (m.state !== S.IMPLEMENTING && m.state !== S.EVALUATING) throw conflict('CONSULTATION.WRONG_STATE', `A matter in state ${m.state} takes no feedback.`);
      // The matter is only share-locked (feedback on several tasks at once): the progress row serialises its own list.
      await lockParent(em, 'consultation_progress', progress.id);
      await assertRoom(em, CAP.progressFeedback, `select count(*) as n from consultation_feedback where progress_id = ?`, [progress.id]);
      const f = em.create(ConsultationFeedback, { progress: progress.id, author: this.ctx.viewer.personId!, text: body });
      await em.flush();
      return f.id;
    });
    this.ctx.audit.target(id);
    return (await readRows(this.ctx.em, ConsultationFeedback, { id }))[0];
  }

  /** Evaluation opens once every task is done. */
  openEvaluation(input: { matterId: string }) {
    return this.step(input.matterId, A.OPEN_EVALUATION, null, async (em, m) => {
      const [open] = await em.execute<{ open: string; all: string }[]>(`select count(*) filter (where status = 'OPEN') as open, count(*) as all from consultation_task where matter_id = ?`, [m.id]);
      if (Number(open.open) > 0) throw conflict('CONSULTATION.TASKS_OPEN', `${open.open} task(s) are not done yet.`);
    });
  }

  /** A resident of the affected nodes rates the outcome, once, while evaluation is open. */
  async evaluate(input: EvaluateMatterInput): Promise<ConsultationEvaluation> {
    const matterId = parseId(input.matterId, 'matterId');
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw badInput('INPUT.OUT_OF_RANGE', 'A rating is 1–5.', [{ field: 'rating', message: '1–5' }]);
    const comment = input.comment ? text(input.comment, 'comment', 1, 500) : null;
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, matterId, 'share');
      if (!(await this.isAffectedResident(m))) throw forbidden('CONSULTATION.NOT_AFFECTED', 'Residents of the nodes the matter affects evaluate it.');
      if (m.state !== S.EVALUATING) {
        const before = [S.PROPOSED, S.ACCEPTED, S.DELIBERATING, S.VOTING, S.DECIDED, S.PUBLISHED, S.IMPLEMENTING].includes(m.state);
        throw conflict(before ? 'CONSULTATION.NOT_IMPLEMENTED' : 'CONSULTATION.WRONG_STATE', before ? 'A matter is evaluated after its implementation.' : `A matter in state ${m.state} takes no evaluation.`);
      }
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
    return this.step(input.matterId, A.CLOSE, null, async (em, m) => {
      await em.execute(
        `update consultation_matter set closed_at = clock_timestamp(), satisfaction = (select round(avg(rating), 2) from consultation_evaluation where matter_id = ?) where id = ?`,
        [m.id, m.id],
      );
    });
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────

  /** A simple step: lock, check the state, run `extra`, move, record; all or nothing. */
  private async step(matterId: string, action: A, reason: string | null, extra?: (em: EntityManager, m: Locked) => Promise<void>): Promise<ConsultationMatter> {
    const id = parseId(matterId, 'matterId');
    await this.ctx.em.transactional(async (em) => {
      const m = await lock(em, id);
      if (!allows(action, m.state)) throw conflict(refusalReason(action, m.state), `A matter in state ${m.state} cannot take the step ${action}.`);
      await extra?.(em, m);
      const to = STEPS[action].to;
      await em.execute(`update consultation_matter set state = ? where id = ?`, [to, id]);
      this.record(em, id, action, m.state, to, reason);
      await em.flush();
    });
    this.ctx.audit.target(id);
    return this.matter(matterId);
  }

  private record(em: EntityManager, matterId: number, action: A, from: S | null, to: S, reason: string | null): void {
    em.create(ConsultationTransition, { matter: matterId, action, fromState: from, toState: to, actor: this.ctx.viewer.personId, reason });
  }

  private async isAffectedResident(m: Locked): Promise<boolean> {
    return livesIn(await standing(this.ctx), m.affected_paths);
  }

  /** Affected nodes: 1–20 codes of nodes within the platform. */
  private async affected(codes: string[], platformPath: string): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (unique.length < 1 || unique.length > AFFECTED_MAX) throw badInput('CONSULTATION.BAD_AFFECTED', `Name 1–${AFFECTED_MAX} affected nodes.`, [{ field: 'affectedCodes', message: `1–${AFFECTED_MAX} codes` }]);
    const tree = new DivisionService(this.ctx);
    const nodes = await Promise.all(unique.map((c) => tree.byCode(c, 'affectedCodes')));
    if (!nodes.every((n) => isWithin(n.path, platformPath))) throw badInput('CONSULTATION.AFFECTED_OUTSIDE', 'Affected nodes lie within the platform’s area.', [{ field: 'affectedCodes', message: 'within the platform' }]);
    return nodes.map((n) => n.path).sort();
  }

  /** An organisation the caller belongs to, serving the platform's area. */
  private async proposingOrganisation(id: string, platformPath: string): Promise<number> {
    const orgId = parseId(id, 'organisationId');
    const [org] = await readRows(this.ctx.em, Organisation, { id: orgId });
    if (!org) throw notFound('CONSULTATION.UNKNOWN_ORGANISATION', `No organisation has the id ${id}.`);
    if (!this.ctx.viewer.belongsTo(orgId)) throw forbidden('CONSULTATION.NOT_A_MEMBER', 'You raise matters only on behalf of your own organisation.');
    if (!isWithin(org.divisionPath, platformPath) && !isWithin(platformPath, org.divisionPath)) {
      throw badInput('CONSULTATION.ORGANISATION_ELSEWHERE', 'The organisation does not serve this platform’s area.', [{ field: 'organisationId', message: 'serving the platform’s area' }]);
    }
    return orgId;
  }
}

/**
 * Locks a matter's row for a step (or shares it, for writes that only need its state held). A
 * step meets the matter as it stands: locked for update, a vote past its deadline is closed
 * first (unless `settle` is false: closing the vote is the step).
 */
async function lock(em: EntityManager, id: number, mode: 'update' | 'share' = 'update', settle = mode === 'update'): Promise<Locked> {
  const [m] = await em.execute<Locked[]>(`select id, state, platform_path, level, affected_paths from consultation_matter where id = ? for ${mode === 'update' ? 'update' : 'share'}`, [id]);
  if (!m) throw notFound('CONSULTATION.UNKNOWN_MATTER', `No matter has the id ${id}.`);
  return settle ? { ...m, state: (await settleDueVote(em, m)).state } : m;
}

/**
 * Refuses (CONSULTATION.TOO_MANY_INVITATIONS) when one of `people` is already invited to as many
 * sessions as their own list shows; their rows are locked so two invitations count one at a time.
 */
async function assertInvitable(em: EntityManager, people: number[]): Promise<void> {
  const sorted = [...people].sort((a, b) => a - b);
  await em.execute(`select 1 from person where id in (?) order by id for no key update`, [sorted]);
  const full = await em.execute<{ person_id: number }[]>(
    `select person_id from consultation_participant where person_id in (?) group by person_id having count(*) >= ? limit 1`,
    [sorted, CAP.personSessions.limit],
  );
  if (full.length) throw limitReached(CAP.personSessions);
}

function optionalReason(reason: string | null | undefined): string | null {
  return reason ? text(reason, 'reason', 2, 500) : null;
}

function attachmentsOf(list: AttachmentInput[]): AttachmentRef[] {
  if (list.length > 10) throw badInput('CONSULTATION.BAD_ATTACHMENTS', 'Up to 10 attachments.', [{ field: 'attachments', message: 'up to 10' }]);
  return list.map((a) => {
    const uri = a.uri.trim();
    if (uri.length > 500 || !/^(https:\/\/[^\s]+|urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+)$/i.test(uri)) {
      throw badInput('CONSULTATION.BAD_ATTACHMENT', 'An attachment is referenced by an https: or urn: address.', [{ field: 'attachments', message: 'https: or urn:' }]);
    }
    return { name: text(a.name, 'attachments', 1, 120), uri };
  });
}
