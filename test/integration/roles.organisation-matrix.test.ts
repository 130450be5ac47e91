/**
 * Role × organisation matrix: who may enrol whom into which organisation. Every grantor kind
 * (officials at each level, an organisation's admin, an analyst, a partner token, anonymous)
 * tries every role of the Role enum in organisations placed above, beside and within its
 * subtree; then ending such assignments, and approving applications (which make the applicant
 * the organisation's ORG_ADMIN). A grant is allowed exactly where the caller has power over the
 * node and over the organisation; every refusal is checked in the database to have written
 * nothing. Grids read: ok | O = FORBIDDEN ROLES.ORGANISATION_OUT_OF_REACH | F = FORBIDDEN |
 * B = BAD_USER_INPUT | U = UNAUTHENTICATED.
 */
import { Role } from '../../src/auth/roles';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind, OrganisationStatus } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import * as Ops from '../generated/graphql';
import { startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';
import { firstUrbanCommunityCode } from '../harness/places';

type Cell = 'ok' | 'O' | 'F' | 'B' | 'U';
const PERSONS = {
  bureau: 'bureau.admin',
  district: 'district.official',
  street: 'street.official',
  secretary: 'community.secretary',
  orgAdmin: 'property.admin',
  analyst: 'analyst',
} as const;
type Who = keyof typeof PERSONS | 'token' | 'anonymous';
const GRANTORS: Who[] = ['bureau', 'district', 'street', 'secretary', 'orgAdmin', 'analyst', 'token', 'anonymous'];
/** Organisations by where they sit, seen from the secretary's community (青阳社区, 华山街道, 五华区). */
const ORGS = [
  'bureauOrg',
  'streetOffice',
  'committee',
  'company',
  'sibCompany',
  'sibStreetCompany',
  'otherDistrictCompany',
] as const;
type OrgAt = (typeof ORGS)[number];
type Place =
  | 'city'
  | 'district'
  | 'street'
  | 'community'
  | 'sibCommunity'
  | 'sibStreet'
  | 'sibStreetCommunity'
  | 'otherDistrict'
  | 'otherDistrictCommunity';

/** Roles held in an organisation, or (ANALYST) at a node for an organisation; every other role is held at a node only. */
const ORG_ROLES = [Role.ANALYST, Role.ORG_ADMIN, Role.ORG_MEMBER];
const NODE_ROLES = Object.values(Role).filter((r) => !ORG_ROLES.includes(r));

let t: TestApp;
let tokenSecret: string;
const code = {} as Record<Place, string>;
const org = {} as Record<OrgAt, Organisation>;
/** Whom roles are given to: residents of the secretary's community holding no role. */
let assignee: number;
let applicant: string;
let applicantId: number;

const as = (who: Who): As =>
  who === 'anonymous' ? null : who === 'token' ? { bearer: tokenSecret } : { username: PERSONS[who] };
/** Where each grantor holds its own node power (the node an ANALYST is enrolled at by default). */
const HOMES: Partial<Record<Who, Place>> = { bureau: 'city', district: 'district', street: 'street' };
const homeOf = (who: Who): Place => HOMES[who] ?? 'community';

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  const community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const urbanUnder = (under: string, except = '') => firstUrbanCommunityCode(em, under, except);
  Object.assign(code, {
    city: '530100000000',
    district: '530102000000',
    street: '530102001000',
    community,
    sibCommunity: await urbanUnder('530102001000', community),
    sibStreet: '530102002000',
    sibStreetCommunity: await urbanUnder('530102002000'),
    otherDistrict: '530103000000',
    otherDistrictCommunity: await urbanUnder('530103000000'),
  });
  const at = (place: Place, kind: OrganisationKind) =>
    em.findOneOrFail(Organisation, { division: { code: code[place] }, kind });
  Object.assign(org, {
    bureauOrg: await at('city', OrganisationKind.CIVIL_AFFAIRS_BUREAU),
    streetOffice: await at('street', OrganisationKind.STREET_OFFICE),
    committee: await at('community', OrganisationKind.COMMUNITY_COMMITTEE),
    company: await at('community', OrganisationKind.PROPERTY_COMPANY),
    sibCompany: await at('sibCommunity', OrganisationKind.PROPERTY_COMPANY),
    sibStreetCompany: await at('sibStreetCommunity', OrganisationKind.PROPERTY_COMPANY),
    otherDistrictCompany: await at('otherDistrictCommunity', OrganisationKind.PROPERTY_COMPANY),
  });
  const admin = await t.executeAs({ username: 'property.admin' }, Ops.MeDocument);
  expect(admin.data!.me.roles.map((r) => r.organisation?.id)).toEqual([String(org.company.id)]);
  const issued = await t.executeAs({ username: 'property.admin' }, Ops.MatrixIssueTokenDocument, {
    organisationId: String(org.company.id),
    name: 'every scope',
    scopes: [
      'TREE_READ',
      'PEOPLE_READ',
      'ORGANISATIONS_READ',
      'ORGANISATION_WRITE',
      'FIGURES_READ',
      'SERVICE_RECORDS_WRITE',
    ],
  });
  tokenSecret = issued.data!.issueToken.secret;
  const holders = (await em.find(RoleAssignment, {}, { fields: ['person'] })).map((r) => r.person.id);
  const residents = await em.find(
    Person,
    { homePath: { $like: `%/${community}/%` }, id: { $nin: holders } },
    { orderBy: { id: 'asc' }, limit: 2 },
  );
  expect(residents).toHaveLength(2);
  [assignee, applicantId] = residents.map((p) => p.id);
  applicant = await t.addLogin(applicantId);
});
afterAll(() => t?.close());

/** The answer of a mutation: its payload when allowed; data null and exactly the refusal otherwise. */
function expectAnswer(cell: Cell, res: GqlResponse<unknown>, field: string): void {
  if (cell === 'ok') {
    expect(res.errors).toBeUndefined();
    expect((res.data as Record<string, unknown>)[field]).toBeTruthy();
    return;
  }
  expect(res.data).toBeNull();
  const code = { O: 'FORBIDDEN', F: 'FORBIDDEN', B: 'BAD_USER_INPUT', U: 'UNAUTHENTICATED' }[cell];
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  if (cell === 'O') expect(res.errors![0].extensions?.reason).toBe('ROLES.ORGANISATION_OUT_OF_REACH');
}

/** Grid lines (one per grantor, one cell per column) into test rows. */
function expand<T extends string>(columns: readonly T[], lines: Record<Who, string>): [Who, T, Cell][] {
  return GRANTORS.flatMap((who) => {
    const cells = lines[who].trim().split(/\s+/) as Cell[];
    if (cells.length !== columns.length) throw new Error(`${who}: ${cells.length} cells for ${columns.length} columns`);
    return columns.map((column, i): [Who, T, Cell] => [who, column, cells[i]]);
  });
}

const countOf = (where: object) => t.em().count(RoleAssignment, where);

/** Asks `who` to give the assignee `role` in `target` (at `node` for an ANALYST) and checks what was written. */
async function tryAssign(who: Who, role: Role, target: OrgAt, cell: Cell, node?: Place): Promise<void> {
  const organisation = org[target].id;
  const divisionCode = role === Role.ANALYST || NODE_ROLES.includes(role) ? code[node ?? homeOf(who)] : undefined;
  const [held, total] = [await countOf({ person: assignee, role, organisation }), await countOf({ person: assignee })];
  const input = { personId: String(assignee), role, divisionCode, organisationId: String(organisation) };
  const res = await t.executeAs(as(who), Ops.AssignRoleDocument, { input });
  expectAnswer(cell, res, 'assignRole');
  const wrote = cell === 'ok' ? 1 : 0;
  if (wrote)
    expect(res.data!.assignRole).toMatchObject({
      role,
      organisation: { id: String(organisation) },
      division: divisionCode ? { code: divisionCode } : null,
    });
  expect(await countOf({ person: assignee, role, organisation })).toBe(held + wrote);
  expect(await countOf({ person: assignee })).toBe(total + wrote);
}

it('the matrix covers every role of the schema', () => {
  expect([...ORG_ROLES, ...NODE_ROLES].sort()).toEqual(Object.values(Role).sort());
  expect(NODE_ROLES).toHaveLength(7);
});

describe('assignRole: ANALYST of an organisation, at the grantor’s own node', () => {
  // The node is always one the grantor administers: only the organisation decides.
  const rows = expand(ORGS, {
    bureau: '    ok ok ok ok ok ok ok',
    district: '  O  ok ok ok ok ok O',
    street: '    O  ok ok ok ok O  O',
    secretary: ' O  O  ok O  O  O  O', // its own community's committee only: a partner's enrolments are the partner's and its overseers'
    orgAdmin: '  F  F  F  F  F  F  F',
    analyst: '   F  F  F  F  F  F  F',
    token: '     F  F  F  F  F  F  F',
    anonymous: ' U  U  U  U  U  U  U',
  });
  it.each(rows)('%s enrols an ANALYST of %s → %s', (who, target, cell) => tryAssign(who, Role.ANALYST, target, cell));

  // Power over the organisation is not enough: the node must be the grantor's too.
  const elsewhere: [Who, Place, OrgAt, Cell][] = [
    ['secretary', 'sibCommunity', 'committee', 'F'],
    ['street', 'sibStreet', 'streetOffice', 'F'],
    ['district', 'otherDistrict', 'streetOffice', 'F'],
    // The organisation is the circle saved queries are shared in, not a bound on the node: both are the grantor's.
    ['bureau', 'otherDistrict', 'sibStreetCompany', 'ok'],
    ['street', 'community', 'sibCompany', 'ok'],
  ];
  it.each(elsewhere)('%s enrols an ANALYST at %s of %s → %s', (who, node, target, cell) =>
    tryAssign(who, Role.ANALYST, target, cell, node),
  );
});

describe('assignRole: ORG_ADMIN', () => {
  // An organisation's admin is appointed by the street office, district or bureau above it.
  const rows = expand(ORGS, {
    bureau: '    ok ok ok ok ok ok ok',
    district: '  F  ok ok ok ok ok F',
    street: '    F  ok ok ok ok F  F',
    secretary: ' F  F  F  F  F  F  F',
    orgAdmin: '  F  F  F  F  F  F  F',
    analyst: '   F  F  F  F  F  F  F',
    token: '     F  F  F  F  F  F  F',
    anonymous: ' U  U  U  U  U  U  U',
  });
  it.each(rows)('%s appoints the ORG_ADMIN of %s → %s', (who, target, cell) =>
    tryAssign(who, Role.ORG_ADMIN, target, cell),
  );
});

describe('assignRole: ORG_MEMBER', () => {
  const rows = expand(ORGS, {
    bureau: '    ok ok ok ok ok ok ok',
    district: '  F  ok ok ok ok ok F',
    street: '    F  ok ok ok ok F  F',
    secretary: ' F  F  ok O  F  F  F', // ranks above a member at the company's node, but the company is a partner
    orgAdmin: '  F  F  F  ok F  F  F', // its own organisation's members
    analyst: '   F  F  F  F  F  F  F',
    token: '     F  F  F  F  F  F  F',
    anonymous: ' U  U  U  U  U  U  U',
  });
  it.each(rows)('%s adds an ORG_MEMBER of %s → %s', (who, target, cell) =>
    tryAssign(who, Role.ORG_MEMBER, target, cell),
  );
});

describe('assignRole: roles held at a node cannot be placed in an organisation', () => {
  const lines = { token: 'F', anonymous: 'U' } as Partial<Record<Who, Cell>>;
  const rows = NODE_ROLES.flatMap((role) =>
    GRANTORS.flatMap((who) => ORGS.map((target): [Role, Who, OrgAt, Cell] => [role, who, target, lines[who] ?? 'B'])),
  );
  it.each(rows)('%s by %s in %s → %s', (role, who, target, cell) => tryAssign(who, role, target, cell));
});

describe('endRoleAssignment: ending needs the same power over the organisation', () => {
  /** A fresh assignment written directly, as a grant made before the check was in place would be. */
  async function seeded(role: Role, target: OrgAt, node: Place | null): Promise<number> {
    const o = org[target];
    const [row] = await t
      .em()
      .getConnection()
      .execute(
        node
          ? `insert into role_assignment (person_id, role, division_id, organisation_id, scope_path, starts_on) select ?, ?, d.id, ?, d.path, '2024-01-01' from division d where d.code = ? returning id`
          : `insert into role_assignment (person_id, role, organisation_id, scope_path, starts_on) values (?, ?, ?, ?, '2024-01-01') returning id`,
        node ? [assignee, role, o.id, code[node]] : [assignee, role, o.id, o.divisionPath],
      );
    return row.id as number;
  }
  const rows: [string, Role, OrgAt, Place | null, Who, Cell][] = [
    ['the bureau’s analyst at the community', Role.ANALYST, 'bureauOrg', 'community', 'secretary', 'O'],
    ['the bureau’s analyst at the community', Role.ANALYST, 'bureauOrg', 'community', 'street', 'O'],
    ['the bureau’s analyst at the community', Role.ANALYST, 'bureauOrg', 'community', 'analyst', 'F'],
    ['the bureau’s analyst at the community', Role.ANALYST, 'bureauOrg', 'community', 'token', 'F'],
    ['the bureau’s analyst at the community', Role.ANALYST, 'bureauOrg', 'community', 'anonymous', 'U'],
    ['the bureau’s analyst at the community', Role.ANALYST, 'bureauOrg', 'community', 'bureau', 'ok'],
    ['a sibling company’s member', Role.ORG_MEMBER, 'sibCompany', null, 'orgAdmin', 'F'],
    ['a sibling company’s member', Role.ORG_MEMBER, 'sibCompany', null, 'secretary', 'F'],
    ['a sibling company’s member', Role.ORG_MEMBER, 'sibCompany', null, 'street', 'ok'],
    ['the company’s member', Role.ORG_MEMBER, 'company', null, 'secretary', 'O'],
    ['the company’s member', Role.ORG_MEMBER, 'company', null, 'orgAdmin', 'ok'],
    ['the committee’s analyst at the community', Role.ANALYST, 'committee', 'community', 'secretary', 'ok'],
  ];
  it.each(rows)('%s (%s of %s at %s) ended by %s → %s', async (_what, role, target, node, who, cell) => {
    const id = await seeded(role, target, node);
    const res = await t.executeAs(as(who), Ops.EndRoleAssignmentDocument, { input: { id: String(id) } });
    expectAnswer(cell, res, 'endRoleAssignment');
    const after = await t.em().findOneOrFail(RoleAssignment, { id });
    if (cell === 'ok') expect(after.endsOn).toBeTruthy();
    else expect(after.endsOn).toBeNull();
  });
});

describe('decideApplication: approval makes the applicant the organisation’s ORG_ADMIN', () => {
  const PLACES = [
    'city',
    'street',
    'community',
    'sibCommunity',
    'sibStreetCommunity',
    'otherDistrictCommunity',
  ] as const;
  let serial = 0;
  /** A fresh application by `by` at `place`. */
  async function applied(by: string, place: Place): Promise<string> {
    const input = {
      name: `矩阵申请机构${++serial}`,
      kind: 'SOCIAL_ORGANISATION' as const,
      divisionCode: code[place],
      contactName: '周联络',
      contactPhone: '13800138000',
    };
    const res = await t.executeAs({ username: by }, Ops.ApplyToJoinDocument, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.applyToJoin.id;
  }
  async function expectDecided(orgId: string, applicantPerson: number, approved: boolean): Promise<void> {
    const row = await t.em().findOneOrFail(Organisation, { id: Number(orgId) });
    expect(row.status).toBe(approved ? OrganisationStatus.ACTIVE : OrganisationStatus.PENDING);
    expect(await countOf({ organisation: Number(orgId) })).toBe(approved ? 1 : 0);
    expect(await countOf({ person: applicantPerson, role: Role.ORG_ADMIN, organisation: Number(orgId) })).toBe(
      approved ? 1 : 0,
    );
  }

  const rows = expand(PLACES, {
    bureau: '    ok ok ok ok ok ok',
    district: '  F  ok ok ok ok F',
    street: '    F  ok ok ok F  F',
    secretary: ' F  F  F  F  F  F',
    orgAdmin: '  F  F  F  F  F  F',
    analyst: '   F  F  F  F  F  F',
    token: '     F  F  F  F  F  F',
    anonymous: ' U  U  U  U  U  U',
  });
  it.each(rows)('%s approves an application at %s → %s', async (who, place, cell) => {
    const id = await applied(applicant, place);
    const res = await t.executeAs(as(who), Ops.DecideApplicationDocument, {
      input: { organisationId: id, approve: true },
    });
    expectAnswer(cell, res, 'decideApplication');
    await expectDecided(id, applicantId, cell === 'ok');
  });

  it('nobody approves their own application: that would be giving themselves a role', async () => {
    const id = await applied('street.official', 'street');
    const streetOfficial = (await t.executeAs({ username: 'street.official' }, Ops.MeDocument)).data!.me.person!.id;
    const own = await t.executeAs({ username: 'street.official' }, Ops.DecideApplicationDocument, {
      input: { organisationId: id, approve: true },
    });
    expectAnswer('F', own, 'decideApplication');
    expect(own.errors![0].extensions?.reason).toBe('ROLES.OWN_ROLE');
    await expectDecided(id, Number(streetOfficial), false);
    // The office above decides it instead.
    const above = await t.executeAs({ username: 'district.official' }, Ops.DecideApplicationDocument, {
      input: { organisationId: id, approve: true },
    });
    expectAnswer('ok', above, 'decideApplication');
    await expectDecided(id, Number(streetOfficial), true);
  });
});
