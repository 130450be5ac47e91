/**
 * Big party committees (大党委): the seed's 361 big committees and 1,492 part-time members read
 * back; a member unit nominates its delegate, the secretary confirms or declines, either ends the
 * seat; one open seat per person; a seat outside its term is not active.
 */
import { Person } from '../../src/modules/people/person.entity';
import { today } from '../../src/shared/dates';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
let community: string;
let committeeId: string;
let unitId: string;
let candidates: Person[];
const reasons = (res: { errors?: { extensions?: { reason?: string } }[] }) =>
  (res.errors ?? []).map((e) => e.extensions?.reason);
const secretary = { username: 'community.secretary' };
const unitAdmin = { username: 'property.admin' };

beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs(secretary, Ops.MeDocument);
  community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const committee = await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community });
  expect(committee.data?.partyCommittee.big).toBe(true);
  committeeId = committee.data!.partyCommittee.id;
  unitId = (await t.executeAs(unitAdmin, Ops.MeDocument)).data!.me.roles[0].organisation!.id;
  candidates = await t
    .em()
    .find(Person, { homePath: { $like: `%/${community}/%` } }, { orderBy: { id: 'asc' }, limit: 6 });
});
afterAll(() => t?.close());

describe('the figures of the seed document', () => {
  it('361 big committees and 1,492 part-time members', async () => {
    const res = await t.executeAs({ username: 'analyst' }, Ops.CommitteeFiguresDocument, {});
    expect(res.data?.committeeFigures).toEqual({ committees: 770, bigCommittees: 361, partTimeMembers: 1492 });
  });
});

describe('a delegated seat (兼职委员)', () => {
  it('is nominated by the unit, confirmed by the secretary, ended with its history kept', async () => {
    const input = {
      committeeId,
      unitId,
      personId: String(candidates[0].id),
      startsOn: '2025-01-01',
      endsOn: '2029-12-31',
    };
    const nominated = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, { input });
    expect(nominated.data?.nominateDelegate).toMatchObject({
      status: 'NOMINATED',
      kind: 'PART_TIME',
      active: false,
      unit: { id: unitId },
    });
    const seatId = nominated.data!.nominateDelegate.id;
    expect(reasons(await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, { input }))).toEqual([
      'COMMITTEES.ALREADY_SEATED',
    ]);
    expect(codes(await t.executeAs(unitAdmin, Ops.DecideSeatDocument, { input: { seatId, confirm: true } }))).toEqual([
      'FORBIDDEN',
    ]);
    const confirmed = await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId, confirm: true } });
    expect(confirmed.data?.decideSeat).toMatchObject({ status: 'ACTIVE', active: true });
    expect(reasons(await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId, confirm: true } }))).toEqual(
      ['COMMITTEES.WRONG_STEP'],
    );
    const ended = await t.executeAs(unitAdmin, Ops.EndSeatDocument, { input: { seatId, reason: '工作调动' } });
    expect(ended.data?.endSeat).toMatchObject({ status: 'ENDED', active: false, reason: '工作调动' });
    const seats = (await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community })).data!
      .partyCommittee.seats;
    expect(seats.find((s) => s.id === seatId)?.status).toBe('ENDED');
    // Ended, the person may be nominated again.
    expect((await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, { input })).data?.nominateDelegate.status).toBe(
      'NOMINATED',
    );
  });

  it('is declined only with a reason, and is not active outside its term', async () => {
    const input = {
      committeeId,
      unitId,
      personId: String(candidates[1].id),
      startsOn: '2031-01-01',
      endsOn: '2035-12-31',
    };
    const seatId = (await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, { input })).data!.nominateDelegate.id;
    const confirmed = await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId, confirm: true } });
    expect(confirmed.data?.decideSeat).toMatchObject({ status: 'ACTIVE', active: false });
    const other = (
      await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
        input: { ...input, personId: String(candidates[2].id), startsOn: '2026-01-01', endsOn: null },
      })
    ).data!.nominateDelegate.id;
    expect(
      reasons(await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId: other, confirm: false } })),
    ).toEqual(['COMMITTEES.REASON_REQUIRED']);
    expect(
      (
        await t.executeAs(secretary, Ops.DecideSeatDocument, {
          input: { seatId: other, confirm: false, reason: '不符合条件' },
        })
      ).data?.decideSeat.status,
    ).toBe('DECLINED');
  });

  it('is refused to units nominating for other units, outside the community, and to others', async () => {
    const input = { committeeId, unitId, personId: String(candidates[2].id), startsOn: '2026-01-01' };
    expect(codes(await t.executeAs({ username: 'street.official' }, Ops.NominateDelegateDocument, { input }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.PartyCommitteeDocument, {
          communityCode: '530102002001',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const sibling = await t.executeAs({ username: 'bureau.admin' }, Ops.PartyCommitteeDocument, {
      communityCode: '530102002001',
    });
    expect(sibling.errors).toBeUndefined();
    expect(
      codes(
        await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
          input: { ...input, committeeId: sibling.data!.partyCommittee.id },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.PartyCommitteeDocument, {
          communityCode: '530103001001',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('a seat whose term is over (任期届满)', () => {
  const day = (offset: number) => today(new Date(Date.now() + offset * 86_400_000));
  const seatRow = async (id: string) =>
    (
      await t
        .em()
        .getConnection()
        .execute<{ status: string; ends_on: string; reason: string | null }[]>(
          `select status, to_char(ends_on, 'YYYY-MM-DD') as ends_on, reason from committee_seat where id = ?`,
          [Number(id)],
        )
    )[0];

  it('is refused at nomination, as is a term that ends before it starts', async () => {
    const input = { committeeId, unitId, personId: String(candidates[3].id), startsOn: '2024-01-01', endsOn: day(-1) };
    const over = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, { input });
    expect(codes(over)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(over)).toEqual(['COMMITTEES.TERM_OVER']);
    expect(
      reasons(
        await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
          input: { ...input, startsOn: day(30), endsOn: day(10) },
        }),
      ),
    ).toEqual(['COMMITTEES.BAD_TERM']);
    // A term ending today still runs today.
    const lastDay = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, { input: { ...input, endsOn: day(0) } });
    expect(lastDay.data?.nominateDelegate.status).toBe('NOMINATED');
  });

  it('never blocks a new nomination: it is ended with its term’s end, in the same audited mutation', async () => {
    const personId = String(candidates[4].id);
    const first = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
      input: { committeeId, unitId, personId, startsOn: '2024-01-01', endsOn: day(30) },
    });
    const oldSeat = first.data!.nominateDelegate.id;
    expect(
      (await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId: oldSeat, confirm: true } })).data
        ?.decideSeat.status,
    ).toBe('ACTIVE');
    // Time passes: the term ended the day before yesterday, and nobody ended the seat.
    await t
      .em()
      .getConnection()
      .execute('update committee_seat set ends_on = ? where id = ?', [day(-2), Number(oldSeat)]);
    const seats = (await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community })).data!
      .partyCommittee.seats;
    expect(seats.find((s) => s.id === oldSeat)).toMatchObject({ status: 'ACTIVE', active: false });

    const again = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
      input: { committeeId, unitId, personId, startsOn: day(0), endsOn: null },
    });
    expect(again.errors).toBeUndefined();
    const newSeat = again.data!.nominateDelegate.id;
    expect(again.data?.nominateDelegate).toMatchObject({ status: 'NOMINATED', person: { id: personId } });
    expect(await seatRow(oldSeat)).toEqual({
      status: 'ENDED',
      ends_on: day(-2),
      reason: expect.stringMatching(/任期届满/),
    });
    const [entry] = await t
      .em()
      .getConnection()
      .execute<{ target_ids: string[]; outcome: string }[]>(
        `select target_ids, outcome from audit_entry where operation = 'nominateDelegate' and ? = any(target_ids) order by id desc limit 1`,
        [newSeat],
      );
    expect(entry).toMatchObject({ outcome: 'OK', target_ids: expect.arrayContaining([oldSeat, newSeat]) });
    // The new nomination is open: a third is refused until it too ends.
    expect(
      reasons(
        await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
          input: { committeeId, unitId, personId, startsOn: day(0) },
        }),
      ),
    ).toEqual(['COMMITTEES.ALREADY_SEATED']);
  });

  it('nor does a nomination whose term ran out before anyone decided it', async () => {
    const personId = String(candidates[5].id);
    const first = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
      input: { committeeId, unitId, personId, startsOn: '2024-01-01', endsOn: day(5) },
    });
    const stale = first.data!.nominateDelegate.id;
    await t
      .em()
      .getConnection()
      .execute('update committee_seat set ends_on = ? where id = ?', [day(-1), Number(stale)]);
    expect(
      reasons(await t.executeAs(secretary, Ops.DecideSeatDocument, { input: { seatId: stale, confirm: true } })),
    ).toEqual(['COMMITTEES.TERM_OVER']);
    const again = await t.executeAs(unitAdmin, Ops.NominateDelegateDocument, {
      input: { committeeId, unitId, personId, startsOn: day(0) },
    });
    expect(again.data?.nominateDelegate.status).toBe('NOMINATED');
    expect((await seatRow(stale)).status).toBe('ENDED');
  });
});

describe("a committee's own units (驻区单位)", () => {
  const organisationQuery = `query ($id: ID!) { organisation(id: $id) { id name kind division { code } contactName decisionReason roleHolders { role } } }`;
  const readOrganisation = async (id: string) =>
    t.post(
      { query: organisationQuery, variables: { id } },
      { authorization: `Bearer ${await t.tokenOf(secretary.username)}` },
    );
  const pathOf = (res: { errors?: { path?: (string | number)[] }[] }) =>
    (res.errors ?? []).map((e) => e.path?.slice(1).join('.')).sort();

  it("are named to the secretary, a street's police station included; its other fields stay closed", async () => {
    const committee = await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community });
    expect(committee.errors).toBeUndefined();
    const units = committee.data!.partyCommittee.seats.flatMap((s) => (s.unit ? [s.unit] : []));
    const [street] = await t
      .em()
      .getConnection()
      .execute<{ path: string; id: number }[]>(
        `select o.division_path as path, o.id from organisation o join committee_seat s on s.unit_id = o.id
        where s.committee_id = ? and o.kind = 'POLICE_STATION' and o.division_path <> s.community_path limit 1`,
        [Number(committeeId)],
      );
    expect(street).toBeDefined();
    const police = units.find((u) => u.id === String(street.id));
    expect(police).toMatchObject({ kind: 'POLICE_STATION', name: expect.stringMatching(/派出所$/) });
    expect(units.every((u) => u.name && u.kind)).toBe(true);

    const direct = (await readOrganisation(String(street.id))) as {
      data: { organisation: Record<string, unknown> } | null;
      errors?: { path?: (string | number)[]; extensions?: { code?: string } }[];
    };
    expect(direct.data?.organisation).toMatchObject({
      id: String(street.id),
      name: police!.name,
      kind: 'POLICE_STATION',
      division: { code: expect.any(String) },
    });
    expect(pathOf(direct)).toEqual(['contactName', 'decisionReason', 'roleHolders']);
    expect(new Set(direct.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('are no door to the units of the street that hold no seat on her committee', async () => {
    const others = await t
      .em()
      .getConnection()
      .execute<{ id: number }[]>(
        `select o.id from organisation o, party_committee c
        where c.id = ? and o.division_path = regexp_replace(c.community_path, '[0-9]+/$', '')
          and not exists (select 1 from committee_seat s where s.unit_id = o.id and s.committee_id = c.id)
        order by (o.kind = 'POLICE_STATION') desc, o.id limit 2`,
        [Number(committeeId)],
      );
    // A police station of another street, seated on other committees only.
    const [elsewhere] = await t
      .em()
      .getConnection()
      .execute<{ id: number }[]>(
        `select o.id from organisation o join committee_seat s on s.unit_id = o.id join party_committee c on c.id = ?
        where o.kind = 'POLICE_STATION' and o.division_path <> regexp_replace(c.community_path, '[0-9]+/$', '') limit 1`,
        [Number(committeeId)],
      );
    expect(others.length).toBeGreaterThan(0);
    for (const id of [...others.map((o) => o.id), elsewhere.id]) {
      const res = await t.post(
        { query: '{ organisation(id: "' + id + '") { name } }' },
        { authorization: `Bearer ${await t.tokenOf(secretary.username)}` },
      );
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
  });
});

describe("a street's committees with seats, holders and units (DataLoader)", () => {
  it('take as many SQL statements for a district as for one street', async () => {
    const measure = async (under: string) => {
      let rows = 0;
      const statements = await t.countQueries(async () => {
        const res = await t.executeAs({ username: 'district.official' }, Ops.PartyCommitteesDocument, { under });
        expect(res.errors).toBeUndefined();
        rows = res.data!.partyCommittees.length;
        for (const c of res.data!.partyCommittees)
          if (c.big) expect(c.seats.some((s) => s.kind === 'PART_TIME' && s.unit)).toBe(true);
      });
      return { rows, statements };
    };
    await measure('530102001000');
    const street = await measure('530102001000');
    const district = await measure('530102000000');
    expect(district.rows).toBeGreaterThan(street.rows * 5);
    expect(district.statements).toBe(street.statements);
  });
});

describe('meetings, decisions and follow-up tasks (定期研究商议实事)', () => {
  it('record a meeting whole; the member unit reports progress until the task is done', async () => {
    const committee = (await t.executeAs(secretary, Ops.PartyCommitteeDocument, { communityCode: community })).data!
      .partyCommittee;
    const present = committee.seats.filter((s) => s.active).map((s) => s.id);
    const propertySeat = committee.seats.find((s) => s.active && s.unit?.id === unitId);
    expect(propertySeat).toBeDefined();
    const input = {
      committeeId,
      title: '第三季度党委会议',
      heldOn: '2026-09-15',
      agenda: ['小区加装电梯', '停车位规划'],
      attendeeSeatIds: present,
      decisions: [{ text: '推进3栋加装电梯', tasks: [{ unitId, title: '收集住户意见', dueOn: '2026-12-31' }] }],
    };
    expect(codes(await t.executeAs({ username: 'analyst' }, Ops.RecordCommitteeMeetingDocument, { input }))).toEqual([
      'FORBIDDEN',
    ]);
    const stranger = await t.executeAs(secretary, Ops.RecordCommitteeMeetingDocument, {
      input: { ...input, attendeeSeatIds: [...present, '999999'] },
    });
    expect(reasons(stranger)).toEqual(['COMMITTEES.NOT_A_MEMBER']);
    const meetings = async () =>
      (await t.executeAs(secretary, Ops.CommitteeMeetingsDocument, { communityCode: community })).data!.partyCommittee
        .meetings;
    expect(await meetings()).toEqual([]);
    const recorded = await t.executeAs(secretary, Ops.RecordCommitteeMeetingDocument, { input });
    expect(recorded.errors).toBeUndefined();
    const task = recorded.data!.recordCommitteeMeeting.decisions[0].tasks[0];
    expect(task).toMatchObject({ status: 'OPEN', unit: { id: unitId } });
    expect(
      codes(
        await t.executeAs(secretary, Ops.ReportFollowUpProgressDocument, {
          input: { taskId: task.id, note: '代报', done: false },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    await t.executeAs(unitAdmin, Ops.ReportFollowUpProgressDocument, {
      input: { taskId: task.id, note: '已走访一半住户', done: false },
    });
    const done = await t.executeAs(unitAdmin, Ops.ReportFollowUpProgressDocument, {
      input: { taskId: task.id, note: '意见收集完毕', done: true },
    });
    expect(done.data?.reportFollowUpProgress).toMatchObject({
      status: 'DONE',
      progress: [{ done: false }, { done: true }],
    });
    expect(
      reasons(
        await t.executeAs(unitAdmin, Ops.ReportFollowUpProgressDocument, {
          input: { taskId: task.id, note: '补充', done: false },
        }),
      ),
    ).toEqual(['COMMITTEES.TASK_DONE']);
    expect((await meetings()).map((m) => [m.title, m.decisions[0].tasks[0].status])).toEqual([
      ['第三季度党委会议', 'DONE'],
    ]);
  });
});
