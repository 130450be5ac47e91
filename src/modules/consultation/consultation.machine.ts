import { MatterAction as A, MatterState as S } from './consultation.enums';

/** One step of the cycle: the states it may start from and the state it leads to. */
export interface Step {
  from: readonly S[];
  to: S;
}

/** States before a decision, in which the proposer may still withdraw. */
const BEFORE_DECISION = [S.PROPOSED, S.ACCEPTED, S.DELIBERATING, S.VOTING] as const;

/**
 * The state machine of a consultation matter, in one table. Steps with more than one outcome
 * (closing a vote) list each outcome as its own step; the service picks by the computed result.
 */
export const STEPS: Record<A, Step> = {
  [A.PROPOSE]: { from: [], to: S.PROPOSED },
  [A.ACCEPT]: { from: [S.PROPOSED], to: S.ACCEPTED },
  [A.DECLINE]: { from: [S.PROPOSED, S.ACCEPTED, S.DELIBERATING], to: S.DECLINED },
  [A.WITHDRAW]: { from: BEFORE_DECISION, to: S.WITHDRAWN },
  [A.MERGE]: { from: [S.PROPOSED, S.ACCEPTED, S.DELIBERATING], to: S.MERGED },
  [A.SPLIT]: { from: [S.PROPOSED, S.ACCEPTED, S.DELIBERATING], to: S.SPLIT },
  [A.SCHEDULE_SESSION]: { from: [S.ACCEPTED, S.DELIBERATING], to: S.DELIBERATING },
  [A.OPEN_VOTE]: { from: [S.DELIBERATING], to: S.VOTING },
  [A.CLOSE_VOTE]: { from: [S.VOTING], to: S.DECIDED },
  [A.PUBLISH]: { from: [S.DECIDED], to: S.PUBLISHED },
  [A.ASSIGN_TASK]: { from: [S.PUBLISHED, S.IMPLEMENTING], to: S.IMPLEMENTING },
  [A.OPEN_EVALUATION]: { from: [S.IMPLEMENTING], to: S.EVALUATING },
  [A.CLOSE]: { from: [S.EVALUATING], to: S.CLOSED },
};

/** A vote that adopts nothing sends the matter back to deliberation. */
export const VOTE_FAILED_TO = S.DELIBERATING;

/** States in which the matter's text (title, description, category, attachments) may be edited. */
export const EDITABLE: readonly S[] = [S.PROPOSED, S.ACCEPTED, S.DELIBERATING];

/** States that count as "a decision was reached". */
export const DECIDED_STATES: readonly S[] = [S.DECIDED, S.PUBLISHED, S.IMPLEMENTING, S.EVALUATING, S.CLOSED];

/** States that are published (readable by anyone). */
export const PUBLISHED_STATES: readonly S[] = [S.PUBLISHED, S.IMPLEMENTING, S.EVALUATING, S.CLOSED];

/** States that end a matter's own cycle (it may live on in another matter). */
export const FINAL_STATES: readonly S[] = [S.DECLINED, S.WITHDRAWN, S.MERGED, S.SPLIT, S.CLOSED];

/** Open: neither ended nor closed. */
export const OPEN_STATES: readonly S[] = Object.values(S).filter((s) => !FINAL_STATES.includes(s));

/** Whether `action` may be taken in `state`. */
export function allows(action: A, state: S): boolean {
  return STEPS[action].from.includes(state);
}

/**
 * The reason code for refusing `action` in `state`: the specific rule the refusal enforces
 * where there is one, a generic wrong-state reason otherwise.
 */
export function refusalReason(action: A, state: S): string {
  if (PUBLISHED_STATES.includes(state) && action !== A.ASSIGN_TASK && action !== A.OPEN_EVALUATION && action !== A.CLOSE) return 'CONSULTATION.ALREADY_PUBLISHED';
  if (action === A.OPEN_VOTE && (state === S.PROPOSED || state === S.ACCEPTED)) return 'CONSULTATION.NOT_DELIBERATED';
  if (action === A.PUBLISH && (OPEN_STATES.includes(state) && !DECIDED_STATES.includes(state))) return 'CONSULTATION.NOT_DECIDED';
  if (action === A.WITHDRAW && DECIDED_STATES.includes(state)) return 'CONSULTATION.ALREADY_DECIDED';
  return 'CONSULTATION.WRONG_STATE';
}

/** Ballot arithmetic: the outcome of a closed vote, from the tallies alone. */
export function voteOutcome(tallies: readonly number[], eligible: number, quorumPercent: number, thresholdPercent: number): { outcome: 'ADOPTED' | 'NOT_ADOPTED' | 'NO_QUORUM'; option: number | null } {
  const cast = tallies.reduce((a, b) => a + b, 0);
  if (eligible === 0 || cast * 100 < quorumPercent * eligible || cast === 0) return { outcome: 'NO_QUORUM', option: null };
  const top = Math.max(...tallies);
  const winners = tallies.filter((n) => n === top).length;
  if (winners === 1 && top * 100 >= thresholdPercent * cast) return { outcome: 'ADOPTED', option: tallies.indexOf(top) };
  return { outcome: 'NOT_ADOPTED', option: null };
}
