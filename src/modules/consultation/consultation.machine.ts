import { MatterAction as A, MatterState as S } from './consultation.enums';

/**
 * Steps on a matter that leave its state as it is, but are allowed only in some states. They are
 * not on the timeline (its verbs are `MatterAction`), so they are not part of the schema.
 */
export enum MatterActivity {
  EDIT = 'EDIT',
  RECORD_SESSION = 'RECORD_SESSION',
  CAST_BALLOT = 'CAST_BALLOT',
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  GIVE_FEEDBACK = 'GIVE_FEEDBACK',
  EVALUATE = 'EVALUATE',
}
const D = MatterActivity;

/** Every step the machine rules on: those that move the matter, and those that do not. */
export type Action = A | MatterActivity;

/** Named sets of states, derived from the table below (see `GROUPS`). */
type Group = 'published' | 'decided' | 'undecided' | 'open';

/** A refusal: in these states (listed, or a named set), the step is refused with this reason. */
type Refusal = readonly [readonly S[] | Group, string];

/**
 * One step of the cycle: the states it may start from, the state it leads to (null: it stays),
 * and why it is refused elsewhere — the first refusal naming the state, or `otherwise`
 * (CONSULTATION.WRONG_STATE by default).
 */
export interface Step {
  from: readonly S[];
  to: S | null;
  refuse?: readonly Refusal[];
  otherwise?: string;
}
interface Move extends Step {
  to: S;
}
interface Stay extends Step {
  to: null;
}

const ALREADY_PUBLISHED = 'CONSULTATION.ALREADY_PUBLISHED';
const published: Refusal = ['published', ALREADY_PUBLISHED];
const EARLY = [S.PROPOSED, S.ACCEPTED, S.DELIBERATING] as const;

/**
 * The state machine of a consultation matter, in one table: which step is allowed in which
 * state, where it leads, and the reason it is refused elsewhere. Steps with more than one
 * outcome (closing a vote) list their adopting outcome here (the other is `VOTE_FAILED_TO`).
 */
export const STEPS: { readonly [K in A]: Move } & { readonly [K in MatterActivity]: Stay } = {
  [A.PROPOSE]: { from: [], to: S.PROPOSED, refuse: [published] },
  [A.ACCEPT]: { from: [S.PROPOSED], to: S.ACCEPTED, refuse: [published] },
  [A.DECLINE]: { from: EARLY, to: S.DECLINED, refuse: [published] },
  [A.WITHDRAW]: {
    from: [...EARLY, S.VOTING],
    to: S.WITHDRAWN,
    refuse: [published, ['decided', 'CONSULTATION.ALREADY_DECIDED']],
  },
  [A.MERGE]: { from: EARLY, to: S.MERGED, refuse: [published] },
  [A.SPLIT]: { from: EARLY, to: S.SPLIT, refuse: [published] },
  [A.SCHEDULE_SESSION]: { from: [S.ACCEPTED, S.DELIBERATING], to: S.DELIBERATING, refuse: [published] },
  [A.OPEN_VOTE]: {
    from: [S.DELIBERATING],
    to: S.VOTING,
    refuse: [published, [[S.PROPOSED, S.ACCEPTED], 'CONSULTATION.NOT_DELIBERATED']],
  },
  [A.CLOSE_VOTE]: { from: [S.VOTING], to: S.DECIDED, otherwise: 'CONSULTATION.VOTE_CLOSED' },
  [A.PUBLISH]: { from: [S.DECIDED], to: S.PUBLISHED, refuse: [published, ['undecided', 'CONSULTATION.NOT_DECIDED']] },
  [A.ASSIGN_TASK]: { from: [S.PUBLISHED, S.IMPLEMENTING], to: S.IMPLEMENTING },
  [A.OPEN_EVALUATION]: { from: [S.IMPLEMENTING], to: S.EVALUATING },
  [A.CLOSE]: { from: [S.EVALUATING], to: S.CLOSED },
  [D.EDIT]: { from: EARLY, to: null, refuse: [published] },
  [D.RECORD_SESSION]: { from: [S.DELIBERATING], to: null, refuse: [published] },
  [D.CAST_BALLOT]: { from: [S.VOTING], to: null, otherwise: 'CONSULTATION.VOTE_CLOSED' },
  [D.REPORT_PROGRESS]: { from: [S.IMPLEMENTING], to: null },
  [D.GIVE_FEEDBACK]: { from: [S.IMPLEMENTING, S.EVALUATING], to: null },
  // Every open state but EVALUATING (allowed) lies before the implementation is over.
  [D.EVALUATE]: { from: [S.EVALUATING], to: null, refuse: [['open', 'CONSULTATION.NOT_IMPLEMENTED']] },
};

/** Every action the table rules on. */
export const ACTIONS = Object.keys(STEPS) as Action[];

/** A vote that adopts nothing sends the matter back to deliberation. */
export const VOTE_FAILED_TO = S.DELIBERATING;

/** Matters made by merging or splitting others start accepted. */
export const SUCCESSOR_STATE = S.ACCEPTED;

/** The states a matter can reach from `start` (itself included), by the steps that move it. */
function reachableFrom(start: S): S[] {
  const seen = new Set<S>([start]);
  const moves = [...Object.values(A).map((a) => STEPS[a]), { from: STEPS[A.CLOSE_VOTE].from, to: VOTE_FAILED_TO }];
  for (let grew = true; grew;) {
    grew = false;
    for (const m of moves) {
      if (!seen.has(m.to) && m.from.some((s) => seen.has(s))) {
        seen.add(m.to);
        grew = true;
      }
    }
  }
  return Object.values(S).filter((s) => seen.has(s));
}

/** States that count as "a decision was reached": those a decided matter goes on to. */
export const DECIDED_STATES: readonly S[] = reachableFrom(STEPS[A.CLOSE_VOTE].to);

/** States that are published (readable by anyone): those a published matter goes on to. */
export const PUBLISHED_STATES: readonly S[] = reachableFrom(STEPS[A.PUBLISH].to);

/** States that end a matter's own cycle (it may live on in another matter): no step leaves them. */
export const FINAL_STATES: readonly S[] = Object.values(S).filter(
  (s) => !Object.values(A).some((a) => STEPS[a].from.includes(s)),
);

/** Open: neither ended nor closed. */
export const OPEN_STATES: readonly S[] = Object.values(S).filter((s) => !FINAL_STATES.includes(s));

/** States in which the matter's text (title, description, category, attachments) may be edited. */
export const EDITABLE: readonly S[] = STEPS[D.EDIT].from;

/** States in which a matter has an open vote taking ballots. */
export const VOTING_STATES: readonly S[] = STEPS[D.CAST_BALLOT].from;

const GROUPS: Record<Group, readonly S[]> = {
  published: PUBLISHED_STATES,
  decided: DECIDED_STATES,
  undecided: OPEN_STATES.filter((s) => !DECIDED_STATES.includes(s)),
  open: OPEN_STATES,
};

/** Whether `action` may be taken in `state`. */
export function allows(action: Action, state: S): boolean {
  return STEPS[action].from.includes(state);
}

/**
 * The reason code for refusing `action` in `state`: the specific rule the refusal enforces
 * where there is one, a generic wrong-state reason otherwise.
 */
export function refusalReason(action: Action, state: S): string {
  const step: Step = STEPS[action];
  const found = step.refuse?.find(([states]) => (typeof states === 'string' ? GROUPS[states] : states).includes(state));
  return found ? found[1] : (step.otherwise ?? 'CONSULTATION.WRONG_STATE');
}

/** Ballot arithmetic: the outcome of a closed vote, from the tallies alone. */
export function voteOutcome(
  tallies: readonly number[],
  eligible: number,
  quorumPercent: number,
  thresholdPercent: number,
): { outcome: 'ADOPTED' | 'NOT_ADOPTED' | 'NO_QUORUM'; option: number | null } {
  const cast = tallies.reduce((a, b) => a + b, 0);
  if (eligible === 0 || cast * 100 < quorumPercent * eligible || cast === 0)
    return { outcome: 'NO_QUORUM', option: null };
  const top = Math.max(...tallies);
  const winners = tallies.filter((n) => n === top).length;
  if (winners === 1 && top * 100 >= thresholdPercent * cast)
    return { outcome: 'ADOPTED', option: tallies.indexOf(top) };
  return { outcome: 'NOT_ADOPTED', option: null };
}
