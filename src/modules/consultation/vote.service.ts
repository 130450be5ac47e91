import type { Context } from '../../context';
import { assertRoom, CAP } from '../../shared/caps';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { lockVote, tallyAndClose } from './consultation.deadlines';
import { ConsultationVote } from './consultation.entities';
import { MatterAction as A, MatterState as S, VoteStatus } from './consultation.enums';
import type { CastBallotInput, OpenVoteInput } from './consultation.inputs';
import { MatterActivity, STEPS } from './consultation.machine';
import { assertAllowed, lockMatter, recordTransition } from './consultation.steps';

const MAX_DEADLINE_DAYS = 90;

/**
 * 民决: a vote opened among the participants of a matter's held sessions, ballots cast, the vote
 * closed and counted. Votes past their deadline are closed by consultation.deadlines, through
 * the same `tallyAndClose` as `closeVote`.
 */
export class VoteService {
  constructor(private readonly ctx: Context) {}

  async vote(id: string): Promise<ConsultationVote> {
    const [v] = await readRows(this.ctx.em, ConsultationVote, { id: parseId(id, 'voteId') });
    if (!v) throw notFound('CONSULTATION.UNKNOWN_VOTE', `No vote has the id ${id}.`);
    return v;
  }

  /** Opens a vote among the participants of the matter's held sessions. */
  async openVote(input: OpenVoteInput): Promise<ConsultationVote> {
    const matterId = parseId(input.matterId, 'matterId');
    const question = text(input.question, 'question', 2, 300);
    const options = input.options.map((o) => text(o, 'options', 1, 200));
    if (options.length < 2 || options.length > 10 || new Set(options).size !== options.length)
      throw badInput('CONSULTATION.BAD_OPTIONS', 'A vote has 2–10 different options.', [
        { field: 'options', message: '2–10 distinct' },
      ]);
    if (!Number.isInteger(input.quorumPercent) || input.quorumPercent < 1 || input.quorumPercent > 100)
      throw badInput('INPUT.OUT_OF_RANGE', 'quorumPercent is 1–100.', [{ field: 'quorumPercent', message: '1–100' }]);
    if (!Number.isInteger(input.thresholdPercent) || input.thresholdPercent < 50 || input.thresholdPercent > 100)
      throw badInput('INPUT.OUT_OF_RANGE', 'thresholdPercent is 50–100.', [
        { field: 'thresholdPercent', message: '50–100' },
      ]);
    const deadline = input.deadline;
    const now = Date.now();
    if (
      Number.isNaN(deadline.getTime()) ||
      deadline.getTime() <= now ||
      deadline.getTime() > now + MAX_DEADLINE_DAYS * 86_400_000
    ) {
      throw badInput('CONSULTATION.BAD_DEADLINE', `The deadline is in the future, within ${MAX_DEADLINE_DAYS} days.`, [
        { field: 'deadline', message: 'future, ≤ 90 days' },
      ]);
    }
    const id = await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, matterId);
      assertAllowed(A.OPEN_VOTE, m.state, `A matter in state ${m.state} cannot be put to a vote.`);
      const eligible = await em.execute<{ person_id: number }[]>(
        `select distinct p.person_id from consultation_participant p join consultation_session s on s.id = p.session_id where s.matter_id = ? and s.status = 'HELD' order by p.person_id`,
        [matterId],
      );
      if (!eligible.length)
        throw conflict('CONSULTATION.NOT_DELIBERATED', 'A matter is put to a vote after at least one held session.');
      await assertRoom(em, CAP.matterVotes, `select count(*) as n from consultation_vote where matter_id = ?`, [
        matterId,
      ]);
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
      const to = STEPS[A.OPEN_VOTE].to;
      await em.execute(`update consultation_matter set state = ? where id = ?`, [to, matterId]);
      recordTransition(this.ctx, em, matterId, A.OPEN_VOTE, m.state, to, question);
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
      const [v] = await em.execute<
        { status: VoteStatus; at: string; in_time: boolean; eligible: boolean; options: number; state: S }[]
      >(
        `select v.status, t.at::text as at, t.at < v.deadline as in_time, ? = any(v.eligible_ids) as eligible, cardinality(v.options) as options, m.state
           from consultation_vote v join consultation_matter m on m.id = v.matter_id, (select clock_timestamp() as at) t where v.id = ? for share of v`,
        [voter, voteId],
      );
      if (!v) throw notFound('CONSULTATION.UNKNOWN_VOTE', `No vote has the id ${input.voteId}.`);
      if (!v.eligible)
        throw forbidden('CONSULTATION.NOT_ELIGIBLE', 'Only the participants of the matter’s held sessions vote.');
      // An open vote's matter is being voted on (the machine's states for ballots); its deadline is the vote's own.
      assertAllowed(MatterActivity.CAST_BALLOT, v.state, 'The vote is closed.');
      if (v.status !== VoteStatus.OPEN || !v.in_time) throw conflict('CONSULTATION.VOTE_CLOSED', 'The vote is closed.');
      if (!Number.isInteger(input.option) || input.option < 0 || input.option >= v.options)
        throw badInput('CONSULTATION.BAD_OPTION', `Choose an option from 0 to ${v.options - 1}.`, [
          { field: 'option', message: `0–${v.options - 1}` },
        ]);
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
      const m = await lockMatter(em, vote.matter.id, 'update', false);
      const v = (await lockVote(em, vote.id))!;
      assertAllowed(A.CLOSE_VOTE, m.state, 'The vote is already closed.');
      if (v.status !== VoteStatus.OPEN) throw conflict('CONSULTATION.VOTE_CLOSED', 'The vote is already closed.');
      await tallyAndClose(em, m, v, this.ctx.viewer.personId);
    });
    this.ctx.audit.target(vote.id);
    return this.vote(input.voteId);
  }
}
