import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { assertRoom, CAP, limitReached } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { ConsultationOpinion, ConsultationParticipant, ConsultationSession } from './consultation.entities';
import { MatterAction as A, SessionStatus } from './consultation.enums';
import type { RecordSessionInput, ScheduleSessionInput } from './consultation.inputs';
import { MatterActivity, STEPS } from './consultation.machine';
import { assertAllowed, lockMatter, recordTransition } from './consultation.steps';

/** 民议: deliberation sessions scheduled on a matter, and their minutes and opinions recorded. */
export class SessionService {
  constructor(private readonly ctx: Context) {}

  async session(id: string): Promise<ConsultationSession> {
    const [s] = await readRows(this.ctx.em, ConsultationSession, { id: parseId(id, 'sessionId') });
    if (!s) throw notFound('CONSULTATION.UNKNOWN_SESSION', `No session has the id ${id}.`);
    this.ctx.audit.scope(s.platformPath);
    return s;
  }

  async scheduleSession(input: ScheduleSessionInput): Promise<ConsultationSession> {
    const matterId = parseId(input.matterId, 'matterId');
    const title = text(input.title, 'title', 2, 120);
    const venue = text(input.venue, 'venue', 2, 200);
    if (Number.isNaN(input.startsAt.getTime()))
      throw badInput('INPUT.BAD_DATE', 'startsAt must be a date and time.', [
        { field: 'startsAt', message: 'ISO date-time' },
      ]);
    if (input.participants.length < 1 || input.participants.length > 200)
      throw badInput('CONSULTATION.BAD_PARTICIPANTS', 'Invite 1–200 participants.', [
        { field: 'participants', message: '1–200' },
      ]);
    const people = input.participants.map((p) => ({
      person: parseId(p.personId, 'personId'),
      kind: p.kind,
      organisation: p.organisationId ? parseId(p.organisationId, 'organisationId') : null,
    }));
    if (new Set(people.map((p) => p.person)).size !== people.length)
      throw badInput('CONSULTATION.BAD_PARTICIPANTS', 'Each person is invited once.', [
        { field: 'participants', message: 'distinct people' },
      ]);
    const orgIds = [...new Set(people.flatMap((p) => (p.organisation ? [p.organisation] : [])))];
    const known = await this.ctx.em.count(Person, { id: { $in: people.map((p) => p.person) } });
    if (known !== people.length) throw notFound('CONSULTATION.UNKNOWN_PERSON', 'A participant is not a known person.');
    if (orgIds.length && (await this.ctx.em.count(Organisation, { id: { $in: orgIds } })) !== orgIds.length)
      throw notFound('CONSULTATION.UNKNOWN_ORGANISATION', 'A represented organisation is not known.');
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, matterId);
      assertAllowed(A.SCHEDULE_SESSION, m.state, `A matter in state ${m.state} takes no new session.`);
      await assertRoom(em, CAP.matterSessions, `select count(*) as n from consultation_session where matter_id = ?`, [
        matterId,
      ]);
      await assertInvitable(
        em,
        people.map((p) => p.person),
      );
      const session = em.create(ConsultationSession, {
        matter: matterId,
        platformPath: m.platform_path,
        title,
        startsAt: input.startsAt,
        venue,
        status: SessionStatus.PLANNED,
      });
      for (const p of people)
        em.create(ConsultationParticipant, {
          session,
          matter: matterId,
          person: p.person,
          kind: p.kind,
          organisation: p.organisation,
        });
      const to = STEPS[A.SCHEDULE_SESSION].to;
      await em.execute(`update consultation_matter set state = ? where id = ?`, [to, matterId]);
      recordTransition(this.ctx, em, matterId, A.SCHEDULE_SESSION, m.state, to, title);
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
    if (input.opinions.length < 1 || input.opinions.length > 500)
      throw badInput('CONSULTATION.BAD_OPINIONS', 'Record 1–500 opinions.', [{ field: 'opinions', message: '1–500' }]);
    const participants = new Set(
      (await readRows(this.ctx.em, ConsultationParticipant, { session: session.id })).map((p) => p.id),
    );
    const opinions = input.opinions.map((o) => {
      const participant = parseId(o.participantId, 'participantId');
      if (!participants.has(participant))
        throw badInput('CONSULTATION.NOT_A_PARTICIPANT', 'Opinions come from the session’s participants.', [
          { field: 'participantId', message: 'a participant of this session' },
        ]);
      return { participant, stance: o.stance, text: text(o.text, 'text', 2, 1000) };
    });
    await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, session.matter.id);
      assertAllowed(MatterActivity.RECORD_SESSION, m.state, `A matter in state ${m.state} takes no session record.`);
      const held = await em.execute(
        `update consultation_session set status = 'HELD', summary = ? where id = ? and status = 'PLANNED' returning id`,
        [summary, session.id],
      );
      if (!held.length) throw conflict('CONSULTATION.SESSION_RECORDED', 'The session has already been recorded.');
      for (const o of opinions)
        em.create(ConsultationOpinion, {
          session: session.id,
          participant: o.participant,
          stance: o.stance,
          text: o.text,
        });
      await em.flush();
    });
    this.ctx.audit.target(session.id);
    return this.session(input.sessionId);
  }
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
