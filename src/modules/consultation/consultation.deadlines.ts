import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../shared/errors';
import { ConsultationTransition } from './consultation.entities';
import { MatterAction as A, MatterState as S, VoteOutcome, VoteStatus } from './consultation.enums';
import { allows, STEPS, VOTE_FAILED_TO, voteOutcome } from './consultation.machine';

/**
 * Votes close at their deadline. Ballots are refused from then on; the vote's result and the
 * matter's next state are written by whoever comes first after it: the platform closing it, a
 * reader of the matter, a step taken on the matter, or the server's periodic sweep — always
 * through `tallyAndClose`, under the matter's and the vote's row locks, so a vote closes once.
 */

/** How often the server closes the votes past their deadline that nobody has closed yet. */
export const VOTE_SWEEP_MS = 15_000;

/** At most this many votes are closed by one sweep or one read (the rest by the next). */
const MAX_PER_CALL = 200;

/** A vote's row as closing reads it, under its lock. */
export interface LockedVote {
  id: number;
  status: VoteStatus;
  due: boolean;
  options: string[];
  eligible_ids: number[];
  quorum_percent: number;
  threshold_percent: number;
}

/** A matter's id and state, under its lock. */
interface MatterRow {
  id: number;
  state: S;
}

/** Locks a vote's row for closing. */
export async function lockVote(em: EntityManager, voteId: number): Promise<LockedVote | undefined> {
  const [v] = await em.execute<LockedVote[]>(
    `select id, status, clock_timestamp() >= deadline as due, options, eligible_ids, quorum_percent, threshold_percent from consultation_vote where id = ? for update`,
    [voteId],
  );
  return v;
}

/**
 * Counts an open vote's ballots and closes it: the result stored (closed at the deadline at the
 * latest, since no ballot is taken after it), the matter moved on — DECIDED if adopted, back to
 * deliberation otherwise — and the step put on its timeline by `actorId` (null: at the deadline,
 * by the server). The caller holds the matter's and the vote's row locks. Before the deadline it
 * closes only once every eligible participant has voted (CONFLICT otherwise). Answers the
 * matter's new state.
 */
export async function tallyAndClose(
  em: EntityManager,
  matter: MatterRow,
  v: LockedVote,
  actorId: number | null,
): Promise<S> {
  const ballots = await em.execute<{ option: number; n: string }[]>(
    `select option, count(*) as n from consultation_ballot where vote_id = ? group by option`,
    [v.id],
  );
  const tallies = v.options.map((_, i) => Number(ballots.find((b) => b.option === i)?.n ?? 0));
  const cast = tallies.reduce((a, b) => a + b, 0);
  if (!v.due && cast < v.eligible_ids.length)
    throw conflict(
      'CONSULTATION.DEADLINE_NOT_REACHED',
      'The vote closes at its deadline, or once every eligible participant has voted.',
    );
  const result = voteOutcome(tallies, v.eligible_ids.length, v.quorum_percent, v.threshold_percent);
  const [closed] = await em.execute<{ closed_at: Date }[]>(
    `update consultation_vote set status = 'CLOSED', closed_at = least(clock_timestamp(), deadline), outcome = ?, tallies = array[?]::int[], adopted_option = ? where id = ? returning closed_at`,
    [result.outcome, tallies, result.option, v.id],
  );
  const adopted = result.outcome === VoteOutcome.ADOPTED;
  const to = adopted ? STEPS[A.CLOSE_VOTE].to : VOTE_FAILED_TO;
  await em.execute(`update consultation_matter set state = ?, decided_at = ? where id = ?`, [
    to,
    adopted ? closed.closed_at : null,
    matter.id,
  ]);
  const summary = `${result.outcome}${result.option !== null ? `: ${v.options[result.option]}` : ''} (${cast}/${v.eligible_ids.length} voted; ${tallies.join('/')})`;
  em.create(ConsultationTransition, {
    matter: matter.id,
    action: A.CLOSE_VOTE,
    fromState: matter.state,
    toState: to,
    actor: actorId,
    reason: summary,
  });
  await em.flush();
  return to;
}

/**
 * Inside a transaction holding the matter's row lock: closes its vote if the deadline has
 * passed. Answers the matter's state afterwards, and whether this call closed the vote.
 */
export async function settleDueVote(em: EntityManager, matter: MatterRow): Promise<{ state: S; closed: boolean }> {
  if (!allows(A.CLOSE_VOTE, matter.state)) return { state: matter.state, closed: false };
  const [open] = await em.execute<{ id: number }[]>(
    `select id from consultation_vote where matter_id = ? and status = 'OPEN' and deadline <= clock_timestamp()`,
    [matter.id],
  );
  const v = open ? await lockVote(em, open.id) : undefined;
  if (!v || v.status !== VoteStatus.OPEN || !v.due) return { state: matter.state, closed: false };
  return { state: await tallyAndClose(em, matter, v, null), closed: true };
}

/** Which due votes to close: those of some matters, those beneath a node's path, or all. */
export type DueScope = { matterIds: number[] } | { under: string } | Record<string, never>;

/**
 * Closes the open votes past their deadline within `scope`, each in a transaction of its own
 * under the rows' locks (a vote closed meanwhile by anyone else is left as it is). Answers how
 * many this call closed. Readers call it before they read; the sweep, for everything.
 */
export async function closeDueVotes(em: EntityManager, scope: DueScope = {}): Promise<number> {
  const [filter, params] =
    'matterIds' in scope
      ? [' and v.matter_id = any(array[?]::int[])', [scope.matterIds]]
      : 'under' in scope
        ? [' and m.platform_path like ?', [`${scope.under}%`]]
        : ['', []];
  if ('matterIds' in scope && !scope.matterIds.length) return 0;
  const due = await em.execute<{ matter_id: number }[]>(
    `select v.matter_id from consultation_vote v join consultation_matter m on m.id = v.matter_id
      where v.status = 'OPEN' and v.deadline <= clock_timestamp()${filter} order by v.matter_id limit ${MAX_PER_CALL}`,
    params,
  );
  let closed = 0;
  for (const { matter_id } of due) {
    const settled = await em.transactional(async (tx) => {
      const [m] = await tx.execute<MatterRow[]>(`select id, state from consultation_matter where id = ? for update`, [
        matter_id,
      ]);
      return settleDueVote(tx, m);
    });
    if (settled.closed) closed++;
  }
  return closed;
}

/** A running sweep. */
export interface VoteSweep {
  /** Stops the timer and waits for a sweep under way. */
  stop(): Promise<void>;
}

/**
 * Every `everyMs`, closes all votes past their deadline (safe beside other instances doing the
 * same: each vote is closed once, under its locks). A failed sweep is reported and retried next time.
 */
export function startVoteSweep(
  em: () => EntityManager,
  onError: (err: unknown) => void,
  everyMs = VOTE_SWEEP_MS,
): VoteSweep {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= closeDueVotes(em())
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
