/**
 * Democratic consultation, whole: a resident proposes, the community's platform accepts,
 * deliberates in a session, puts it to a vote of the participants, publishes the computed
 * result, assigns and follows a task with residents' feedback, and residents rate the outcome.
 * Every refused step is tried on the way, and each leaves nothing behind.
 */
import {
  ConsultationBallot,
  ConsultationEvaluation,
  ConsultationFeedback,
  ConsultationTransition,
} from '../../src/modules/consultation/consultation.entities';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';

let t: TestApp;
let community: Division;
let group: Division;
let otherGroup: Division;
let propertyOrg: Organisation;
const secretary = { username: 'community.secretary' };
const residents: { id: string; as: As }[] = [];
let outsider: As;
let propertyAdminId: string;
let bystander: { id: string; as: As };

const reasons = (res: GqlResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.reason);
const refused = async (res: Promise<GqlResponse<unknown>>, code: string, reason?: string) => {
  const r = await res;
  expect(r.data).toBeNull();
  expect(codes(r)).toEqual([code]);
  if (reason) expect(reasons(r)).toEqual([reason]);
};

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const me = await t.executeAs(secretary, Ops.MeDocument);
  community = await em.findOneOrFail(Division, {
    code: me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code,
  });
  const groups = await em.find(
    Division,
    { parent: community.id, kind: DivisionKind.GROUP },
    { orderBy: { code: 'asc' } },
  );
  group = groups[0];
  otherGroup = groups[1];
  // Five residents of one building in the group (the seed has one household head per building).
  const building = await em.findOneOrFail(
    Division,
    { parent: group.id, kind: DivisionKind.BUILDING },
    { orderBy: { code: 'asc' } },
  );
  const inGroup = ['钱一', '孙二', '李三', '周四', '吴五'].map((name) =>
    em.create(Person, { name, home: building, homePath: building.path }),
  );
  await em.flush();
  for (const p of inGroup) residents.push({ id: String(p.id), as: { username: await t.addLogin(p.id) } });
  const elsewhere = await em.findOneOrFail(
    Person,
    { homePath: { $like: `${otherGroup.path}%` } },
    { orderBy: { id: 'asc' } },
  );
  bystander = { id: String(elsewhere.id), as: { username: await t.addLogin(elsewhere.id) } };
  const far = await em.findOneOrFail(
    Person,
    { homePath: { $like: '/530100000000/530103000000/%' } },
    { orderBy: { id: 'asc' } },
  );
  outsider = { username: await t.addLogin(far.id) };
  propertyOrg = await em.findOneOrFail(Organisation, {
    division: community.id,
    kind: OrganisationKind.PROPERTY_COMPANY,
  });
  propertyAdminId = (await t.executeAs({ username: 'property.admin' }, Ops.MeDocument)).data!.me.person!.id;
});
afterAll(() => t?.close());

const proposal = () => ({
  platformCode: community.code,
  title: '楼前空地改建口袋公园',
  description: '楼前空地长期闲置，建议改建为口袋公园，增设座椅和健身器材。',
  category: 'PUBLIC_SPACE' as const,
  affectedCodes: [group.code],
  attachments: [{ name: '现场照片', uri: 'https://files.example.org/photo-1.jpg' }],
});

describe('a matter through the whole cycle', () => {
  it('is proposed, deliberated, decided, published, implemented and evaluated — refusing every step out of turn', async () => {
    const [r1, r2, r3, r4, r5] = residents;
    await refused(t.executeAs(null, Ops.ProposeMatterDocument, { input: proposal() }), 'UNAUTHENTICATED');
    await refused(t.executeAs(outsider, Ops.ProposeMatterDocument, { input: proposal() }), 'FORBIDDEN');
    await refused(
      t.executeAs(r1.as, Ops.ProposeMatterDocument, { input: { ...proposal(), affectedCodes: ['530103000000'] } }),
      'BAD_USER_INPUT',
      'CONSULTATION.AFFECTED_OUTSIDE',
    );
    await refused(
      t.executeAs(r1.as, Ops.ProposeMatterDocument, {
        input: { ...proposal(), attachments: [{ name: 'x', uri: 'javascript:alert(1)' }] },
      }),
      'BAD_USER_INPUT',
      'CONSULTATION.BAD_ATTACHMENT',
    );
    await refused(
      t.executeAs({ username: 'district.official' }, Ops.ProposeMatterDocument, {
        input: { ...proposal(), platformCode: '530102000000' },
      }),
      'BAD_USER_INPUT',
      'CONSULTATION.NOT_A_PLATFORM',
    );

    // 民提
    const proposed = await t.executeAs(r1.as, Ops.ProposeMatterDocument, { input: proposal() });
    expect(proposed.errors).toBeUndefined();
    const m = proposed.data!.proposeMatter;
    expect(m).toMatchObject({
      state: 'PROPOSED',
      level: 'COMMUNITY',
      platform: { code: community.code },
      affected: [{ code: group.code }],
      attachments: [{ name: '现场照片' }],
    });
    const id = m.id;
    const matterInput = { matterId: id };

    // Out of turn before acceptance.
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationVoteDocument, { input: voteInput(id) }),
      'CONFLICT',
      'CONSULTATION.NOT_DELIBERATED',
    );
    await refused(
      t.executeAs(secretary, Ops.PublishConsultationDecisionDocument, { input: { matterId: id, reasons: '理由' } }),
      'CONFLICT',
      'CONSULTATION.NOT_DECIDED',
    );
    await refused(
      t.executeAs(r2.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 5 } }),
      'CONFLICT',
      'CONSULTATION.NOT_IMPLEMENTED',
    );
    await refused(t.executeAs(r1.as, Ops.AcceptMatterDocument, { input: matterInput }), 'FORBIDDEN');
    await refused(
      t.executeAs({ username: 'street.official' }, Ops.AcceptMatterDocument, { input: matterInput }),
      'FORBIDDEN',
    );
    await refused(
      t.executeAs(secretary, Ops.DeclineMatterDocument, { input: matterInput }),
      'BAD_USER_INPUT',
      'CONSULTATION.REASON_REQUIRED',
    );

    expect(
      (
        await t.executeAs(secretary, Ops.AcceptMatterDocument, {
          input: { matterId: id, reason: '涉及本组居民共同利益' },
        })
      ).data?.acceptMatter.state,
    ).toBe('ACCEPTED');
    await refused(
      t.executeAs(secretary, Ops.AcceptMatterDocument, { input: matterInput }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationVoteDocument, { input: voteInput(id) }),
      'CONFLICT',
      'CONSULTATION.NOT_DELIBERATED',
    );

    // 民议: a session with residents and the property company's representative.
    const participants = [r1, r2, r3, r4]
      .map((r) => ({ personId: r.id, kind: 'RESIDENT' as const }))
      .concat([
        { personId: propertyAdminId, kind: 'MEMBER_UNIT' as const, organisationId: String(propertyOrg.id) } as never,
      ]);
    const scheduled = await t.executeAs(secretary, Ops.ScheduleConsultationSessionDocument, {
      input: {
        matterId: id,
        title: '口袋公园议事会',
        startsAt: new Date(Date.now() + 3600_000).toISOString(),
        venue: '社区党群服务中心',
        participants,
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const session = scheduled.data!.scheduleConsultationSession;
    expect(session.participants).toHaveLength(5);
    // Not held yet: no vote.
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationVoteDocument, { input: voteInput(id) }),
      'CONFLICT',
      'CONSULTATION.NOT_DELIBERATED',
    );
    // Participants see the sessions they were invited to; other residents see the matter, not its sessions.
    expect(
      (await t.executeAs(r2.as, Ops.MyConsultationSessionsDocument)).data?.myConsultationSessions.map((s) => s.id),
    ).toContain(session.id);
    expect(
      (await t.executeAs(bystander.as, Ops.ConsultationMatterSessionsDocument, { id })).data?.consultationMatter
        .sessions,
    ).toEqual([]);
    expect(
      (await t.executeAs(r2.as, Ops.ConsultationMatterSessionsDocument, { id })).data?.consultationMatter.sessions.map(
        (s) => s.id,
      ),
    ).toEqual([session.id]);

    const recordInput = {
      sessionId: session.id,
      summary: '与会各方同意改建，物业公司承担日常维护。',
      opinions: [
        { participantId: session.participants[0].id, stance: 'SUPPORT' as const, text: '空地闲置多年，改建很有必要。' },
        {
          participantId: session.participants[4].id,
          stance: 'NEUTRAL' as const,
          text: '物业可以承担维护，需明确经费。',
        },
      ],
    };
    await refused(t.executeAs(r1.as, Ops.RecordConsultationSessionDocument, { input: recordInput }), 'FORBIDDEN');
    expect(
      (await t.executeAs(secretary, Ops.RecordConsultationSessionDocument, { input: recordInput })).data
        ?.recordConsultationSession.status,
    ).toBe('HELD');
    await refused(
      t.executeAs(secretary, Ops.RecordConsultationSessionDocument, { input: recordInput }),
      'CONFLICT',
      'CONSULTATION.SESSION_RECORDED',
    );

    // The proposer may still edit the text.
    const edited = await t.executeAs(r1.as, Ops.EditMatterDocument, {
      input: { matterId: id, description: '楼前空地改建为口袋公园，增设座椅、健身器材和夜间照明。' },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.editMatter.state).toBe('DELIBERATING');

    // 民决
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationVoteDocument, {
        input: { ...voteInput(id), deadline: new Date(Date.now() - 1000).toISOString() },
      }),
      'BAD_USER_INPUT',
      'CONSULTATION.BAD_DEADLINE',
    );
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationVoteDocument, {
        input: { ...voteInput(id), options: ['同意', '同意'] },
      }),
      'BAD_USER_INPUT',
      'CONSULTATION.BAD_OPTIONS',
    );
    const opened = await t.executeAs(secretary, Ops.OpenConsultationVoteDocument, { input: voteInput(id) });
    expect(opened.errors).toBeUndefined();
    const vote = opened.data!.openConsultationVote;
    expect(vote).toMatchObject({ status: 'OPEN', eligible: 5, ballotsCast: 0, tallies: null, outcome: null });
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationVoteDocument, { input: voteInput(id) }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );
    await refused(
      t.executeAs(r5.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 0 } }),
      'FORBIDDEN',
      'CONSULTATION.NOT_ELIGIBLE',
    );
    await refused(
      t.executeAs(r1.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 7 } }),
      'BAD_USER_INPUT',
      'CONSULTATION.BAD_OPTION',
    );
    const first = await t.executeAs(r1.as, Ops.CastConsultationBallotDocument, {
      input: { voteId: vote.id, option: 0 },
    });
    expect(first.data?.castConsultationBallot).toMatchObject({ ballotsCast: 1, myBallot: 0, tallies: null });
    await refused(
      t.executeAs(r1.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 1 } }),
      'CONFLICT',
      'CONSULTATION.ALREADY_VOTED',
    );
    await refused(
      t.executeAs(secretary, Ops.CloseConsultationVoteDocument, { voteId: vote.id }),
      'CONFLICT',
      'CONSULTATION.DEADLINE_NOT_REACHED',
    );
    await refused(t.executeAs(r1.as, Ops.CloseConsultationVoteDocument, { voteId: vote.id }), 'FORBIDDEN');
    await refused(
      t.executeAs(r1.as, Ops.EditMatterDocument, { input: { matterId: id, title: '改个标题' } }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );
    for (const r of [r2, r3, r4])
      expect(
        (await t.executeAs(r.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 0 } })).errors,
      ).toBeUndefined();
    expect(
      (
        await t.executeAs({ username: 'property.admin' }, Ops.CastConsultationBallotDocument, {
          input: { voteId: vote.id, option: 1 },
        })
      ).errors,
    ).toBeUndefined();
    // Everyone eligible has voted: the vote may close before its deadline, and the result is computed.
    const closed = await t.executeAs(secretary, Ops.CloseConsultationVoteDocument, { voteId: vote.id });
    expect(closed.data?.closeConsultationVote).toMatchObject({
      status: 'CLOSED',
      outcome: 'ADOPTED',
      adopted: '同意改建',
      ballotsCast: 5,
      tallies: [
        { option: '同意改建', ballots: 4 },
        { option: '维持现状', ballots: 1 },
      ],
    });
    await refused(
      t.executeAs(r5.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 0 } }),
      'FORBIDDEN',
      'CONSULTATION.NOT_ELIGIBLE',
    );
    await refused(
      t.executeAs(r2.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 1 } }),
      'CONFLICT',
      'CONSULTATION.VOTE_CLOSED',
    );
    await refused(
      t.executeAs(secretary, Ops.CloseConsultationVoteDocument, { voteId: vote.id }),
      'CONFLICT',
      'CONSULTATION.VOTE_CLOSED',
    );
    await refused(
      t.executeAs(r1.as, Ops.WithdrawMatterDocument, { input: matterInput }),
      'CONFLICT',
      'CONSULTATION.ALREADY_DECIDED',
    );
    await refused(
      t.executeAs(null, Ops.ConsultationResultDocument, { matterId: id }),
      'NOT_FOUND',
      'CONSULTATION.NO_RESULT',
    );

    // 公开
    await refused(
      t.executeAs(secretary, Ops.AssignConsultationTaskDocument, { input: taskInput(id) }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );
    const published = await t.executeAs(secretary, Ops.PublishConsultationDecisionDocument, {
      input: { matterId: id, reasons: '参会五人中四人同意，超过半数，予以通过。' },
    });
    expect(published.data?.publishConsultationDecision).toMatchObject({
      state: 'PUBLISHED',
      result: { decision: '同意改建', ballotsCast: 4 + 1, eligible: 5 },
    });
    await refused(
      t.executeAs(secretary, Ops.PublishConsultationDecisionDocument, { input: { matterId: id, reasons: '改写理由' } }),
      'CONFLICT',
      'CONSULTATION.ALREADY_PUBLISHED',
    );
    await refused(
      t.executeAs(secretary, Ops.EditMatterDocument, { input: { matterId: id, title: '改个标题' } }),
      'CONFLICT',
      'CONSULTATION.ALREADY_PUBLISHED',
    );
    await refused(
      t.executeAs(r2.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 5 } }),
      'CONFLICT',
      'CONSULTATION.NOT_IMPLEMENTED',
    );
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationEvaluationDocument, { matterId: id }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );

    // 落实
    await refused(t.executeAs(r1.as, Ops.AssignConsultationTaskDocument, { input: taskInput(id) }), 'FORBIDDEN');
    const task = (await t.executeAs(secretary, Ops.AssignConsultationTaskDocument, { input: taskInput(id) })).data!
      .assignConsultationTask;
    expect(task).toMatchObject({ status: 'OPEN', unitId: String(propertyOrg.id) });
    await refused(
      t.executeAs(secretary, Ops.OpenConsultationEvaluationDocument, { matterId: id }),
      'CONFLICT',
      'CONSULTATION.TASKS_OPEN',
    );
    await refused(
      t.executeAs(r2.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 5 } }),
      'CONFLICT',
      'CONSULTATION.NOT_IMPLEMENTED',
    );
    await refused(
      t.executeAs(r2.as, Ops.ReportConsultationProgressDocument, {
        input: { taskId: task.id, note: '我来报个进度', done: true },
      }),
      'FORBIDDEN',
    );
    const reported = await t.executeAs({ username: 'property.admin' }, Ops.ReportConsultationProgressDocument, {
      input: { taskId: task.id, note: '已完成设计，下周施工。', done: false },
    });
    expect(reported.errors).toBeUndefined();
    const progressId = reported.data!.reportConsultationProgress.progress[0].id;
    expect(
      (
        await t.executeAs(r2.as, Ops.GiveConsultationFeedbackDocument, {
          input: { progressId, text: '希望施工避开午休时间。' },
        })
      ).errors,
    ).toBeUndefined();
    await refused(
      t.executeAs(outsider, Ops.GiveConsultationFeedbackDocument, { input: { progressId, text: '路过看看' } }),
      'FORBIDDEN',
      'CONSULTATION.NOT_AFFECTED',
    );
    await refused(
      t.executeAs(bystander.as, Ops.GiveConsultationFeedbackDocument, { input: { progressId, text: '隔壁组的意见' } }),
      'FORBIDDEN',
      'CONSULTATION.NOT_AFFECTED',
    );
    expect(
      (
        await t.executeAs({ username: 'property.admin' }, Ops.ReportConsultationProgressDocument, {
          input: { taskId: task.id, note: '已建成并投入使用。', done: true },
        })
      ).data?.reportConsultationProgress.status,
    ).toBe('DONE');
    await refused(
      t.executeAs({ username: 'property.admin' }, Ops.ReportConsultationProgressDocument, {
        input: { taskId: task.id, note: '再报一次', done: true },
      }),
      'CONFLICT',
      'CONSULTATION.TASK_DONE',
    );

    // 民评
    expect(
      (await t.executeAs(secretary, Ops.OpenConsultationEvaluationDocument, { matterId: id })).data
        ?.openConsultationEvaluation.state,
    ).toBe('EVALUATING');
    await refused(
      t.executeAs(r2.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 6 } }),
      'BAD_USER_INPUT',
    );
    await refused(
      t.executeAs(outsider, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 1 } }),
      'FORBIDDEN',
      'CONSULTATION.NOT_AFFECTED',
    );
    expect(
      (
        await t.executeAs(r2.as, Ops.EvaluateConsultationMatterDocument, {
          input: { matterId: id, rating: 5, comment: '很满意' },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (await t.executeAs(r5.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 4 } })).errors,
    ).toBeUndefined();
    await refused(
      t.executeAs(r2.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 1 } }),
      'CONFLICT',
      'CONSULTATION.ALREADY_EVALUATED',
    );
    const done = await t.executeAs(secretary, Ops.CloseConsultationMatterDocument, { matterId: id });
    expect(done.data?.closeConsultationMatter).toMatchObject({
      state: 'CLOSED',
      satisfactionScore: 4.5,
      evaluations: { count: 2, average: 4.5 },
    });
    await refused(
      t.executeAs(r3.as, Ops.EvaluateConsultationMatterDocument, { input: { matterId: id, rating: 3 } }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );
    await refused(
      t.executeAs(secretary, Ops.CloseConsultationMatterDocument, { matterId: id }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );

    // The timeline holds every step, and only the steps taken: refusals wrote nothing.
    const whole = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id })).data!.consultationMatter;
    expect(whole.timeline.map((s) => [s.action, s.fromState, s.toState])).toEqual([
      ['PROPOSE', null, 'PROPOSED'],
      ['ACCEPT', 'PROPOSED', 'ACCEPTED'],
      ['SCHEDULE_SESSION', 'ACCEPTED', 'DELIBERATING'],
      ['OPEN_VOTE', 'DELIBERATING', 'VOTING'],
      ['CLOSE_VOTE', 'VOTING', 'DECIDED'],
      ['PUBLISH', 'DECIDED', 'PUBLISHED'],
      ['ASSIGN_TASK', 'PUBLISHED', 'IMPLEMENTING'],
      ['OPEN_EVALUATION', 'IMPLEMENTING', 'EVALUATING'],
      ['CLOSE', 'EVALUATING', 'CLOSED'],
    ]);
    expect(whole.timeline[1].reason).toBe('涉及本组居民共同利益');
    expect(whole.timeline[1].actorName).toBe('赵书记');
    expect(whole.timeline[4].reason).toContain('ADOPTED');
    expect(whole.sessions[0].opinions).toHaveLength(2);
    expect(whole.tasks[0].progress.map((p) => p.done)).toEqual([false, true]);
    expect(whole.tasks[0].progress[0].feedback).toEqual([{ text: '希望施工避开午休时间。' }]);
    const em = t.em();
    expect(await em.count(ConsultationTransition, { matter: Number(id) })).toBe(9);
    expect(await em.count(ConsultationBallot, { vote: Number(vote.id) })).toBe(5);
    expect(await em.count(ConsultationEvaluation, { matter: Number(id) })).toBe(2);
    expect(await em.count(ConsultationFeedback, { progress: Number(progressId) })).toBe(1);

    // Published: anyone reads the result, without who voted how; nothing else of the matter.
    const anon = await t.executeAs(null, Ops.ConsultationResultDocument, { matterId: id });
    expect(anon.data?.consultationResult).toMatchObject({
      matterId: id,
      decision: '同意改建',
      eligible: 5,
      ballotsCast: 5,
      state: 'CLOSED',
      satisfaction: 4.5,
      platformCode: community.code,
    });
    for (const name of ['赵书记', '刘物业']) expect(anon.raw).not.toContain(name);
    const list = await t.executeAs(null, Ops.PublishedConsultationsDocument, { code: community.code, first: 50 });
    expect(list.data?.publishedConsultations.edges.map((e) => e.node.matterId)).toContain(id);
    expect(codes(await t.executeAs(null, Ops.ConsultationMatterDocument, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.executeAs(null, Ops.ConsultationMattersDocument, { under: community.code }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await t.executeAs(null, Ops.ConsultationRateDocument, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('masks the proposer’s name for residents, and shows it to the platform', async () => {
    const id = (await t.executeAs(residents[0].as, Ops.ProposeMatterDocument, { input: proposal() })).data!
      .proposeMatter.id;
    const full = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id })).data!.consultationMatter
      .proposedBy!;
    const masked = (await t.executeAs(bystander.as, Ops.ConsultationMatterDocument, { id })).data!.consultationMatter
      .proposedBy!;
    expect(full.length).toBeGreaterThan(1);
    expect(masked).toBe(full[0] + '*'.repeat(full.length - 1));
  });
});

describe('an organisation raising a matter', () => {
  it('is named as proposer; its admin may edit attachments and withdraw; another organisation may not speak for it', async () => {
    const admin = { username: 'property.admin' };
    const input = { ...proposal(), organisationId: String(propertyOrg.id) };
    const m = (await t.executeAs(admin, Ops.ProposeMatterDocument, { input })).data!.proposeMatter;
    expect(m.proposedBy).toBe(propertyOrg.name);
    const attachments = [{ name: '设计方案', uri: 'urn:gongzhi:file-42' }];
    const edited = await t.executeAs(admin, Ops.EditMatterDocument, { input: { matterId: m.id, attachments } });
    expect(edited.errors).toBeUndefined();
    expect(
      (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id: m.id })).data?.consultationMatter.attachments,
    ).toEqual(attachments);
    await refused(t.executeAs(residents[0].as, Ops.ProposeMatterDocument, { input }), 'FORBIDDEN');
    expect(
      (await t.executeAs(admin, Ops.WithdrawMatterDocument, { input: { matterId: m.id, reason: '已与业主协商解决' } }))
        .data?.withdrawMatter.state,
    ).toBe('WITHDRAWN');
  });
});

describe('withdraw, decline, merge and split', () => {
  it('the proposer withdraws before a decision — even while voting, which cancels the vote — and no one else can', async () => {
    const [r1, r2] = residents;
    const id = (await t.executeAs(r1.as, Ops.ProposeMatterDocument, { input: proposal() })).data!.proposeMatter.id;
    await t.executeAs(secretary, Ops.AcceptMatterDocument, { input: { matterId: id } });
    const session = (
      await t.executeAs(secretary, Ops.ScheduleConsultationSessionDocument, {
        input: {
          matterId: id,
          title: '议事会',
          startsAt: new Date().toISOString(),
          venue: '活动室',
          participants: [{ personId: r2.id, kind: 'RESIDENT' }],
        },
      })
    ).data!.scheduleConsultationSession;
    await t.executeAs(secretary, Ops.RecordConsultationSessionDocument, {
      input: {
        sessionId: session.id,
        summary: '纪要',
        opinions: [{ participantId: session.participants[0].id, stance: 'OPPOSE', text: '不同意' }],
      },
    });
    const vote = (await t.executeAs(secretary, Ops.OpenConsultationVoteDocument, { input: voteInput(id) })).data!
      .openConsultationVote;
    await refused(t.executeAs(r2.as, Ops.WithdrawMatterDocument, { input: { matterId: id } }), 'FORBIDDEN');
    await refused(t.executeAs(secretary, Ops.WithdrawMatterDocument, { input: { matterId: id } }), 'FORBIDDEN');
    expect(
      (await t.executeAs(r1.as, Ops.WithdrawMatterDocument, { input: { matterId: id, reason: '已私下协调解决' } })).data
        ?.withdrawMatter.state,
    ).toBe('WITHDRAWN');
    await refused(
      t.executeAs(r2.as, Ops.CastConsultationBallotDocument, { input: { voteId: vote.id, option: 0 } }),
      'CONFLICT',
      'CONSULTATION.VOTE_CLOSED',
    );
    const votes = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id })).data!.consultationMatter.votes;
    expect(votes.map((v) => v.status)).toEqual(['CANCELLED']);
    await refused(
      t.executeAs(r1.as, Ops.WithdrawMatterDocument, { input: { matterId: id } }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );
  });

  it('a declined matter carries its reason in the timeline', async () => {
    const id = (await t.executeAs(residents[1].as, Ops.ProposeMatterDocument, { input: proposal() })).data!
      .proposeMatter.id;
    expect(
      (
        await t.executeAs(secretary, Ops.DeclineMatterDocument, {
          input: { matterId: id, reason: '不属于社区协商范围，已转交街道' },
        })
      ).data?.declineMatter.state,
    ).toBe('DECLINED');
    const timeline = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id })).data!.consultationMatter
      .timeline;
    expect(timeline.at(-1)).toMatchObject({
      action: 'DECLINE',
      toState: 'DECLINED',
      reason: '不属于社区协商范围，已转交街道',
    });
  });

  it('merged matters and split parts keep their links both ways', async () => {
    const a = (await t.executeAs(residents[0].as, Ops.ProposeMatterDocument, { input: proposal() })).data!.proposeMatter
      .id;
    const b = (
      await t.executeAs(residents[1].as, Ops.ProposeMatterDocument, {
        input: { ...proposal(), title: '增设健身器材', affectedCodes: [otherGroup.code] },
      })
    ).data!.proposeMatter.id;
    const merge = {
      matterIds: [a, b],
      title: '楼前空地综合改造',
      description: '合并两项关于楼前空地的提议。',
      category: 'PUBLIC_SPACE' as const,
    };
    await refused(t.executeAs(residents[0].as, Ops.MergeMattersDocument, { input: merge }), 'FORBIDDEN');
    const merged = (await t.executeAs(secretary, Ops.MergeMattersDocument, { input: merge })).data!.mergeMatters;
    expect(merged).toMatchObject({
      state: 'ACCEPTED',
      origins: [
        { id: a, state: 'MERGED' },
        { id: b, state: 'MERGED' },
      ],
    });
    expect(merged.affected.map((d) => d.code).sort()).toEqual([group.code, otherGroup.code].sort());
    const origin = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id: a })).data!.consultationMatter;
    expect(origin.successors).toEqual([{ id: merged.id, state: 'ACCEPTED' }]);
    expect(origin.timeline.at(-1)).toMatchObject({
      action: 'MERGE',
      toState: 'MERGED',
      reason: `merged into #${merged.id}`,
    });
    await refused(
      t.executeAs(secretary, Ops.MergeMattersDocument, { input: merge }),
      'CONFLICT',
      'CONSULTATION.WRONG_STATE',
    );

    const parts = [
      { title: '一组：口袋公园', description: '一组空地改建。', affectedCodes: [group.code] },
      { title: '二组：健身器材', description: '二组增设器材。', affectedCodes: [otherGroup.code] },
    ];
    await refused(
      t.executeAs(secretary, Ops.SplitMatterDocument, {
        input: { matterId: merged.id, parts: [parts[0], { ...parts[1], affectedCodes: [community.code] }] },
      }),
      'BAD_USER_INPUT',
      'CONSULTATION.AFFECTED_OUTSIDE',
    );
    const split = (await t.executeAs(secretary, Ops.SplitMatterDocument, { input: { matterId: merged.id, parts } }))
      .data!.splitMatter;
    expect(split.map((p) => [p.state, p.origins.map((o) => o.id), p.affected.map((d) => d.code)])).toEqual([
      ['ACCEPTED', [merged.id], [group.code]],
      ['ACCEPTED', [merged.id], [otherGroup.code]],
    ]);
    const after = (await t.executeAs(secretary, Ops.ConsultationMatterDocument, { id: merged.id })).data!
      .consultationMatter;
    expect(after.state).toBe('SPLIT');
    expect(after.successors.map((s) => s.id)).toEqual(split.map((p) => p.id));
    expect(after.origins.map((o) => o.id)).toEqual([a, b]);
  });

  it('merges only matters of one platform', async () => {
    const here = (await t.executeAs(residents[0].as, Ops.ProposeMatterDocument, { input: proposal() })).data!
      .proposeMatter.id;
    const street = (
      await t.executeAs({ username: 'street.official' }, Ops.ProposeMatterDocument, {
        input: { ...proposal(), platformCode: community.path.split('/')[3] },
      })
    ).data!.proposeMatter.id;
    await refused(
      t.executeAs(secretary, Ops.MergeMattersDocument, {
        input: { matterIds: [here, street], title: '合并', description: '跨平台', category: 'OTHER' },
      }),
      'FORBIDDEN',
    );
  });
});

function voteInput(matterId: string) {
  return {
    matterId,
    question: '是否将楼前空地改建为口袋公园？',
    options: ['同意改建', '维持现状'],
    deadline: new Date(Date.now() + 3600_000).toISOString(),
    quorumPercent: 60,
    thresholdPercent: 50,
  };
}

function taskInput(matterId: string) {
  return { matterId, unitId: String(propertyOrg.id), title: '完成口袋公园施工', dueOn: '2027-06-30' };
}
