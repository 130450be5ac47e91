/**
 * A vote past its deadline reads closed, though nobody closed it: the first reader (or the
 * server's sweep) closes it with its computed result and moves the matter on — DECIDED when
 * adopted, back to DELIBERATING otherwise — once, however many readers race; and a step taken
 * on the matter after the deadline meets the decision, not the open vote.
 */
import { closeDueVotes } from '../../src/modules/consultation/consultation.deadlines';
import { Person } from '../../src/modules/people/person.entity';
import { Division } from '../../src/modules/tree/division.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';
import { secretaryCommunity } from '../harness/places';

let t: TestApp;
const secretary = { username: 'community.secretary' };
let community: Division;
let building: Division;
let people: Person[];
let voters: As[];
const reasons = (res: GqlResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.reason);

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  ({ community, building } = await secretaryCommunity(t, em));
  people = ['甲', '乙', '丙'].map((n) =>
    em.create(Person, { name: `居民${n}`, home: building, homePath: building.path }),
  );
  await em.flush();
  voters = [];
  for (const p of people) voters.push({ username: await t.addLogin(p.id) });
});
afterAll(() => t?.close());

/** A matter put to a vote of three residents (quorum 60%, threshold 50%), with `ballots` cast, then past its deadline. */
async function votePastDeadline(title: string, ballots: number[]): Promise<{ matterId: string; voteId: string }> {
  const proposed = await t.executeAs(voters[0], Ops.ProposeMatterDocument, {
    input: {
      platformCode: community.code,
      title,
      description: '请居民表决。',
      category: 'SAFETY',
      affectedCodes: [building.code],
    },
  });
  const matterId = proposed.data!.proposeMatter.id;
  await t.executeAs(secretary, Ops.AcceptMatterDocument, { input: { matterId } });
  const session = await t.executeAs(secretary, Ops.ScheduleConsultationSessionDocument, {
    input: {
      matterId,
      title: `${title}议事会`,
      startsAt: new Date().toISOString(),
      venue: '一单元',
      participants: people.map((p) => ({ personId: String(p.id), kind: 'RESIDENT' as const })),
    },
  });
  const s = session.data!.scheduleConsultationSession;
  await t.executeAs(secretary, Ops.RecordConsultationSessionDocument, {
    input: {
      sessionId: s.id,
      summary: '纪要',
      opinions: [{ participantId: s.participants[0].id, stance: 'SUPPORT', text: '同意' }],
    },
  });
  const opened = await t.executeAs(secretary, Ops.OpenConsultationVoteDocument, {
    input: {
      matterId,
      question: title,
      options: ['同意', '反对'],
      deadline: new Date(Date.now() + 3600_000).toISOString(),
      quorumPercent: 60,
      thresholdPercent: 50,
    },
  });
  expect(opened.errors).toBeUndefined();
  const voteId = opened.data!.openConsultationVote.id;
  for (const [i, option] of ballots.entries()) {
    expect(
      (await t.executeAs(voters[i], Ops.CastConsultationBallotDocument, { input: { voteId, option } })).errors,
    ).toBeUndefined();
  }
  // The clock of the test: the deadline passes.
  await t
    .em()
    .getConnection()
    .execute(`update consultation_vote set deadline = clock_timestamp() - interval '1 second' where id = ?`, [
      Number(voteId),
    ]);
  return { matterId, voteId };
}

/** What the database holds of the vote and of the matter's closing steps. */
async function stored(matterId: string, voteId: string) {
  const conn = t.em().getConnection();
  const [vote] = await conn.execute<{ status: string; outcome: string | null; tallies: number[] | null }[]>(
    `select status, outcome, tallies from consultation_vote where id = ?`,
    [Number(voteId)],
  );
  const closings = await conn.execute<{ to_state: string; actor_id: number | null }[]>(
    `select to_state, actor_id from consultation_transition where matter_id = ? and action = 'CLOSE_VOTE'`,
    [Number(matterId)],
  );
  const [matter] = await conn.execute<{ state: string; decided_at: Date | null }[]>(
    `select state, decided_at from consultation_matter where id = ?`,
    [Number(matterId)],
  );
  return { vote, closings, matter };
}

describe('a vote past its deadline', () => {
  it('reads closed with its result, the matter decided, closed once though two readers race', async () => {
    for (let round = 0; round < 5; round++) {
      const { matterId, voteId } = await votePastDeadline(`过期表决 ${round}`, [0, 0]);
      const reads = await Promise.all(
        [secretary, voters[2]].map((who) => t.executeAs(who, Ops.ConsultationMatterDocument, { id: matterId })),
      );
      for (const read of reads) {
        expect(read.errors).toBeUndefined();
        const m = read.data!.consultationMatter;
        expect(m.state).toBe('DECIDED');
        expect(m.decidedAt).not.toBeNull();
        expect(m.votes).toHaveLength(1);
        expect(m.votes[0]).toMatchObject({
          id: voteId,
          status: 'CLOSED',
          outcome: 'ADOPTED',
          adopted: '同意',
          ballotsCast: 2,
          tallies: [
            { option: '同意', ballots: 2 },
            { option: '反对', ballots: 0 },
          ],
        });
        expect(m.votes[0].closedAt).not.toBeNull();
        const closing = m.timeline.filter((s) => s.action === 'CLOSE_VOTE');
        expect(closing).toEqual([
          expect.objectContaining({ fromState: 'VOTING', toState: 'DECIDED', actorName: null }),
        ]);
      }
      const db = await stored(matterId, voteId);
      expect(db).toMatchObject({
        vote: { status: 'CLOSED', outcome: 'ADOPTED', tallies: [2, 0] },
        closings: [{ to_state: 'DECIDED', actor_id: null }],
        matter: { state: 'DECIDED' },
      });
    }
  });

  it('sends a matter without quorum back to deliberation, as lists of matters read it', async () => {
    const { matterId, voteId } = await votePastDeadline('过期未达法定人数', [1]);
    const list = async (states: ('VOTING' | 'DELIBERATING')[]) =>
      (
        await t.executeAs(secretary, Ops.ConsultationMattersDocument, { under: community.code, states, first: 100 })
      ).data!.consultationMatters.edges.map((e) => e.node.id);
    expect(await list(['VOTING'])).not.toContain(matterId);
    expect(await list(['DELIBERATING'])).toContain(matterId);
    expect(await stored(matterId, voteId)).toMatchObject({
      vote: { status: 'CLOSED', outcome: 'NO_QUORUM' },
      closings: [{ to_state: 'DELIBERATING' }],
      matter: { state: 'DELIBERATING', decided_at: null },
    });
  });

  it('meets a step taken after it with the decision: the proposer can no longer withdraw', async () => {
    const { matterId, voteId } = await votePastDeadline('过期后撤回', [0, 1, 0]);
    const withdrawn = await t.executeAs(voters[0], Ops.WithdrawMatterDocument, { input: { matterId } });
    expect(codes(withdrawn)).toEqual(['CONFLICT']);
    expect(reasons(withdrawn)).toEqual(['CONSULTATION.ALREADY_DECIDED']);
    const late = await t.executeAs(voters[1], Ops.CastConsultationBallotDocument, { input: { voteId, option: 1 } });
    expect(reasons(late)).toEqual(['CONSULTATION.VOTE_CLOSED']);
    const basic = await t.executeAs(voters[0], Ops.ConsultationMatterBasicDocument, { id: matterId });
    expect(basic.data?.consultationMatter.state).toBe('DECIDED');
    expect(await stored(matterId, voteId)).toMatchObject({
      vote: { status: 'CLOSED', outcome: 'ADOPTED', tallies: [2, 1] },
      closings: [{ to_state: 'DECIDED' }],
    });
  });

  it('is closed by the server’s sweep when nobody reads it, once', async () => {
    const { matterId, voteId } = await votePastDeadline('无人读取的过期表决', [1, 1]);
    const swept = await Promise.all([closeDueVotes(t.em()), closeDueVotes(t.em())]);
    expect(swept.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await stored(matterId, voteId)).toMatchObject({
      vote: { status: 'CLOSED', outcome: 'ADOPTED', tallies: [0, 2] },
      closings: [{ to_state: 'DECIDED', actor_id: null }],
      matter: { state: 'DECIDED' },
    });
    // The platform closing it afterwards finds it closed.
    expect(reasons(await t.executeAs(secretary, Ops.CloseConsultationVoteDocument, { voteId }))).toEqual([
      'CONSULTATION.VOTE_CLOSED',
    ]);
  });
});
