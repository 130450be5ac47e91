/**
 * Role × subtree matrix of writes: renaming tree nodes, assigning roles and updating
 * organisations, inside and outside each caller's subtree. Every refused write is checked
 * in the database to have changed nothing; every allowed one to have done exactly its job.
 * Grids read: ok | F = FORBIDDEN | U = UNAUTHENTICATED.
 */
import { Role } from '../../src/auth/roles';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';
import { firstUrbanCommunityCode } from '../harness/places';

type Verdict = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const PERSONS = {
  bureau: 'bureau.admin',
  district: 'district.official',
  street: 'street.official',
  secretary: 'community.secretary',
  analyst: 'analyst',
  property: 'property.admin',
} as const;
const TOKENS = { tokWrite: ['ORGANISATION_WRITE'], tokTreeOrgs: ['TREE_READ', 'ORGANISATIONS_READ'] } as const;
type Who = keyof typeof PERSONS | keyof typeof TOKENS | 'anonymous';
type Place =
  | 'city'
  | 'street'
  | 'sibStreet'
  | 'community'
  | 'sibCommunity'
  | 'sibStreetCommunity'
  | 'otherDistrict'
  | 'otherCommunity'
  | 'missing';
type OrgTarget = 'ownOrg' | 'sibOrg' | 'committee' | 'missingOrg';
const ABBR: Record<string, Verdict> = { ok: 'ok', F: 'FORBIDDEN', U: 'UNAUTHENTICATED' };

let t: TestApp;
const code = {} as Record<Place, string>;
const orgId = {} as Record<OrgTarget, string>;
const secrets = {} as Record<keyof typeof TOKENS, string>;
let assigneeId: number;
const as = (who: Who): As =>
  who === 'anonymous'
    ? null
    : who in PERSONS
      ? { username: PERSONS[who as keyof typeof PERSONS] }
      : { bearer: secrets[who as keyof typeof TOKENS] };

beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MatrixMeDocument);
  const community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const em = t.em();
  const firstUrban = (under: string, except = '') => firstUrbanCommunityCode(em, under, except);
  Object.assign(code, {
    city: '530100000000',
    street: '530102001000',
    sibStreet: '530102002000',
    otherDistrict: '530103000000',
    community,
    sibCommunity: await firstUrban('530102001000', community),
    sibStreetCommunity: await firstUrban('530102002000'),
    otherCommunity: await firstUrban('530103000000'),
    missing: '530102001999', // well-formed, but no such node
  });
  expect(code.community.startsWith(code.street.slice(0, 9))).toBe(true);
  const orgAt = async (c: string, kind: OrganisationKind) =>
    String((await em.findOneOrFail(Organisation, { division: { code: c }, kind })).id);
  Object.assign(orgId, {
    ownOrg: await orgAt(community, OrganisationKind.PROPERTY_COMPANY),
    sibOrg: await orgAt(code.sibCommunity, OrganisationKind.PROPERTY_COMPANY),
    committee: await orgAt(community, OrganisationKind.COMMUNITY_COMMITTEE),
    missingOrg: '99999999',
  });
  const admin = await t.executeAs({ username: 'property.admin' }, Ops.MatrixMeDocument);
  expect(admin.data!.me.roles[0].organisation!.id).toBe(orgId.ownOrg);
  for (const [name, scopes] of Object.entries(TOKENS)) {
    const res = await t.executeAs({ username: 'property.admin' }, Ops.MatrixIssueTokenDocument, {
      organisationId: orgId.ownOrg,
      name,
      scopes: [...scopes],
    });
    expect(res.errors).toBeUndefined();
    secrets[name as keyof typeof TOKENS] = res.data!.issueToken.secret;
  }
  // Whom roles are given to: the household head of the community's first building (holds no role).
  const building = await em.findOneOrFail(
    Division,
    { path: { $like: '%/' + community + '/%' }, kind: DivisionKind.BUILDING },
    { orderBy: { code: 'asc' } },
  );
  assigneeId = building.householdHead!.id;
  expect(await em.count(RoleAssignment, { person: assigneeId })).toBe(0);
});
afterAll(() => t?.close());

/** The answer of a mutation: its payload when allowed; data null and exactly the refusal otherwise. */
function expectAnswer(expected: Verdict, res: GqlResponse<unknown>, field: string): void {
  if (expected === 'ok') {
    expect(res.errors).toBeUndefined();
    expect((res.data as Record<string, unknown>)[field]).toBeTruthy();
  } else {
    expect(res.data).toBeNull();
    expect(codes(res)).toEqual([expected]);
  }
}

function expand<T extends string>(targets: T[], cells: Partial<Record<Who, string>>): [Who, T, Verdict][] {
  return Object.entries(cells).flatMap(([who, line]) => {
    const v = line.trim().split(/\s+/);
    if (v.length !== targets.length) throw new Error(`${who}: ${v.length} cells for ${targets.length} targets`);
    return targets.map((target, i): [Who, T, Verdict] => [who as Who, target, ABBR[v[i]]]);
  });
}

let serial = 0;
const nameOf = async (c: string) => (await t.em().findOne(Division, { code: c }))?.name ?? null;

describe('permission matrix: updateDivision (rename)', () => {
  const rows = [
    ...expand(['community', 'sibCommunity', 'sibStreetCommunity', 'otherCommunity'] as Place[], {
      bureau: '     ok ok ok ok',
      district: '   ok ok ok F',
      street: '     ok ok F  F',
      secretary: '  ok F  F  F',
      analyst: '    F  F  F  F',
      property: '   F  F  F  F',
      tokWrite: '   F  F  F  F',
      tokTreeOrgs: 'F  F  F  F',
      anonymous: '  U  U  U  U',
    }),
    // Authentication comes before looking anything up: no existence oracle for anonymous callers.
    ...expand(['missing'] as Place[], { anonymous: 'U' }),
  ];
  it.each(rows)('%s renames %s → %s', async (who, target, expected) => {
    const before = await nameOf(code[target]);
    const name = `更名测试${++serial}社区`;
    const res = await t.executeAs(as(who), Ops.MatrixRenameDivisionDocument, { code: code[target], name });
    expectAnswer(expected, res, 'updateDivision');
    if (expected === 'ok') expect(res.data!.updateDivision).toEqual({ code: code[target], name });
    expect(await nameOf(code[target])).toBe(expected === 'ok' ? name : before);
  });
});

describe('permission matrix: assignRole', () => {
  const R = Role;
  const rows: [Who, Role, Place, Verdict][] = [
    ['street', R.COMMUNITY_STAFF, 'community', 'ok'],
    ['street', R.COMMUNITY_STAFF, 'sibCommunity', 'ok'],
    ['street', R.COMMUNITY_STAFF, 'sibStreetCommunity', 'FORBIDDEN'],
    ['street', R.COMMUNITY_SECRETARY, 'sibStreetCommunity', 'FORBIDDEN'],
    ['street', R.BUREAU_ADMIN, 'community', 'FORBIDDEN'],
    ['street', R.BUREAU_ADMIN, 'street', 'FORBIDDEN'],
    ['street', R.BUREAU_ADMIN, 'city', 'FORBIDDEN'],
    ['street', R.BUREAU_ADMIN, 'sibStreet', 'FORBIDDEN'],
    ['street', R.DISTRICT_OFFICIAL, 'street', 'FORBIDDEN'], // outranks the street official
    ['secretary', R.COMMUNITY_STAFF, 'community', 'ok'],
    ['secretary', R.COMMUNITY_STAFF, 'sibCommunity', 'FORBIDDEN'],
    ['secretary', R.STREET_OFFICIAL, 'community', 'FORBIDDEN'],
    ['district', R.STREET_OFFICIAL, 'sibStreet', 'ok'],
    ['district', R.COMMUNITY_STAFF, 'otherCommunity', 'FORBIDDEN'],
    ['bureau', R.DISTRICT_OFFICIAL, 'otherDistrict', 'ok'],
    ['analyst', R.COMMUNITY_STAFF, 'community', 'FORBIDDEN'],
    ['property', R.COMMUNITY_STAFF, 'community', 'FORBIDDEN'],
    ['tokWrite', R.COMMUNITY_STAFF, 'community', 'FORBIDDEN'],
    ['tokTreeOrgs', R.COMMUNITY_STAFF, 'community', 'FORBIDDEN'],
    ['anonymous', R.COMMUNITY_STAFF, 'community', 'UNAUTHENTICATED'],
    ['anonymous', R.COMMUNITY_STAFF, 'missing', 'UNAUTHENTICATED'],
  ];
  const held = (role: Role, place: Place) =>
    t.em().count(RoleAssignment, { person: assigneeId, role, division: { code: code[place] } });
  it.each(rows)('%s assigns %s @ %s → %s', async (who, role, place, expected) => {
    const [before, total] = [await held(role, place), await t.em().count(RoleAssignment, { person: assigneeId })];
    const input = { personId: String(assigneeId), role, divisionCode: code[place] };
    const res = await t.executeAs(as(who), Ops.MatrixAssignRoleDocument, { input });
    expectAnswer(expected, res, 'assignRole');
    if (expected === 'ok') expect(res.data!.assignRole).toMatchObject({ role, division: { code: code[place] } });
    expect(await held(role, place)).toBe(before + (expected === 'ok' ? 1 : 0));
    expect(await t.em().count(RoleAssignment, { person: assigneeId })).toBe(total + (expected === 'ok' ? 1 : 0));
  });
});

describe('permission matrix: updateOrganisation', () => {
  const rows = [
    ...expand(['ownOrg', 'sibOrg', 'committee'] as OrgTarget[], {
      property: '   ok F  F', // admin of its own organisation only
      tokWrite: '   ok F  F', // ORGANISATION_WRITE: the token's own organisation only
      tokTreeOrgs: 'F  F  F',
      secretary: '  F  F  ok', // keeps its community's committee; a partner's profile is the partner's own
      street: '     ok ok ok', // oversees every organisation under the street
      analyst: '    F  F  F',
      anonymous: '  U  U  U',
    }),
    ...expand(['missingOrg'] as OrgTarget[], { anonymous: 'U' }),
  ];
  const orgName = async (target: OrgTarget) =>
    (await t.em().findOne(Organisation, { id: Number(orgId[target]) }))?.name ?? null;
  it.each(rows)('%s updates %s → %s', async (who, target, expected) => {
    const before = await orgName(target);
    const name = `测试机构${++serial}`;
    const res = await t.executeAs(as(who), Ops.MatrixRenameOrganisationDocument, { id: orgId[target], name });
    expectAnswer(expected, res, 'updateOrganisation');
    if (expected === 'ok') expect(res.data!.updateOrganisation).toEqual({ id: orgId[target], name });
    expect(await orgName(target)).toBe(expected === 'ok' ? name : before);
  });
});
