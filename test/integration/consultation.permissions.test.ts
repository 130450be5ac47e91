/**
 * Role × subtree matrix of consultation: who reads a matter, lists a platform's matters, runs a
 * platform (accepting a matter), and what anonymous callers get — for matters on the secretary's
 * community, a sibling community, the street's own platform, another street and another district.
 * Grids read: ok | F = FORBIDDEN | U = UNAUTHENTICATED.
 */
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';

let t: TestApp;
type Who =
  'anonymous' | 'bureau' | 'district' | 'street' | 'secretary' | 'sibSecretary' | 'analyst' | 'resident' | 'token';
type Where = 'community' | 'sibCommunity' | 'street' | 'sibStreet' | 'otherDistrict';
const WHO: Who[] = [
  'anonymous',
  'bureau',
  'district',
  'street',
  'secretary',
  'sibSecretary',
  'analyst',
  'resident',
  'token',
];
const WHERE: Where[] = ['community', 'sibCommunity', 'street', 'sibStreet', 'otherDistrict'];
const who = {} as Record<Who, As>;
const node = {} as Record<Where, Division>;
const matter = {} as Record<Where, string>;

const verdict = (res: GqlResponse<unknown>): string =>
  res.errors?.length
    ? codes(res)[0] === 'FORBIDDEN'
      ? 'F'
      : codes(res)[0] === 'UNAUTHENTICATED'
        ? 'U'
        : codes(res).join()
    : 'ok';
const grid = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .map(([w, ...v]) => [w, Object.fromEntries(WHERE.map((p, i) => [p, v[i]]))]),
  ) as Record<Who, Record<Where, string>>;

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  const community = await em.findOneOrFail(Division, {
    code: me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code,
  });
  const street = await em.findOneOrFail(Division, { id: community.parent!.id });
  const sibCommunity = await em.findOneOrFail(
    Division,
    { parent: street.id, kind: DivisionKind.COMMUNITY, code: { $ne: community.code } },
    { orderBy: { code: 'asc' } },
  );
  const sibStreet = await em.findOneOrFail(
    Division,
    { parent: street.parent!.id, kind: DivisionKind.STREET, code: { $ne: street.code } },
    { orderBy: { code: 'asc' } },
  );
  const sibStreetCommunity = await em.findOneOrFail(
    Division,
    { parent: sibStreet.id, kind: DivisionKind.COMMUNITY },
    { orderBy: { code: 'asc' } },
  );
  const otherDistrictCommunity = await em.findOneOrFail(
    Division,
    { path: { $like: '/530100000000/530103000000/%' }, kind: DivisionKind.COMMUNITY },
    { orderBy: { code: 'asc' } },
  );
  Object.assign(node, {
    community,
    sibCommunity,
    street,
    sibStreet: sibStreetCommunity,
    otherDistrict: otherDistrictCommunity,
  });

  const sibSecretary = await em.findOneOrFail(RoleAssignment, {
    role: 'COMMUNITY_SECRETARY' as never,
    scopePath: sibCommunity.path,
  });
  const resident = await em.findOneOrFail(
    Division,
    { path: { $like: `${community.path}%` }, kind: DivisionKind.BUILDING },
    { orderBy: { code: 'asc' }, populate: ['householdHead'] },
  );
  const property = await t.executeAs({ username: 'property.admin' }, Ops.MeDocument);
  const token = await t.executeAs({ username: 'property.admin' }, Ops.MatrixIssueTokenDocument, {
    organisationId: property.data!.me.roles[0].organisation!.id,
    name: 'consultation',
    scopes: ['TREE_READ', 'ORGANISATIONS_READ', 'FIGURES_READ'],
  });
  Object.assign(who, {
    anonymous: null,
    bureau: { username: 'bureau.admin' },
    district: { username: 'district.official' },
    street: { username: 'street.official' },
    secretary: { username: 'community.secretary' },
    sibSecretary: { username: await t.addLogin(sibSecretary.person.id) },
    analyst: { username: 'analyst' },
    resident: { username: await t.addLogin(resident.householdHead!.id) },
    token: { bearer: token.data!.issueToken.secret },
  });
  // One seeded matter per community platform; the street's own platform gets one from its office.
  for (const where of ['community', 'sibCommunity', 'sibStreet', 'otherDistrict'] as const) {
    const [row] = await em.execute<{ id: number }[]>(
      `select id from consultation_matter where platform_path = ? order by id limit 1`,
      [node[where].path],
    );
    matter[where] = String(row.id);
  }
  const streetMatter = await t.executeAs(who.street, Ops.ProposeMatterDocument, {
    input: {
      platformCode: street.code,
      title: '街道主干道停车管理',
      description: '主干道停车秩序整治。',
      category: 'SAFETY',
      affectedCodes: [street.code],
    },
  });
  matter.street = streetMatter.data!.proposeMatter.id;
});
afterAll(() => t?.close());

describe('reading a matter (consultationMatter)', () => {
  const expected = grid(`
    anonymous     U  U  U  U  U
    bureau        ok ok ok ok ok
    district      ok ok ok ok F
    street        ok ok ok F  F
    secretary     ok F  ok F  F
    sibSecretary  F  ok ok F  F
    analyst       F  F  F  F  F
    resident      ok F  ok F  F
    token         F  F  F  F  F
  `);
  it.each(WHO)('%s', async (w) => {
    const got: Record<string, string> = {};
    for (const where of WHERE)
      got[where] = verdict(await t.executeAs(who[w], Ops.ConsultationMatterDocument, { id: matter[where] }));
    expect(got).toEqual(expected[w]);
  });
});

describe('listing a platform’s matters (consultationMatters)', () => {
  const expected = grid(`
    anonymous     U  U  U  U  U
    bureau        ok ok ok ok ok
    district      ok ok ok ok F
    street        ok ok ok F  F
    secretary     ok F  F  F  F
    sibSecretary  F  ok F  F  F
    analyst       F  F  F  F  F
    resident      ok F  F  F  F
    token         F  F  F  F  F
  `);
  it.each(WHO)('%s', async (w) => {
    const got: Record<string, string> = {};
    for (const where of WHERE)
      got[where] = verdict(
        await t.executeAs(who[w], Ops.ConsultationMattersDocument, { under: node[where].code, first: 5 }),
      );
    expect(got).toEqual(expected[w]);
  });
});

describe('running a platform (acceptMatter on a fresh proposal)', () => {
  // Only a community's secretary (and staff, and committee members) run its platform; only the street office runs the street's.
  const expected = grid(`
    anonymous     U  U  U  U  U
    bureau        F  F  F  F  F
    district      F  F  F  F  F
    street        F  F  ok F  F
    secretary     ok F  F  F  F
    sibSecretary  F  ok F  F  F
    analyst       F  F  F  F  F
    resident      F  F  F  F  F
    token         F  F  F  F  F
  `);
  it.each(WHO)('%s', async (w) => {
    const got: Record<string, string> = {};
    for (const where of WHERE) {
      const platform = node[where];
      // A fresh proposal per cell (a success moves it on), written as a fixture.
      const [row] = await t.em().execute<{ id: number }[]>(
        `insert into consultation_matter (platform_id, platform_path, level, title, description, category, affected_paths, attachments, state)
         values (?, ?, ?, '矩阵测试议题', '权限矩阵。', 'OTHER', array[?]::text[], '[]', 'PROPOSED') returning id`,
        [platform.id, platform.path, platform.kind === DivisionKind.STREET ? 'STREET' : 'COMMUNITY', [platform.path]],
      );
      const id = String(row.id);
      const res = await t.executeAs(who[w], Ops.AcceptMatterDocument, { input: { matterId: id } });
      got[where] = verdict(res);
      if (got[where] === 'ok') expect(res.data?.acceptMatter.state).toBe('ACCEPTED');
      else
        expect(
          (await t.executeAs(who.bureau, Ops.ConsultationMatterBasicDocument, { id })).data?.consultationMatter.state,
        ).toBe('PROPOSED');
    }
    expect(got).toEqual(expected[w]);
  });
});

describe('published results are public', () => {
  it.each(WHO)('%s reads a published result anywhere', async (w) => {
    const [row] = await t
      .em()
      .execute<{ id: number }[]>(
        `select id from consultation_matter where state = 'CLOSED' and platform_path = ? order by id limit 1`,
        [node.otherDistrict.path],
      );
    const res = await t.executeAs(who[w], Ops.ConsultationResultDocument, { matterId: String(row.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.consultationResult.matterId).toBe(String(row.id));
  });
});
