/**
 * The consultation state machine as a table: every action against every state, and the ballot
 * arithmetic that computes a vote's result.
 */
import { MatterAction as A, MatterState as S } from '../../src/modules/consultation/consultation.enums';
import {
  ACTIONS,
  allows,
  DECIDED_STATES,
  EDITABLE,
  FINAL_STATES,
  MatterActivity as D,
  OPEN_STATES,
  PUBLISHED_STATES,
  refusalReason,
  STEPS,
  VOTING_STATES,
  voteOutcome,
  type Action,
} from '../../src/modules/consultation/consultation.machine';

const STATES = Object.values(S);
/** Which actions each state allows — written out by hand, row by row. */
const ALLOWED: Record<S, Action[]> = {
  [S.PROPOSED]: [A.ACCEPT, A.DECLINE, A.WITHDRAW, A.MERGE, A.SPLIT, D.EDIT],
  [S.ACCEPTED]: [A.DECLINE, A.WITHDRAW, A.MERGE, A.SPLIT, A.SCHEDULE_SESSION, D.EDIT],
  [S.DELIBERATING]: [
    A.DECLINE,
    A.WITHDRAW,
    A.MERGE,
    A.SPLIT,
    A.SCHEDULE_SESSION,
    A.OPEN_VOTE,
    D.EDIT,
    D.RECORD_SESSION,
  ],
  [S.VOTING]: [A.WITHDRAW, A.CLOSE_VOTE, D.CAST_BALLOT],
  [S.DECIDED]: [A.PUBLISH],
  [S.PUBLISHED]: [A.ASSIGN_TASK],
  [S.IMPLEMENTING]: [A.ASSIGN_TASK, A.OPEN_EVALUATION, D.REPORT_PROGRESS, D.GIVE_FEEDBACK],
  [S.EVALUATING]: [A.CLOSE, D.GIVE_FEEDBACK, D.EVALUATE],
  [S.CLOSED]: [],
  [S.DECLINED]: [],
  [S.WITHDRAWN]: [],
  [S.MERGED]: [],
  [S.SPLIT]: [],
};

const PUBLISHED = [S.PUBLISHED, S.IMPLEMENTING, S.EVALUATING, S.CLOSED];
const ALREADY_PUBLISHED = Object.fromEntries(PUBLISHED.map((s) => [s, 'CONSULTATION.ALREADY_PUBLISHED']));
const ALL_VOTE_CLOSED = Object.fromEntries(STATES.map((s) => [s, 'CONSULTATION.VOTE_CLOSED']));
/**
 * Why each action is refused in the states that do not allow it — by hand, action by action:
 * the states named here get their reason, every other refused state CONSULTATION.WRONG_STATE.
 */
const REFUSED: Record<Action, Partial<Record<S, string>>> = {
  [A.PROPOSE]: ALREADY_PUBLISHED,
  [A.ACCEPT]: ALREADY_PUBLISHED,
  [A.DECLINE]: ALREADY_PUBLISHED,
  [A.WITHDRAW]: { ...ALREADY_PUBLISHED, [S.DECIDED]: 'CONSULTATION.ALREADY_DECIDED' },
  [A.MERGE]: ALREADY_PUBLISHED,
  [A.SPLIT]: ALREADY_PUBLISHED,
  [A.SCHEDULE_SESSION]: ALREADY_PUBLISHED,
  [A.OPEN_VOTE]: {
    ...ALREADY_PUBLISHED,
    [S.PROPOSED]: 'CONSULTATION.NOT_DELIBERATED',
    [S.ACCEPTED]: 'CONSULTATION.NOT_DELIBERATED',
  },
  [A.CLOSE_VOTE]: ALL_VOTE_CLOSED,
  [A.PUBLISH]: {
    ...ALREADY_PUBLISHED,
    [S.PROPOSED]: 'CONSULTATION.NOT_DECIDED',
    [S.ACCEPTED]: 'CONSULTATION.NOT_DECIDED',
    [S.DELIBERATING]: 'CONSULTATION.NOT_DECIDED',
    [S.VOTING]: 'CONSULTATION.NOT_DECIDED',
  },
  [A.ASSIGN_TASK]: {},
  [A.OPEN_EVALUATION]: {},
  [A.CLOSE]: {},
  [D.EDIT]: ALREADY_PUBLISHED,
  [D.RECORD_SESSION]: ALREADY_PUBLISHED,
  [D.CAST_BALLOT]: ALL_VOTE_CLOSED,
  [D.REPORT_PROGRESS]: {},
  [D.GIVE_FEEDBACK]: {},
  [D.EVALUATE]: Object.fromEntries(
    [S.PROPOSED, S.ACCEPTED, S.DELIBERATING, S.VOTING, S.DECIDED, S.PUBLISHED, S.IMPLEMENTING].map((s) => [
      s,
      'CONSULTATION.NOT_IMPLEMENTED',
    ]),
  ),
};

describe('the state machine', () => {
  it('rules on every timeline step and every activity', () => {
    expect([...ACTIONS].sort()).toEqual([...Object.values(A), ...Object.values(D)].sort());
  });

  it.each(STATES)('in %s allows exactly its steps', (state) => {
    const allowed = ACTIONS.filter((a) => allows(a, state));
    expect(allowed.sort()).toEqual([...ALLOWED[state]].sort());
  });

  it.each(ACTIONS)('refuses %s in every other state with the reason it enforces', (action) => {
    for (const state of STATES.filter((s) => !allows(action, s))) {
      expect([state, refusalReason(action, state)]).toEqual([
        state,
        REFUSED[action][state] ?? 'CONSULTATION.WRONG_STATE',
      ]);
    }
  });

  it('derives its named sets of states from the table', () => {
    expect(DECIDED_STATES).toEqual([S.DECIDED, S.PUBLISHED, S.IMPLEMENTING, S.EVALUATING, S.CLOSED]);
    expect(PUBLISHED_STATES).toEqual(PUBLISHED);
    expect(FINAL_STATES).toEqual([S.DECLINED, S.WITHDRAWN, S.MERGED, S.SPLIT, S.CLOSED]);
    expect(OPEN_STATES).toEqual(STATES.filter((s) => !FINAL_STATES.includes(s)));
    expect(EDITABLE).toEqual([S.PROPOSED, S.ACCEPTED, S.DELIBERATING]);
    expect(VOTING_STATES).toEqual([S.VOTING]);
  });

  it('moves a matter only by the timeline’s steps; activities leave its state', () => {
    for (const a of Object.values(A)) expect(STEPS[a].to).not.toBeNull();
    for (const d of Object.values(D)) expect(STEPS[d].to).toBeNull();
  });

  it('reaches PROPOSED only by proposing, and each final state by one step alone', () => {
    const into = (state: S) =>
      Object.entries(STEPS)
        .filter(([, step]) => step.to === state)
        .map(([a]) => a);
    expect(into(S.PROPOSED)).toEqual([A.PROPOSE]);
    expect(STEPS[A.PROPOSE].from).toEqual([]);
    expect(into(S.CLOSED)).toEqual([A.CLOSE]);
    expect(into(S.WITHDRAWN)).toEqual([A.WITHDRAW]);
  });

  it('names the rule a refusal enforces', () => {
    expect(refusalReason(A.OPEN_VOTE, S.ACCEPTED)).toBe('CONSULTATION.NOT_DELIBERATED');
    expect(refusalReason(A.OPEN_VOTE, S.PROPOSED)).toBe('CONSULTATION.NOT_DELIBERATED');
    expect(refusalReason(A.PUBLISH, S.DELIBERATING)).toBe('CONSULTATION.NOT_DECIDED');
    expect(refusalReason(A.PUBLISH, S.PUBLISHED)).toBe('CONSULTATION.ALREADY_PUBLISHED');
    expect(refusalReason(A.WITHDRAW, S.DECIDED)).toBe('CONSULTATION.ALREADY_DECIDED');
    expect(refusalReason(A.ACCEPT, S.ACCEPTED)).toBe('CONSULTATION.WRONG_STATE');
    expect(refusalReason(A.OPEN_EVALUATION, S.PUBLISHED)).toBe('CONSULTATION.WRONG_STATE');
  });
});

describe('a vote’s result', () => {
  it.each([
    // tallies, eligible, quorum %, threshold %, outcome, option
    [[4, 1], 5, 60, 50, 'ADOPTED', 0],
    [[1, 4], 5, 60, 50, 'ADOPTED', 1],
    [[2, 0], 5, 60, 50, 'NO_QUORUM', null], // 2 of 5 = 40% < 60%
    [[3, 0], 5, 60, 50, 'ADOPTED', 0], // exactly the quorum
    [[2, 2], 4, 50, 50, 'NOT_ADOPTED', null], // a tie adopts nothing
    [[3, 2], 5, 50, 67, 'NOT_ADOPTED', null], // 60% < a two-thirds threshold
    [[4, 2], 6, 50, 67, 'NOT_ADOPTED', null], // 66.7% < 67%
    [[2, 1, 1], 4, 100, 50, 'ADOPTED', 0], // exactly half of the ballots at a 50% threshold
    [[0, 0], 3, 1, 50, 'NO_QUORUM', null],
    [[0, 0], 0, 1, 50, 'NO_QUORUM', null],
  ] as const)(
    '%j of %i eligible, quorum %i%, threshold %i% → %s',
    (tallies, eligible, quorum, threshold, outcome, option) => {
      expect(voteOutcome(tallies, eligible, quorum, threshold)).toEqual({ outcome, option });
    },
  );
});
