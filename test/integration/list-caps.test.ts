/**
 * Write-time caps: every list that grows through mutations is held to its declared bound where
 * its rows are written. Each case writes once through the API (the path works), fills the parent
 * up to its cap with SQL (copies of that row, in this file's own database), then sees the same
 * write refused — CONFLICT with the cap's reason and `extensions.limit` — with nothing written.
 * Reference-data bounds are checked against the seeded data.
 */
import { CAP, type Cap } from '../../src/shared/caps';
import { LIST_BOUNDS } from '../../src/list-bounds';
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';
import { secretaryCommunity } from '../harness/places';

let t: TestApp;
const secretary = { username: 'community.secretary' };
const bureau = { username: 'bureau.admin' };
let community: Division;
let building: Division;
let residents: { id: number; as: As }[];

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  t.em().getConnection().execute<T[]>(query, params);
const count = async (table: string, where: string, params: unknown[]) =>
  Number((await sql<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params))[0].n);

/**
 * Copies row `id` of `table` once per row of `source` (a FROM item, e.g. `generate_series(1, 5) g`),
 * each column taken from the row unless `vary` gives an expression for it (over `src` and the source).
 */
async function copyRow(table: string, id: number, source: string, vary: Record<string, string> = {}): Promise<void> {
  const cols = (
    await sql<{ c: string }>(
      `select column_name as c from information_schema.columns where table_name = ? and column_name <> 'id' order by ordinal_position`,
      [table],
    )
  ).map((r) => r.c);
  const exprs = cols.map((c) => vary[c] ?? `src."${c}"`);
  await sql(
    `insert into ${table} (${cols.map((c) => `"${c}"`).join(', ')}) select ${exprs.join(', ')} from ${table} src, ${source} where src.id = ?`,
    [id],
  );
}

/** Fills the list of `table` where `where` holds up to `cap.limit` rows, with copies of row `id`. */
async function fillUp(
  cap: Cap,
  table: string,
  id: number,
  where: string,
  params: unknown[],
  vary: Record<string, string> = {},
): Promise<number> {
  const missing = cap.limit - (await count(table, where, params));
  if (missing > 0) await copyRow(table, id, `generate_series(1, ${missing}) g`, vary);
  const n = await count(table, where, params);
  expect(n).toBe(cap.limit);
  return n;
}

/** The write was refused by `cap`: CONFLICT, its reason and its limit, no data. */
function expectCapped(res: GqlResponse<unknown>, cap: Cap): void {
  expect(res.data).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: cap.reason, limit: cap.limit });
}

const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  ({ community, building } = await secretaryCommunity(t, em));
  const people = ['甲', '乙', '丙'].map((n) =>
    em.create(Person, { name: `限额${n}`, home: building, homePath: building.path }),
  );
  await em.flush();
  residents = [];
  for (const p of people) residents.push({ id: p.id, as: { username: await t.addLogin(p.id) } });
});
afterAll(() => t?.close());

describe('consultation', () => {
  let matterId: string;
  let sessionId: number;

  /** A matter on the secretary's platform, accepted, with one held session of the three residents. */
  async function deliberatedMatter(): Promise<{ matterId: string; sessionId: number }> {
    const proposed = ok(
      await t.executeAs(residents[0].as, Ops.ProposeMatterDocument, {
        input: {
          platformCode: community.code,
          title: '楼道照明改造',
          description: '更换楼道照明。',
          category: 'SAFETY',
          affectedCodes: [building.code],
        },
      }),
    ).proposeMatter;
    ok(await t.executeAs(secretary, Ops.AcceptMatterDocument, { input: { matterId: proposed.id } }));
    const session = ok(
      await t.executeAs(secretary, Ops.ScheduleConsultationSessionDocument, {
        input: {
          matterId: proposed.id,
          title: '照明议事会',
          startsAt: new Date().toISOString(),
          venue: '一单元',
          participants: residents.map((r) => ({ personId: String(r.id), kind: 'RESIDENT' as const })),
        },
      }),
    ).scheduleConsultationSession;
    ok(
      await t.executeAs(secretary, Ops.RecordConsultationSessionDocument, {
        input: {
          sessionId: session.id,
          summary: '纪要',
          opinions: [{ participantId: session.participants[0].id, stance: 'SUPPORT', text: '同意' }],
        },
      }),
    );
    return { matterId: proposed.id, sessionId: Number(session.id) };
  }

  const openVote = () =>
    t.executeAs(secretary, Ops.OpenConsultationVoteDocument, {
      input: {
        matterId,
        question: '是否改造',
        options: ['同意', '反对'],
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
        quorumPercent: 50,
        thresholdPercent: 50,
      },
    });
  const schedule = (id: string, personIds: number[]) =>
    t.executeAs(secretary, Ops.ScheduleConsultationSessionDocument, {
      input: {
        matterId: id,
        title: '再议',
        startsAt: new Date().toISOString(),
        venue: '一单元',
        participants: personIds.map((p) => ({ personId: String(p), kind: 'RESIDENT' as const })),
      },
    });
  const state = async (id: string) =>
    (await sql<{ state: string }>(`select state from consultation_matter where id = ?`, [Number(id)]))[0].state;

  beforeAll(async () => {
    ({ matterId, sessionId } = await deliberatedMatter());
  });

  it(`takes at most ${CAP.matterVotes.limit} votes on a matter (a failed vote goes back to deliberation)`, async () => {
    const vote = ok(await openVote()).openConsultationVote;
    await fillUp(CAP.matterVotes, 'consultation_vote', Number(vote.id), 'matter_id = ?', [Number(matterId)], {
      status: `'CANCELLED'`,
      closed_at: 'now()',
    });
    // As if the vote had failed: the matter deliberates again.
    await sql(`update consultation_vote set status = 'CANCELLED', closed_at = now() where id = ?`, [Number(vote.id)]);
    await sql(`update consultation_matter set state = 'DELIBERATING' where id = ?`, [Number(matterId)]);
    const transitions = await count('consultation_transition', 'matter_id = ?', [Number(matterId)]);
    expectCapped(await openVote(), CAP.matterVotes);
    expect(await count('consultation_vote', 'matter_id = ?', [Number(matterId)])).toBe(CAP.matterVotes.limit);
    expect(await count('consultation_transition', 'matter_id = ?', [Number(matterId)])).toBe(transitions);
    expect(await state(matterId)).toBe('DELIBERATING');
  });

  it(`takes at most ${CAP.matterSessions.limit} sessions of a matter`, async () => {
    const invited = await count('consultation_participant', 'matter_id = ?', [Number(matterId)]);
    await fillUp(CAP.matterSessions, 'consultation_session', sessionId, 'matter_id = ?', [Number(matterId)]);
    expectCapped(await schedule(matterId, [residents[1].id]), CAP.matterSessions);
    expect(await count('consultation_session', 'matter_id = ?', [Number(matterId)])).toBe(CAP.matterSessions.limit);
    expect(await count('consultation_participant', 'matter_id = ?', [Number(matterId)])).toBe(invited);
  });

  it(`invites a person to at most ${CAP.personSessions.limit} sessions (their own list)`, async () => {
    const other = await deliberatedMatter();
    const person = residents[2].id;
    // More sessions elsewhere, the person invited to each, up to the cap.
    const missing = CAP.personSessions.limit - (await count('consultation_participant', 'person_id = ?', [person]));
    await copyRow('consultation_session', sessionId, `generate_series(1, ${missing}) g`, { title: `'另一场'` });
    const [participant] = await sql<{ id: number }>(
      `select id from consultation_participant where person_id = ? order by id limit 1`,
      [person],
    );
    await copyRow(
      'consultation_participant',
      participant.id,
      `(select s.id as session_id from consultation_session s where s.matter_id = ${Number(matterId)} and s.title = '另一场') s`,
      {
        session_id: 's.session_id',
      },
    );
    expect(await count('consultation_participant', 'person_id = ?', [person])).toBe(CAP.personSessions.limit);
    const sessions = await count('consultation_session', 'matter_id = ?', [Number(other.matterId)]);
    expectCapped(await schedule(other.matterId, [residents[1].id, person]), CAP.personSessions);
    expect(await count('consultation_session', 'matter_id = ?', [Number(other.matterId)])).toBe(sessions);
    expect(await count('consultation_participant', 'person_id = ?', [person])).toBe(CAP.personSessions.limit);
    // Without that person, the same session is scheduled.
    ok(await schedule(other.matterId, [residents[1].id]));
  });

  describe('implementation', () => {
    let unitId: string;
    let taskId: string;
    let progressId: string;
    const assign = () =>
      t.executeAs(secretary, Ops.AssignConsultationTaskDocument, {
        input: { matterId, title: '更换灯具', dueOn: '2030-12-31', unitId },
      });
    const report = (done: boolean) =>
      t.executeAs(secretary, Ops.ReportConsultationProgressDocument, { input: { taskId, note: '已更换一半', done } });
    const feedback = () =>
      t.executeAs(residents[1].as, Ops.GiveConsultationFeedbackDocument, { input: { progressId, text: '亮多了' } });

    beforeAll(async () => {
      unitId = String(
        (await t.em().findOneOrFail(Organisation, { division: community.id, kind: OrganisationKind.PROPERTY_COMPANY }))
          .id,
      );
      // As if decided and published.
      await sql(`update consultation_matter set state = 'PUBLISHED' where id = ?`, [Number(matterId)]);
    });

    it(`assigns at most ${CAP.matterTasks.limit} tasks of a matter`, async () => {
      taskId = ok(await assign()).assignConsultationTask.id;
      await fillUp(CAP.matterTasks, 'consultation_task', Number(taskId), 'matter_id = ?', [Number(matterId)], {
        status: `'DONE'`,
      });
      expectCapped(await assign(), CAP.matterTasks);
      expect(await count('consultation_task', 'matter_id = ?', [Number(matterId)])).toBe(CAP.matterTasks.limit);
    });

    it(`takes at most ${CAP.taskProgress.limit} progress reports of a task, and leaves the task open when refused`, async () => {
      const first = ok(await report(false)).reportConsultationProgress.progress;
      progressId = first[0].id;
      await fillUp(CAP.taskProgress, 'consultation_progress', Number(progressId), 'task_id = ?', [Number(taskId)]);
      expectCapped(await report(true), CAP.taskProgress);
      expect(await count('consultation_progress', 'task_id = ?', [Number(taskId)])).toBe(CAP.taskProgress.limit);
      expect(
        (await sql<{ status: string }>(`select status from consultation_task where id = ?`, [Number(taskId)]))[0]
          .status,
      ).toBe('OPEN');
    });

    it(`takes at most ${CAP.progressFeedback.limit} feedback on a progress report`, async () => {
      const given = ok(await feedback()).giveConsultationFeedback;
      await fillUp(CAP.progressFeedback, 'consultation_feedback', Number(given.id), 'progress_id = ?', [
        Number(progressId),
      ]);
      expectCapped(await feedback(), CAP.progressFeedback);
      expect(await count('consultation_feedback', 'progress_id = ?', [Number(progressId)])).toBe(
        CAP.progressFeedback.limit,
      );
    });
  });
});

describe('committees', () => {
  const unitAdmin = { username: 'property.admin' };
  let committeeId: string;
  let unitId: string;
  let seatId: string;
  let taskId: string;
  let candidates: Person[];
  const nominate = (person: Person) =>
    t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
      input: { committeeId, unitId, personId: String(person.id), startsOn: '2025-01-01', endsOn: '2030-12-31' },
    });
  const meeting = () =>
    t.executeAs(secretary, Ops.RecordCommitteeMeetingDocument, {
      input: {
        committeeId,
        title: '季度会议',
        heldOn: '2026-09-15',
        agenda: ['楼道照明'],
        attendeeSeatIds: [seatId],
        decisions: [{ text: '更换灯具', tasks: [{ unitId, title: '统计灯具', dueOn: '2030-12-31' }] }],
      },
    });
  const report = (done: boolean) =>
    t.executeAs(unitAdmin, Ops.ReportFollowUpProgressDocument, { input: { taskId, note: '已统计一半', done } });

  beforeAll(async () => {
    committeeId = ok(await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community.code }))
      .partyCommittee.id;
    unitId = ok(await t.executeAs(unitAdmin, Ops.MeDocument)).me.roles[0].organisation!.id;
    candidates = await t
      .em()
      .find(Person, { homePath: { $like: `${community.path}%` } }, { orderBy: { id: 'asc' }, limit: 2 });
    seatId = ok(await nominate(candidates[0])).nominateDelegate.id;
    ok(await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId, confirm: true } }));
  });

  it(`takes at most ${CAP.followUpProgress.limit} progress reports of a follow-up task, and leaves it open when refused`, async () => {
    const recorded = ok(await meeting()).recordCommitteeMeeting;
    [{ id: taskId }] = await sql<{ id: string }>(
      `select t.id from follow_up_task t join committee_decision d on d.id = t.decision_id where d.meeting_id = ?`,
      [Number(recorded.id)],
    );
    ok(await report(false));
    const [first] = await sql<{ id: number }>(`select id from follow_up_progress where task_id = ?`, [Number(taskId)]);
    await fillUp(CAP.followUpProgress, 'follow_up_progress', first.id, 'task_id = ?', [Number(taskId)]);
    expectCapped(await report(true), CAP.followUpProgress);
    expect(await count('follow_up_progress', 'task_id = ?', [Number(taskId)])).toBe(CAP.followUpProgress.limit);
    expect(
      (await sql<{ status: string }>(`select status from follow_up_task where id = ?`, [Number(taskId)]))[0].status,
    ).toBe('OPEN');
  });

  it(`records at most ${CAP.committeeMeetings.limit} meetings of a committee, and none of their decisions when refused`, async () => {
    const [first] = await sql<{ id: number }>(
      `select id from committee_meeting where committee_id = ? order by id limit 1`,
      [Number(committeeId)],
    );
    await fillUp(CAP.committeeMeetings, 'committee_meeting', first.id, 'committee_id = ?', [Number(committeeId)]);
    const decisions = await count('committee_decision', 'true', []);
    expectCapped(await meeting(), CAP.committeeMeetings);
    expect(await count('committee_meeting', 'committee_id = ?', [Number(committeeId)])).toBe(
      CAP.committeeMeetings.limit,
    );
    expect(await count('committee_decision', 'true', [])).toBe(decisions);
  });

  it(`seats at most ${CAP.committeeSeats.limit} on a committee, past seats included`, async () => {
    await fillUp(CAP.committeeSeats, 'committee_seat', Number(seatId), 'committee_id = ?', [Number(committeeId)], {
      status: `'ENDED'`,
    });
    expectCapped(await nominate(candidates[1]), CAP.committeeSeats);
    expect(await count('committee_seat', 'committee_id = ?', [Number(committeeId)])).toBe(CAP.committeeSeats.limit);
  });
});

describe('roles, tokens and organisations', () => {
  const assign = (personId: number, divisionCode = community.code) =>
    t.executeAs(bureau, Ops.AssignRoleDocument, {
      input: { personId: String(personId), role: 'COMMUNITY_STAFF', divisionCode },
    });

  it(`gives a person at most ${CAP.personRoles.limit} roles not over, wherever they are held`, async () => {
    const person = residents[0].id;
    const role = ok(await assign(person)).assignRole;
    // The copies are held at other nodes, so that only the person's list is full.
    await fillUp(
      CAP.personRoles,
      'role_assignment',
      Number(role.id),
      'person_id = ? and (ends_on is null or ends_on >= current_date)',
      [person],
      {
        division_id: `(select id from division where kind = 'BUILDING' order by id offset g limit 1)`,
      },
    );
    expectCapped(await assign(person), CAP.personRoles);
    expect(await count('role_assignment', 'person_id = ?', [person])).toBe(CAP.personRoles.limit);
    // A role ended yesterday no longer counts.
    await sql(`update role_assignment set ends_on = current_date - 1 where id = ?`, [Number(role.id)]);
    ok(await assign(person));
  });

  it(`holds at most ${CAP.nodeRoles.limit} roles not over at a node`, async () => {
    const role = ok(await assign(residents[1].id)).assignRole;
    await fillUp(
      CAP.nodeRoles,
      'role_assignment',
      Number(role.id),
      'division_id = ? and (ends_on is null or ends_on >= current_date)',
      [community.id],
      {
        person_id: `(select id from person order by id offset g limit 1)`,
      },
    );
    expectCapped(await assign(residents[2].id), CAP.nodeRoles);
    expect(await count('role_assignment', 'person_id = ?', [residents[2].id])).toBe(0);
  });

  it(`issues an organisation at most ${CAP.organisationTokens.limit} tokens`, async () => {
    const company = ok(await t.executeAs({ username: 'property.admin' }, Ops.MeDocument)).me.roles[0].organisation!.id;
    const issue = () =>
      t.executeAs({ username: 'property.admin' }, Ops.IssueTokenDocument, {
        input: { organisationId: company, name: '对接', scopes: ['TREE_READ'] },
      });
    const token = ok(await issue()).issueToken.token;
    await fillUp(CAP.organisationTokens, 'api_token', Number(token.id), 'organisation_id = ?', [Number(company)], {
      digest: `md5(g::text || src.digest) || md5(src.digest || g::text)`,
    });
    expectCapped(await issue(), CAP.organisationTokens);
    expect(await count('api_token', 'organisation_id = ?', [Number(company)])).toBe(CAP.organisationTokens.limit);
  });

  it(`places at most ${CAP.nodeOrganisations.limit} active organisations at a node (a volunteer station is one)`, async () => {
    const fund = ok(
      await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
        input: { name: '限额基金', divisionCode: '530100000000' },
      }),
    ).createBeanFund.id;
    const station = (name: string) =>
      t.executeAs(bureau, Ops.CreateVolunteerStationDocument, {
        input: { name, divisionCode: community.code, fundId: fund, beansPerHour: 60 },
      });
    const first = ok(await station('第一服务站')).createVolunteerStation.organisation!.id;
    await fillUp(
      CAP.nodeOrganisations,
      'organisation',
      Number(first),
      `division_id = ? and status = 'ACTIVE'`,
      [community.id],
      { name: `src.name || g` },
    );
    const stations = await count('volunteer_station', 'true', []);
    expectCapped(await station('第二服务站'), CAP.nodeOrganisations);
    expect(await count('organisation', `division_id = ? and status = 'ACTIVE'`, [community.id])).toBe(
      CAP.nodeOrganisations.limit,
    );
    expect(await count('volunteer_station', 'true', [])).toBe(stations);
  });
});

describe('facilities, designations, saved queries, reports', () => {
  it(`records at most ${CAP.nodeFacilities.limit} facilities at a node and ${CAP.facilityUpgrades.limit} upgrades of one`, async () => {
    const record = () =>
      t.executeAs(secretary, Ops.RecordFacilityDocument, {
        input: { divisionCode: community.code, kind: 'READING_ROOM', name: '社区书屋', floorAreaM2: 60 },
      });
    const facility = ok(await record()).recordFacility;
    const upgrade = () =>
      t.executeAs({ username: 'street.official' }, Ops.RecordFacilityUpgradeDocument, {
        input: {
          facilityId: facility.id,
          step: 1,
          year: 2025,
          investmentYuan: 1000,
          areaAfterM2: 80,
          result: '改造完成',
        },
      });
    const first = ok(await upgrade()).recordFacilityUpgrade;
    await fillUp(CAP.facilityUpgrades, 'facility_upgrade', Number(first.id), 'facility_id = ?', [Number(facility.id)]);
    expectCapped(await upgrade(), CAP.facilityUpgrades);
    expect(await count('facility_upgrade', 'facility_id = ?', [Number(facility.id)])).toBe(CAP.facilityUpgrades.limit);
    await fillUp(CAP.nodeFacilities, 'facility', Number(facility.id), 'division_id = ?', [community.id]);
    expectCapped(await record(), CAP.nodeFacilities);
    expect(await count('facility', 'division_id = ?', [community.id])).toBe(CAP.nodeFacilities.limit);
  });

  it(`grants at most ${CAP.designations.limit} designations`, async () => {
    const designate = () =>
      t.executeAs(bureau, Ops.DesignateDocument, {
        input: {
          title: '学雷锋志愿服务示范站',
          level: 'MUNICIPAL',
          category: 'VOLUNTEER_STATION',
          year: 2025,
          holderCode: community.code,
        },
      });
    const first = ok(await designate()).designate;
    await fillUp(CAP.designations, 'designation', Number(first.id), 'true', []);
    expectCapped(await designate(), CAP.designations);
    expect(await count('designation', 'true', [])).toBe(CAP.designations.limit);
  });

  it(`keeps at most ${CAP.personSavedQueries.limit} saved queries of a person, also when the last place is raced for`, async () => {
    const save = (name: string) =>
      t.executeAs({ username: 'analyst' }, Ops.SaveQueryDocument, { input: { name, document: '{ me { kind } }' } });
    const first = ok(await save('我的查询')).saveQuery;
    const owner = (
      await sql<{ owner_id: number }>(`select owner_id from saved_query where id = ?`, [Number(first.id)])
    )[0].owner_id;
    // One place left, five writers at once: one takes it, the others are refused.
    const missing = CAP.personSavedQueries.limit - 1 - (await count('saved_query', 'owner_id = ?', [owner]));
    await copyRow('saved_query', Number(first.id), `generate_series(1, ${missing}) g`, { name: `src.name || g` });
    const raced = await Promise.all([1, 2, 3, 4, 5].map((i) => save(`同时${i}`)));
    expect(raced.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of raced.filter((r) => r.errors)) expectCapped(r, CAP.personSavedQueries);
    expect(await count('saved_query', 'owner_id = ?', [owner])).toBe(CAP.personSavedQueries.limit);
    expectCapped(await save('再一个'), CAP.personSavedQueries);
  });

  it(`takes at most ${CAP.outOfListReports.limit} out-of-list reports in the city`, async () => {
    const report = () =>
      t.executeAs(secretary, Ops.ReportOutOfListTaskDocument, {
        input: {
          communityCode: community.code,
          title: '代收水费',
          imposedBy: '某公司',
          description: '要求社区代收水费。',
        },
      });
    const first = ok(await report()).reportOutOfListTask;
    await fillUp(CAP.outOfListReports, 'out_of_list_report', Number(first.id), 'true', []);
    expectCapped(await report(), CAP.outOfListReports);
    expect(await count('out_of_list_report', 'true', [])).toBe(CAP.outOfListReports.limit);
  });
});

describe('beans', () => {
  it(`records at most ${CAP.fundDonations.limit} donations to a fund, and no transfer with the refused one`, async () => {
    const fund = ok(
      await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
        input: { name: '捐赠限额基金', divisionCode: '530100000000' },
      }),
    ).createBeanFund.id;
    const donor = String(
      (
        await t
          .em()
          .findOneOrFail(Organisation, { kind: OrganisationKind.PROPERTY_COMPANY }, { orderBy: { id: 'asc' } })
      ).id,
    );
    let key = 0;
    const issue = () =>
      t.executeAs(bureau, Ops.IssueBeansDocument, {
        input: {
          fundId: fund,
          amount: 10,
          idempotencyKey: `donation-cap-${++key}`,
          donorOrganisationId: donor,
          donationYuan: 10,
        },
      });
    ok(await issue());
    const [first] = await sql<{ id: number }>(`select id from bean_donation where fund_id = ?`, [Number(fund)]);
    // One donation per issuance: each copy gets a copy of the issuance (this database's ledger is not audited here).
    const [{ issuance }] = await sql<{ issuance: number }>(
      `select issuance_id as issuance from bean_donation where id = ?`,
      [first.id],
    );
    await copyRow('bean_transfer', issuance, `generate_series(1, ${CAP.fundDonations.limit - 1}) g`, {
      idempotency_key: `src.idempotency_key || '-' || g`,
    });
    await copyRow(
      'bean_donation',
      first.id,
      `(select id as tid from bean_transfer where idempotency_key like 'donation-cap-1-%') s`,
      { issuance_id: 's.tid' },
    );
    expect(await count('bean_donation', 'fund_id = ?', [Number(fund)])).toBe(CAP.fundDonations.limit);
    const transfers = await count('bean_transfer', 'true', []);
    expectCapped(await issue(), CAP.fundDonations);
    expect(await count('bean_donation', 'fund_id = ?', [Number(fund)])).toBe(CAP.fundDonations.limit);
    expect(await count('bean_transfer', 'true', [])).toBe(transfers);
  });
});

describe('more lists that grow with use', () => {
  it(`posts at most ${CAP.stationActivities.limit} activities of a station, and lists at most ${CAP.catalogueItems.limit} catalogue items`, async () => {
    const fund = ok(
      await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
        input: { name: '活动限额基金', divisionCode: '530100000000' },
      }),
    ).createBeanFund.id;
    const village = await t.em().findOneOrFail(Division, { kind: DivisionKind.VILLAGE }, { orderBy: { code: 'asc' } });
    const station = ok(
      await t.executeAs(bureau, Ops.CreateVolunteerStationDocument, {
        input: { name: '村服务站', divisionCode: village.code, fundId: fund, beansPerHour: 60 },
      }),
    ).createVolunteerStation;
    ok(
      await t.executeAs(bureau, Ops.AssignRoleDocument, {
        input: { personId: String(residents[2].id), role: 'ORG_ADMIN', organisationId: station.organisation!.id },
      }),
    );
    const post = () =>
      t.executeAs(residents[2].as, Ops.PostVolunteerActivityDocument, {
        input: {
          stationId: station.id,
          title: '清扫村道',
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
          capacity: 5,
        },
      });
    const first = ok(await post()).postVolunteerActivity;
    await fillUp(CAP.stationActivities, 'volunteer_activity', Number(first.id), 'station_id = ?', [Number(station.id)]);
    expectCapped(await post(), CAP.stationActivities);
    expect(await count('volunteer_activity', 'station_id = ?', [Number(station.id)])).toBe(CAP.stationActivities.limit);

    const admin = { username: 'property.admin' };
    const company = ok(await t.executeAs(admin, Ops.MeDocument)).me.roles[0].organisation!.id;
    const merchantAccountId = ok(await t.executeAs(admin, Ops.OpenMerchantAccountDocument, { organisationId: company }))
      .openMerchantAccount.id;
    const list = () =>
      t.executeAs(admin, Ops.ListCatalogueItemDocument, {
        input: { merchantAccountId, name: '家政服务一次', price: 30, stock: 2 },
      });
    const item = ok(await list()).listCatalogueItem;
    await fillUp(CAP.catalogueItems, 'catalogue_item', Number(item.id), 'true', []);
    expectCapped(await list(), CAP.catalogueItems);
    expect(await count('catalogue_item', 'true', [])).toBe(CAP.catalogueItems.limit);
  });

  it(`files at most ${CAP.accessRequests.limit} access requests and places at most ${CAP.communityTasks.limit} tasks on a community`, async () => {
    const health = await t
      .em()
      .findOneOrFail(Organisation, { name: '昆明市卫生健康委员会', kind: OrganisationKind.GOVERNMENT_DEPARTMENT });
    await sql(
      `insert into role_assignment (person_id, role, organisation_id, scope_path, starts_on) values (?, 'ORG_MEMBER', ?, ?, '2024-01-01')`,
      [residents[1].id, health.id, health.divisionPath],
    );
    const member = residents[1].as;
    const file = () =>
      t.executeAs(member, Ops.FileAccessRequestDocument, {
        input: {
          departmentId: String(health.id),
          kind: 'WORK',
          title: '入户随访',
          category: '卫生健康',
          legalBasis: '《基本公共卫生服务规范》',
          reason: '需社区协助',
        },
      });
    const request = ok(await file()).fileAccessRequest;
    await fillUp(CAP.accessRequests, 'access_request', Number(request.id), 'true', []);
    expectCapped(await file(), CAP.accessRequests);
    expect(await count('access_request', 'true', [])).toBe(CAP.accessRequests.limit);

    const [item] = await sql<{ code: string }>(
      `select i.code from work_item i join work_list_version v on v.id = i.version_id where v.published and i.kind = 'WORK' order by v.effective_from desc, i.code limit 1`,
    );
    const place = () =>
      t.executeAs(member, Ops.AssignCommunityTaskDocument, {
        input: {
          departmentId: String(health.id),
          itemCode: item.code,
          communityCode: community.code,
          title: '随访老人',
          dueOn: '2030-12-31',
        },
      });
    const task = ok(await place()).assignCommunityTask;
    await fillUp(CAP.communityTasks, 'community_task', Number(task.id), 'community_id = ?', [community.id]);
    expectCapped(await place(), CAP.communityTasks);
    expect(await count('community_task', 'community_id = ?', [community.id])).toBe(CAP.communityTasks.limit);
  });
});

describe('lists of organisations and of the city', () => {
  it(`holds at most ${CAP.organisationRoles.limit} roles not over in an organisation`, async () => {
    const company = ok(await t.executeAs({ username: 'property.admin' }, Ops.MeDocument)).me.roles[0].organisation!.id;
    const member = (personId: number) =>
      t.executeAs(bureau, Ops.AssignRoleDocument, {
        input: { personId: String(personId), role: 'ORG_MEMBER', organisationId: company },
      });
    const [first, next] = (
      await sql<{ id: number }>(
        `select id from person where id not in (select person_id from role_assignment) order by id limit 2`,
      )
    ).map((p) => p.id);
    const role = ok(await member(first)).assignRole;
    await fillUp(
      CAP.organisationRoles,
      'role_assignment',
      Number(role.id),
      'organisation_id = ? and (ends_on is null or ends_on >= current_date)',
      [Number(company)],
      {
        person_id: `(select id from person order by id desc offset g limit 1)`,
      },
    );
    expectCapped(await member(next), CAP.organisationRoles);
    expect(await count('role_assignment', 'person_id = ?', [next])).toBe(0);
  });

  it(`makes a person an analyst of at most ${CAP.analystOrganisations.limit} organisations (whose shared queries they list)`, async () => {
    const [person] = (
      await sql<{ id: number }>(
        `select id from person where id not in (select person_id from role_assignment) order by id desc limit 1`,
      )
    ).map((p) => p.id);
    const orgs = (
      await sql<{ id: number }>(`select id from organisation where status = 'ACTIVE' order by id limit ?`, [
        CAP.analystOrganisations.limit + 1,
      ])
    ).map((o) => o.id);
    const analyst = (organisationId: number) =>
      t.executeAs(bureau, Ops.AssignRoleDocument, {
        input: {
          personId: String(person),
          role: 'ANALYST',
          divisionCode: '530100000000',
          organisationId: String(organisationId),
        },
      });
    const first = ok(await analyst(orgs[0])).assignRole;
    await copyRow(
      'role_assignment',
      Number(first.id),
      `unnest(?::int[]) as o(id)`.replace('?', `'{${orgs.slice(1, -1).join(',')}}'`),
      { organisation_id: 'o.id' },
    );
    const roles = await count('role_assignment', 'person_id = ?', [person]);
    expectCapped(await analyst(orgs.at(-1)!), CAP.analystOrganisations);
    expect(await count('role_assignment', 'person_id = ?', [person])).toBe(roles);
    // Another role in an organisation they already serve is no new organisation.
    ok(await analyst(orgs[1]));
  });

  it(`shares at most ${CAP.organisationSharedQueries.limit} queries in an organisation`, async () => {
    const analyst = { username: 'analyst' };
    const [q] = await sql<{ id: number; organisation_id: number }>(
      `select q.id, q.organisation_id from saved_query q join account a on a.person_id = q.owner_id where a.username = 'analyst' and not q.shared order by q.id limit 2`,
    );
    const [other] = await sql<{ id: number }>(
      `select q.id from saved_query q join account a on a.person_id = q.owner_id where a.username = 'analyst' and not q.shared and q.id <> ? order by q.id limit 1`,
      [q.id],
    );
    ok(await t.executeAs(analyst, Ops.ShareSavedQueryDocument, { id: String(q.id), shared: true }));
    await fillUp(
      CAP.organisationSharedQueries,
      'saved_query',
      q.id,
      'organisation_id = ? and shared',
      [q.organisation_id],
      { name: `'共享' || g` },
    );
    expectCapped(
      await t.executeAs(analyst, Ops.ShareSavedQueryDocument, { id: String(other.id), shared: true }),
      CAP.organisationSharedQueries,
    );
    expect((await sql<{ shared: boolean }>(`select shared from saved_query where id = ?`, [other.id]))[0].shared).toBe(
      false,
    );
  });

  it(`adds at most ${CAP.workItems.limit} items to a version of the work lists`, async () => {
    const pending = (
      await sql<{ id: number }>(`select id from access_request where status = 'PENDING' order by id limit 2`)
    ).map((r) => String(r.id));
    expect(pending).toHaveLength(2);
    const decide = (id: string) =>
      t.executeAs(bureau, Ops.DecideAccessRequestDocument, { input: { id, approve: true } });
    ok(await decide(pending[0]));
    const [draft] = await sql<{ id: number }>(`select id from work_list_version where not published`);
    const [item] = await sql<{ id: number }>(`select id from work_item where version_id = ? order by id limit 1`, [
      draft.id,
    ]);
    await fillUp(CAP.workItems, 'work_item', item.id, 'version_id = ?', [draft.id], { code: `'X' || g` });
    expectCapped(await decide(pending[1]), CAP.workItems);
    expect(await count('work_item', 'version_id = ?', [draft.id])).toBe(CAP.workItems.limit);
    expect(
      (await sql<{ status: string }>(`select status from access_request where id = ?`, [Number(pending[1])]))[0].status,
    ).toBe('PENDING');
    // The draft goes into force with the next test's publication: put it back within bound.
    await sql(`delete from work_item where version_id = ? and code like 'X%'`, [draft.id]);
  });

  it(`publishes at most ${CAP.workListVersions.limit} versions of the work lists`, async () => {
    const publish = (label: string) =>
      t.executeAs(bureau, Ops.PublishWorkListVersionDocument, {
        input: { label, effectiveFrom: '2026-01-01', removeCodes: [] },
      });
    const version = ok(await publish('限额版')).publishWorkListVersion;
    await fillUp(CAP.workListVersions, 'work_list_version', Number(version.id), 'published', [], {
      label: `src.label || g`,
    });
    expectCapped(await publish('再一版'), CAP.workListVersions);
    expect(await count('work_list_version', 'published', [])).toBe(CAP.workListVersions.limit);
  });
});

describe('input that would outgrow a list is refused', () => {
  it(`a meeting records at most ${LIST_BOUNDS['CommitteeMeeting.decisions'].bound} decisions of at most ${LIST_BOUNDS['CommitteeDecision.tasks'].bound} tasks`, async () => {
    const committeeId = ok(await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community.code }))
      .partyCommittee.id;
    const meetings = await count('committee_meeting', 'true', []);
    const input = (decisions: number, tasks: number) => ({
      committeeId,
      title: '会议',
      heldOn: '2026-09-15',
      agenda: ['议题'],
      attendeeSeatIds: ['1'],
      decisions: Array.from({ length: decisions }, (_, i) => ({
        text: `决定${i}`,
        tasks: Array.from({ length: tasks }, () => ({ unitId: '1', title: '任务', dueOn: '2030-12-31' })),
      })),
    });
    const many = await t.executeAs(secretary, Ops.RecordCommitteeMeetingDocument, {
      input: input(LIST_BOUNDS['CommitteeMeeting.decisions'].bound + 1, 0),
    });
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMITTEES.BAD_DECISIONS' });
    const busy = await t.executeAs(secretary, Ops.RecordCommitteeMeetingDocument, {
      input: input(1, LIST_BOUNDS['CommitteeDecision.tasks'].bound + 1),
    });
    expect(busy.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMITTEES.BAD_TASKS' });
    expect(await count('committee_meeting', 'true', [])).toBe(meetings);
  });

  it(`a merge affects at most ${LIST_BOUNDS['ConsultationMatter.affected'].bound} nodes together`, async () => {
    const bound = LIST_BOUNDS['ConsultationMatter.affected'].bound;
    // On the street's platform, whose area holds enough nodes.
    const street = await t.em().findOneOrFail(Division, { id: community.parent!.id });
    const buildings = await t
      .em()
      .find(
        Division,
        { path: { $like: `${street.path}%` }, kind: DivisionKind.BUILDING },
        { orderBy: { code: 'asc' }, limit: bound + 1 },
      );
    expect(buildings).toHaveLength(bound + 1);
    const propose = async (codes: string[]) =>
      ok(
        await t.executeAs(residents[0].as, Ops.ProposeMatterDocument, {
          input: {
            platformCode: street.code,
            title: '楼栋绿化',
            description: '楼栋周边绿化。',
            category: 'ENVIRONMENT',
            affectedCodes: codes,
          },
        }),
      ).proposeMatter.id;
    const a = await propose(buildings.slice(0, bound).map((b) => b.code));
    const b = await propose([buildings[bound].code]);
    const merged = await t.executeAs({ username: 'street.official' }, Ops.MergeMattersDocument, {
      input: { matterIds: [a, b], title: '合并议题', description: '两项合并。', category: 'ENVIRONMENT' },
    });
    expect(merged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONSULTATION.BAD_AFFECTED',
    });
    expect([
      await count('consultation_matter', 'id in (?, ?) and state = ?', [Number(a), Number(b), 'PROPOSED']),
    ]).toEqual([2]);
  });
});

describe('the reference data stays within its declared bounds', () => {
  const maxOf = async (query: string) => Number((await sql<{ n: string | null }>(query))[0].n ?? 0);
  it.each([
    ['Division.children', `select max(n) as n from (select count(*) as n from division group by parent_id) c`],
    ['Division.ancestors', `select max(level) - 1 as n from division`],
    ['Query.staff', `select max(n) as n from (select count(*) as n from staff_record group by division_id) c`],
    ['Query.payScale', `select count(*) as n from pay_scale`],
    ['Query.compounds', `select max(n) as n from (select count(*) as n from compound group by community_id) c`],
    ['Query.partyCommittees', `select count(*) as n from party_committee`],
    ['Query.socialWorkers', `select max(n) as n from (select count(*) as n from social_worker group by employer_id) c`],
  ])('%s', async (field, query) => {
    const n = await maxOf(query);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(LIST_BOUNDS[field].bound);
  });
});
