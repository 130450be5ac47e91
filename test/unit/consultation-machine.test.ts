/**
 * The consultation state machine as a table: every action against every state, and the ballot
 * arithmetic that computes a vote's result.
 */
import { MatterAction as A, MatterState as S } from '../../src/modules/consultation/consultation.enums';
import { allows, refusalReason, STEPS, voteOutcome } from '../../src/modules/consultation/consultation.machine';

const STATES = Object.values(S);
/** Which actions each state allows — written out by hand, row by row. */
const ALLOWED: Record<S, A[]> = {
  [S.PROPOSED]: [A.ACCEPT, A.DECLINE, A.WITHDRAW, A.MERGE, A.SPLIT],
  [S.ACCEPTED]: [A.DECLINE, A.WITHDRAW, A.MERGE, A.SPLIT, A.SCHEDULE_SESSION],
  [S.DELIBERATING]: [A.DECLINE, A.WITHDRAW, A.MERGE, A.SPLIT, A.SCHEDULE_SESSION, A.OPEN_VOTE],
  [S.VOTING]: [A.WITHDRAW, A.CLOSE_VOTE],
  [S.DECIDED]: [A.PUBLISH],
  [S.PUBLISHED]: [A.ASSIGN_TASK],
  [S.IMPLEMENTING]: [A.ASSIGN_TASK, A.OPEN_EVALUATION],
  [S.EVALUATING]: [A.CLOSE],
  [S.CLOSED]: [],
  [S.DECLINED]: [],
  [S.WITHDRAWN]: [],
  [S.MERGED]: [],
  [S.SPLIT]: [],
};

describe('the state machine', () => {
  it.each(STATES)('in %s allows exactly its steps', (state) => {
    const allowed = Object.values(A).filter((a) => allows(a, state));
    expect(allowed.sort()).toEqual([...ALLOWED[state]].sort());
  });

  it('reaches PROPOSED only by proposing, and each final state by one step alone', () => {
    const into = (state: S) => Object.entries(STEPS).filter(([, step]) => step.to === state).map(([a]) => a);
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
  ] as const)('%j of %i eligible, quorum %i%, threshold %i% → %s', (tallies, eligible, quorum, threshold, outcome, option) => {
    expect(voteOutcome(tallies, eligible, quorum, threshold)).toEqual({ outcome, option });
  });
});
