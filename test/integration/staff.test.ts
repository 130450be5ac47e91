/**
 * Staff and pay (专职社区工作者, 村干部): the scale tops out at ¥7,540; village secretaries who
 * are also directors get about ¥3,600; pay is read only by the person, the bureau's HR and their
 * own street's HR — null with a coded FORBIDDEN for everyone else.
 */
import { Role } from '../../src/auth/roles';
import { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';

let t: TestApp;
let community: string;
let village: string;
let bureauHr: string;
let streetHr: string;
let siblingHr: string;

/** A seeded person given a login and the HR role at `divisionCode`, appointed by the bureau. */
async function hrAt(divisionCode: string, offset: number): Promise<string> {
  const [p] = await t
    .em()
    .find(
      Person,
      { homePath: { $like: '/530100000000/530103000000/%' } },
      { orderBy: { id: 'asc' }, offset, limit: 1 },
    );
  const res = await t.executeAs({ username: 'bureau.admin' }, Ops.AssignRoleDocument, {
    input: { personId: String(p.id), role: 'HR_OFFICER', divisionCode },
  });
  expect(res.errors).toBeUndefined();
  return t.addLogin(p.id);
}

const payErrors = (res: GqlResponse<Ops.StaffQuery>) =>
  (res.errors ?? []).filter((e) => e.path?.at(-1) === 'pay').map((e) => [e.extensions?.code, e.extensions?.reason]);

beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const [row] = await t
    .em()
    .getConnection()
    .execute<{ code: string }[]>(
      `select d.code from staff_record s join division d on d.id = s.division_id where s.secretary_also_director order by d.code limit 1`,
    );
  village = row.code;
  bureauHr = await hrAt('530100000000', 0);
  streetHr = await hrAt('530102001000', 1);
  siblingHr = await hrAt('530102002000', 2);
});
afterAll(() => t?.close());

describe('the pay scale', () => {
  it('is public policy, topping out at ¥7,540 a month including social insurance', async () => {
    const scale = (await t.executeAs({ username: 'analyst' }, Ops.PayScaleDocument)).data!.payScale;
    expect(Math.max(...scale.map((c) => c.monthlyYuan))).toBe(7540);
    expect(scale.find((c) => c.monthlyYuan === 7540)).toMatchObject({ post: 'HEAD', grade: 6 });
  });
});

describe('pay over every role', () => {
  it('is seen by HR officers alone, whatever other role a caller holds at the street', async () => {
    const company = (await t.executeAs({ username: 'property.admin' }, Ops.MeDocument)).data!.me.roles[0].organisation!
      .id;
    const people = await t
      .em()
      .find(
        Person,
        { homePath: { $like: '/530100000000/530111000000/%' } },
        { orderBy: { id: 'asc' }, limit: Object.values(Role).length },
      );
    for (const [i, role] of Object.values(Role).entries()) {
      const organisational = role === Role.ORG_ADMIN || role === Role.ORG_MEMBER;
      await t
        .em()
        .getConnection()
        .execute(
          `insert into role_assignment (person_id, role, division_id, organisation_id, scope_path, starts_on)
         select ?, ?, ${organisational ? 'null, o.id, o.division_path' : 'd.id, null, d.path'}, '2024-01-01'
           from ${organisational ? 'organisation o where o.id = ?' : 'division d where d.code = ?'}`,
          [people[i].id, role, organisational ? Number(company) : '530102001000'],
        );
      const res = await t.executeAs({ username: await t.addLogin(people[i].id) }, Ops.StaffDocument, {
        code: community,
      });
      const paid = (res.data?.staff ?? []).filter((s) => s.pay !== null).length;
      if (role === Role.HR_OFFICER) expect([role, paid, payErrors(res)]).toEqual([role, res.data!.staff.length, []]);
      else expect([role, paid]).toEqual([role, 0]);
    }
    const token = await t.executeAs({ username: 'property.admin' }, Ops.IssueTokenDocument, {
      input: { organisationId: company, name: 'staff', scopes: ['PEOPLE_READ', 'ORGANISATIONS_READ'] },
    });
    expect(
      codes(await t.executeAs({ bearer: token.data!.issueToken.secret }, Ops.StaffDocument, { code: community })),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await t.executeAs(null, Ops.StaffDocument, { code: community }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('pay is personal data', () => {
  it('is read by the bureau’s HR and the street’s HR, with the scale’s amount for community workers', async () => {
    for (const username of [bureauHr, streetHr]) {
      const res = await t.executeAs({ username }, Ops.StaffDocument, { code: community });
      expect(payErrors(res)).toEqual([]);
      for (const s of res.data!.staff) expect(s.pay!.monthlyTotal).toBe(s.pay!.scaleYuan);
    }
  });

  it('is null with a coded refusal for every other role, the record itself still readable', async () => {
    for (const username of [
      'community.secretary',
      'street.official',
      'district.official',
      'bureau.admin',
      'analyst',
      siblingHr,
    ]) {
      const res = await t.executeAs({ username }, Ops.StaffDocument, { code: community });
      const staff = res.data?.staff ?? [];
      if (username === siblingHr) {
        expect(res.data).toBeNull();
        continue;
      }
      expect(staff.length).toBeGreaterThan(0);
      const mine = username === 'community.secretary' ? staff.find((s) => s.post === 'HEAD') : undefined;
      for (const s of staff) expect(s.pay === null).toBe(s !== mine);
      expect(payErrors(res).every(([code, reason]) => code === 'FORBIDDEN' && reason === 'STAFF.PAY_RESTRICTED')).toBe(
        true,
      );
      expect(payErrors(res)).toHaveLength(staff.length - (mine ? 1 : 0));
    }
  });

  it('is the person’s own to read', async () => {
    const mine = await t.executeAs({ username: 'community.secretary' }, Ops.MyStaffRecordDocument);
    expect(mine.data?.myStaffRecord).toMatchObject({ kind: 'COMMUNITY_WORKER', post: 'HEAD' });
    expect(mine.data!.myStaffRecord!.pay!.monthlyTotal).toBeGreaterThanOrEqual(6080);
  });

  it('adds up for a village secretary who is also director (“一肩挑”) to about ¥3,600', async () => {
    const res = await t.executeAs({ username: bureauHr }, Ops.StaffDocument, { code: village });
    const head = res.data!.staff.find((s) => s.secretaryAlsoDirector)!;
    expect(head.kind).toBe('VILLAGE_CADRE');
    const p = head.pay!;
    expect(p.baseYuan + p.performanceYuan + p.collectiveRewardYuan + p.pensionYuan + p.groupAllowanceYuan).toBe(
      p.monthlyTotal,
    );
    expect(p.monthlyTotal).toBe(3600);
  });
});
