/**
 * Two voters and a closer race at a vote's deadline, over real concurrent HTTP requests, round
 * after round: no ballot is ever taken after the vote closed (or after its deadline), no one
 * votes twice, the tallies equal the ballots stored, and every answer is either a success the
 * database shows or a coded refusal.
 */
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';

let t: TestApp;
const secretary = { username: 'community.secretary' };
let voters: As[];
let matterId: string;
const ROUNDS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const me = await t.executeAs(secretary, Ops.MeDocument);
  const community = await em.findOneOrFail(Division, {
    code: me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code,
  });
  const building = await em.findOneOrFail(
    Division,
    { path: { $like: `${community.path}%` }, kind: DivisionKind.BUILDING },
    { orderBy: { code: 'asc' } },
  );
  const people = ['甲', '乙', '丙'].map((n) =>
    em.create(Person, { name: `居民${n}`, home: building, homePath: building.path }),
  );
  await em.flush();
  voters = [];
  for (const p of people) voters.push({ username: await t.addLogin(p.id) });
  const propose = await t.executeAs(voters[0], Ops.ProposeMatterDocument, {
    input: {
      platformCode: community.code,
      title: '单元门禁改造',
      description: '更换单元门禁系统。',
      category: 'SAFETY',
      affectedCodes: [building.code],
    },
  });
  matterId = propose.data!.proposeMatter.id;
  await t.executeAs(secretary, Ops.AcceptMatterDocument, { input: { matterId } });
  const session = await t.executeAs(secretary, Ops.ScheduleConsultationSessionDocument, {
    input: {
      matterId,
      title: '门禁议事会',
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
      opinions: [{ participantId: s.participants[0].id, stance: 'SUPPORT', text: '同意更换' }],
    },
  });
});
afterAll(() => t?.close());

type Outcome = { who: string; res: GqlResponse<unknown> };

const open = (round: number, deadline: Date) =>
  t.executeAs(secretary, Ops.OpenConsultationVoteDocument, {
    input: {
      matterId,
      question: `第${round + 1}轮`,
      options: ['同意', '反对'],
      deadline: deadline.toISOString(),
      quorumPercent: 100,
      thresholdPercent: 50,
    },
  });

// ROUNDS rounds of about 1.5 s each: the time limit is only there to catch a hang.
it('never takes a ballot after closing, nor a second ballot, at the deadline', async () => {
  let accepted = 0;
  let lateRefused = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // The third participant never votes and the quorum is 100%: the vote fails and the matter
    // returns to deliberation, ready for the next round's vote. The deadline is 1.2 s ahead; should
    // the opening itself take longer (a busy machine), it is refused as a deadline in the past
    // (writing nothing) and opened again further ahead.
    let deadline = new Date(Date.now() + 1200);
    let opened = await open(round, deadline);
    for (
      let lead = 2400;
      opened.errors?.[0]?.extensions?.reason === 'CONSULTATION.BAD_DEADLINE' && lead <= 19_200;
      lead *= 2
    ) {
      deadline = new Date(Date.now() + lead);
      opened = await open(round, deadline);
    }
    expect(opened.errors).toBeUndefined();
    const voteId = opened.data!.openConsultationVote.id;
    const at = (offset: number, who: string, send: () => Promise<GqlResponse<unknown>>) =>
      sleep(deadline.getTime() + offset - Date.now()).then(async () => ({ who, res: await send() }) as Outcome);
    const ballot = (v: As, option: number) => () =>
      t.executeAs(v, Ops.CastConsultationBallotDocument, { input: { voteId, option } });
    const closer = async (): Promise<Outcome[]> => {
      const tries: Outcome[] = [];
      for (;;) {
        const res = await t.executeAs(secretary, Ops.CloseConsultationVoteDocument, { voteId });
        tries.push({ who: 'closer', res });
        if (
          !res.errors ||
          codes(res)[0] !== 'CONFLICT' ||
          res.errors[0].extensions?.reason !== 'CONSULTATION.DEADLINE_NOT_REACHED'
        )
          return tries;
        await sleep(5);
      }
    };
    const results = await Promise.all([
      at(-300, 'A', ballot(voters[0], 0)),
      at(-10, 'A', ballot(voters[0], 1)), // the same voter again, twice at once, at the deadline
      at(-10, 'A', ballot(voters[0], 0)),
      at(-5, 'B', ballot(voters[1], 0)),
      at(+25, 'B', ballot(voters[1], 1)),
      at(+250, 'B', ballot(voters[1], 1)), // surely late
      sleep(deadline.getTime() - 10 - Date.now()).then(closer),
    ]);
    const outcomes = results.flat();
    const closes = outcomes.filter((o) => o.who === 'closer' && !o.res.errors);
    // The platform closes it, unless the server's sweep came first: either way, exactly once.
    expect(closes.length).toBeLessThanOrEqual(1);
    const [closings] = await t
      .em()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from consultation_transition where matter_id = ? and action = 'CLOSE_VOTE'`,
        [Number(matterId)],
      );
    expect(closings.n).toBe(round + 1);
    for (const o of outcomes) {
      if (!o.res.errors) continue;
      const reason = o.res.errors[0].extensions?.reason;
      expect(['CONSULTATION.VOTE_CLOSED', 'CONSULTATION.ALREADY_VOTED', 'CONSULTATION.DEADLINE_NOT_REACHED']).toContain(
        reason,
      );
    }
    const ok = outcomes.filter((o) => o.who !== 'closer' && !o.res.errors);
    const [vote] = await t
      .em()
      .execute<{ closed_at: Date; deadline: Date; tallies: number[]; status: string; outcome: string }[]>(
        `select closed_at, deadline, tallies, status, outcome from consultation_vote where id = ?`,
        [Number(voteId)],
      );
    const ballots = await t
      .em()
      .execute<{ voter_id: number; created_at: Date }[]>(
        `select voter_id, created_at from consultation_ballot where vote_id = ?`,
        [Number(voteId)],
      );
    expect(vote).toMatchObject({ status: 'CLOSED', outcome: 'NO_QUORUM' });
    // Exactly the acknowledged ballots are stored, at most one per voter, all before the close and the deadline.
    expect(ballots).toHaveLength(ok.length);
    expect(new Set(ballots.map((b) => b.voter_id)).size).toBe(ballots.length);
    expect(new Set(ok.map((o) => o.who)).size).toBe(ok.length);
    for (const b of ballots) {
      expect(new Date(b.created_at).getTime()).toBeLessThan(new Date(vote.closed_at).getTime());
      expect(new Date(b.created_at).getTime()).toBeLessThan(new Date(vote.deadline).getTime());
    }
    expect(vote.tallies.reduce((a, b) => a + b, 0)).toBe(ballots.length);
    accepted += ok.length;
    lateRefused += outcomes.filter(
      (o) => o.who !== 'closer' && o.res.errors?.[0].extensions?.reason === 'CONSULTATION.VOTE_CLOSED',
    ).length;
  }
  // The race was real: ballots were taken, and ballots arrived too late.
  expect(accepted).toBeGreaterThan(0);
  expect(lateRefused).toBeGreaterThan(0);
  const timeline = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id: matterId })).data!
    .consultationMatter.timeline;
  expect(timeline.filter((s) => s.action === 'CLOSE_VOTE').map((s) => s.toState)).toEqual(
    Array(ROUNDS).fill('DELIBERATING'),
  );
}, 180_000);
