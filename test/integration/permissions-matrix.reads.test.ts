/**
 * Role × subtree matrix of reads: every demo role and three partner tokens, against
 * nodes inside and outside their subtree, including through nested fields.
 * Grids read: ok | F = FORBIDDEN | U = UNAUTHENTICATED | m = masked | u = unmasked | h = hidden.
 */
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import type { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type GqlResponse, type TestApp } from '../harness/app';
import { firstUrbanCommunity } from '../harness/places';

type Verdict = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'masked' | 'unmasked' | 'hidden';
const PERSONS = {
  bureau: 'bureau.admin',
  district: 'district.official',
  street: 'street.official',
  secretary: 'community.secretary',
  analyst: 'analyst',
  property: 'property.admin',
} as const;
const TOKENS = {
  tokTreeOrgs: ['TREE_READ', 'ORGANISATIONS_READ'],
  tokTreePeople: ['TREE_READ', 'PEOPLE_READ'],
  tokPeople: ['PEOPLE_READ'],
} as const;
type Who = keyof typeof PERSONS | keyof typeof TOKENS | 'anonymous';
type PlaceName =
  | 'city'
  | 'district'
  | 'street'
  | 'community'
  | 'building'
  | 'sibCommunity'
  | 'sibBuilding'
  | 'sibStreet'
  | 'sibStreetCommunity'
  | 'sibStreetBuilding'
  | 'otherDistrict'
  | 'otherCommunity'
  | 'otherBuilding';
/** A node; for buildings its household head (as stored), for communities their property company. */
type Place = { code: string; head?: { id: string; phone: string; idNumber: string }; propertyOrgId?: string };
/** A response and the value at the field under test (phones and ID numbers for the masking checks). */
type Outcome = {
  res: GqlResponse<unknown>;
  value: unknown;
  phones?: (string | null | undefined)[];
  idNumbers?: (string | null | undefined)[];
  real?: Place['head'];
};

let t: TestApp;
const places = {} as Record<PlaceName, Place>;
const secrets = {} as Record<keyof typeof TOKENS, string>;
let propertyOrgId: string;
const as = (who: Who): As =>
  who === 'anonymous'
    ? null
    : who in PERSONS
      ? { username: PERSONS[who as keyof typeof PERSONS] }
      : { bearer: secrets[who as keyof typeof TOKENS] };

beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MatrixMeDocument);
  const communityCode = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const em = t.em();
  const node = (code: string) => em.findOneOrFail(Division, { code });
  const firstUrban = (under: Division, except = '') => firstUrbanCommunity(em, under, except);
  const withHead = async (community: Division): Promise<Place> => {
    const b = await em.findOneOrFail(
      Division,
      { path: { $like: `${community.path}%` }, kind: DivisionKind.BUILDING },
      { orderBy: { code: 'asc' }, populate: ['householdHead'] },
    );
    const h = b.householdHead as Person;
    expect(h.homePath).toBe(b.path); // the head lives in the building
    return { code: b.code, head: { id: String(h.id), phone: h.phone!, idNumber: h.idNumber! } };
  };
  const withOrg = async (community: Division): Promise<Place> => {
    const org = await em.findOneOrFail(Organisation, {
      division: community.id,
      kind: OrganisationKind.PROPERTY_COMPANY,
    });
    return { code: community.code, propertyOrgId: String(org.id) };
  };
  const [city, district, street, sibStreet, otherDistrict, community] = await Promise.all(
    ['530100000000', '530102000000', '530102001000', '530102002000', '530103000000', communityCode].map(node),
  );
  expect(community.path.startsWith(street.path)).toBe(true);
  const sibCommunity = await firstUrban(street, community.code);
  const sibStreetCommunity = await firstUrban(sibStreet);
  const otherCommunity = await firstUrban(otherDistrict);
  Object.assign(places, {
    city: { code: city.code },
    district: { code: district.code },
    street: { code: street.code },
    sibStreet: { code: sibStreet.code },
    otherDistrict: { code: otherDistrict.code },
    community: await withOrg(community),
    sibCommunity: await withOrg(sibCommunity),
    sibStreetCommunity: await withOrg(sibStreetCommunity),
    otherCommunity: await withOrg(otherCommunity),
    building: await withHead(community),
    sibBuilding: await withHead(sibCommunity),
    sibStreetBuilding: await withHead(sibStreetCommunity),
    otherBuilding: await withHead(otherCommunity),
  });
  const admin = await t.executeAs({ username: 'property.admin' }, Ops.MatrixMeDocument);
  propertyOrgId = admin.data!.me.roles[0].organisation!.id;
  expect(propertyOrgId).toBe(places.community.propertyOrgId); // placed at the secretary's community
  for (const [name, scopes] of Object.entries(TOKENS)) {
    const res = await t.executeAs({ username: 'property.admin' }, Ops.MatrixIssueTokenDocument, {
      organisationId: propertyOrgId,
      name,
      scopes: [...scopes],
    });
    expect(res.errors).toBeUndefined();
    secrets[name as keyof typeof TOKENS] = res.data!.issueToken.secret;
  }
});
afterAll(() => t?.close());

const pick = <R>(res: GqlResponse<R>, value: (d: R) => unknown): Outcome => ({
  res: res as GqlResponse<unknown>,
  value: res.data ? value(res.data) : undefined,
});
const head = <R>(
  res: GqlResponse<R>,
  p: Place,
  person: (d: R) => { phone: string | null; idNumber: string | null } | null,
): Outcome => {
  const v = res.data ? person(res.data) : undefined;
  return { res: res as GqlResponse<unknown>, value: v, phones: [v?.phone], idNumbers: [v?.idNumber], real: p.head };
};
const OPS: Record<string, (who: As, p: Place) => Promise<Outcome>> = {
  public: async (who, p) =>
    pick(await t.executeAs(who, Ops.MatrixDivisionPublicDocument, { code: p.code }), (d) => d.division),
  organisations: async (who, p) =>
    pick(
      await t.executeAs(who, Ops.MatrixDivisionOrganisationsDocument, { code: p.code }),
      (d) => d.division.organisations,
    ),
  roleHolders: async (who, p) =>
    pick(
      await t.executeAs(who, Ops.MatrixDivisionRoleHoldersDocument, { code: p.code }),
      (d) => d.division.roleHolders,
    ),
  holderPhones: async (who, p) => {
    const o = pick(await t.executeAs(who, Ops.MatrixRoleHolderPhonesDocument, { code: p.code }), (d) =>
      d.division.roleHolders?.map((r) => r.person?.phone),
    );
    return { ...o, phones: o.value as string[] };
  },
  headPerson: async (who, p) =>
    head(await t.executeAs(who, Ops.MatrixPersonDocument, { id: p.head!.id }), p, (d) => d.person),
  headNested: async (who, p) =>
    head(await t.executeAs(who, Ops.MatrixHouseholdHeadDocument, { code: p.code }), p, (d) => d.division.householdHead),
  organisationById: async (who, p) =>
    pick(await t.executeAs(who, Ops.MatrixOrganisationDocument, { id: p.propertyOrgId! }), (d) => d.organisation),
  // A cursor is the base64url of `k:<code>`: decoded, a failure shows which codes leak.
  cursors: async (who, p) =>
    pick(await t.executeAs(who, Ops.MatrixDivisionCursorsDocument, { under: p.code }), (d) =>
      d.divisions.edges.map((e) => Buffer.from(e.cursor, 'base64url').toString('utf8').slice(2)),
    ),
};

const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;
const MASKED_ID = /^\d{6}\*{8}[\dX]{4}$/;
const isAbsent = (v: unknown) => v == null || (Array.isArray(v) && v.length > 0 && v.every((x) => x == null));

function judge(expected: Verdict, o: Outcome): void {
  const errs = codes(o.res);
  if (expected === 'UNAUTHENTICATED') {
    expect(o.res.data).toBeNull();
    expect([...new Set(errs)]).toEqual(['UNAUTHENTICATED']);
    return;
  }
  if (expected === 'FORBIDDEN' || (expected === 'hidden' && errs.length > 0)) {
    expect([...new Set(errs)]).toEqual(['FORBIDDEN']);
    expect(isAbsent(o.value)).toBe(true);
    return;
  }
  expect(o.res.errors).toBeUndefined();
  if (expected === 'hidden') {
    // Nothing outside the caller's reach may leak, not even as a count or a cursor (which encodes a code).
    expect(o.value).toEqual([]);
    expect((o.res.data as { divisions: { totalCount: number } }).divisions.totalCount).toBe(0);
    return;
  }
  expect(isAbsent(o.value)).toBe(false);
  if (Array.isArray(o.value)) expect(o.value.length).toBeGreaterThan(0);
  if (expected === 'ok') return;
  const phones = o.phones!;
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) expect(phone).toMatch(expected === 'masked' ? MASKED_PHONE : /^1\d{10}$/);
  if (!o.real) return;
  const { phone, idNumber } = o.real;
  if (expected === 'unmasked') expect([phones[0], o.idNumbers![0]]).toEqual([phone, idNumber]);
  else {
    expect(phones[0]).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(o.idNumbers![0]).toMatch(MASKED_ID);
    expect(o.idNumbers![0]).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
  }
}

const ABBR: Record<string, Verdict> = {
  ok: 'ok',
  F: 'FORBIDDEN',
  U: 'UNAUTHENTICATED',
  m: 'masked',
  u: 'unmasked',
  h: 'hidden',
};
interface Row {
  who: Who;
  operation: string;
  target: PlaceName;
  expected: Verdict;
}
const rows: Row[] = [];
function grid(operation: string, targets: PlaceName[], cells: Partial<Record<Who, string>>): void {
  for (const [who, line] of Object.entries(cells)) {
    const verdicts = line.trim().split(/\s+/);
    if (verdicts.length !== targets.length)
      throw new Error(`${operation}/${who}: ${verdicts.length} cells for ${targets.length} targets`);
    verdicts.forEach((v, i) => rows.push({ who: who as Who, operation, target: targets[i], expected: ABBR[v] }));
  }
}

// Any person reads every node's public fields; a token (with TREE_READ) its subtree and the nodes above it.
grid(
  'public',
  ['city', 'district', 'street', 'community', 'building', 'sibCommunity', 'sibStreetCommunity', 'otherCommunity'],
  {
    bureau: '       ok ok ok ok ok ok ok ok',
    district: '     ok ok ok ok ok ok ok ok',
    street: '       ok ok ok ok ok ok ok ok',
    secretary: '    ok ok ok ok ok ok ok ok',
    analyst: '      ok ok ok ok ok ok ok ok',
    property: '     ok ok ok ok ok ok ok ok',
    tokTreeOrgs: '  ok ok ok ok ok F  F  F',
    tokTreePeople: 'ok ok ok ok ok F  F  F',
    tokPeople: '    F  F  F  F  F  F  F  F',
    anonymous: '    U  U  U  U  U  U  U  U',
  },
);
// Organisations and role holders at a node: roles with read power over it, tokens with ORGANISATIONS_READ in their subtree.
for (const op of ['organisations', 'roleHolders']) {
  grid(op, ['community', 'sibCommunity', 'sibStreetCommunity', 'otherCommunity', 'street', 'city'], {
    bureau: '       ok ok ok ok ok ok',
    district: '     ok ok ok F  ok F',
    street: '       ok ok F  F  ok F',
    secretary: '    ok F  F  F  F  F',
    analyst: '      ok ok ok ok ok ok',
    property: '     ok F  F  F  F  F',
    tokTreeOrgs: '  ok F  F  F  F  F',
    tokTreePeople: 'F  F  F  F  F  F',
    tokPeople: '    F  F  F  F  F  F',
    anonymous: '    U  U  U  U  U  U',
  });
}
// Phones of the role holders (who live at the node): unmasked for roles with personal-data power.
grid('holderPhones', ['community', 'sibCommunity', 'otherCommunity'], {
  bureau: '       u u u',
  district: '     u u F',
  street: '       u u F',
  secretary: '    u F F',
  analyst: '      m m m',
  property: '     m F F',
  tokTreeOrgs: '  F F F',
  tokTreePeople: 'F F F',
  tokPeople: '    F F F',
  anonymous: '    U U U',
});
// A building's household head, read by id and through the building.
const HEADS: PlaceName[] = ['building', 'sibBuilding', 'sibStreetBuilding', 'otherBuilding'];
const headGrid = (tokPeopleRow: string) => ({
  bureau: '       u u u u',
  district: '     u u u F',
  street: '       u u F F',
  secretary: '    u F F F',
  analyst: '      m m m m',
  property: '     m F F F',
  tokTreeOrgs: '  F F F F',
  tokTreePeople: 'm F F F',
  tokPeople: tokPeopleRow,
  anonymous: '    U U U U',
});
grid('headPerson', HEADS, headGrid('m F F F'));
grid('headNested', HEADS, headGrid('F F F F')); // no TREE_READ: the building itself is out of reach
// An organisation by id: readers of its node, and its own admin and tokens.
grid('organisationById', ['community', 'sibCommunity', 'otherCommunity'], {
  bureau: '       ok ok ok',
  district: '     ok ok F',
  street: '       ok ok F',
  secretary: '    ok F  F',
  analyst: '      ok ok ok',
  property: '     ok F  F',
  tokTreeOrgs: '  ok F  F',
  tokTreePeople: 'ok F  F',
  tokPeople: '    ok F  F',
  anonymous: '    U  U  U',
});
// Searching the tree must not reveal, through counts or cursors, nodes a token may not read.
grid('cursors', ['community', 'sibStreet'], {
  secretary: 'ok ok',
  tokTreeOrgs: 'ok h',
  tokPeople: 'h h',
  anonymous: 'U U',
});

describe('permission matrix: reads', () => {
  it.each(rows)('$who $operation @ $target → $expected', async ({ who, operation, target, expected }) => {
    judge(expected, await OPS[operation](as(who), places[target]));
  });

  // Nested lists: each community of the subtree shows its organisations exactly when the caller reads there.
  const SUBTREE: [Who, PlaceName, 'all' | 'street' | 'community' | 'FORBIDDEN' | 'UNAUTHENTICATED'][] = [
    ['bureau', 'district', 'all'],
    ['analyst', 'district', 'all'],
    ['district', 'district', 'all'],
    ['street', 'district', 'street'],
    ['secretary', 'street', 'community'],
    ['property', 'street', 'community'],
    ['tokTreeOrgs', 'community', 'community'],
    ['tokTreeOrgs', 'street', 'community'], // a token's search stays within its own subtree
    ['tokPeople', 'community', 'FORBIDDEN'], // no TREE_READ
    ['anonymous', 'street', 'UNAUTHENTICATED'],
  ];
  it.each(SUBTREE)('%s divisions(under: %s) { organisations } → %s', async (who, under, expected) => {
    const res = await t.executeAs(as(who), Ops.MatrixSubtreeOrganisationsDocument, { under: places[under].code });
    if (expected === 'FORBIDDEN' || expected === 'UNAUTHENTICATED')
      return judge(expected, { res, value: res.data?.divisions });
    const nodes = res.data!.divisions.edges.map((e) => e.node);
    const prefix = { all: '', street: places.street.code.slice(0, 9), community: places.community.code }[expected];
    const inside = nodes.filter((n) => n.code.startsWith(prefix));
    expect(inside.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.organisations !== null).map((n) => n.code)).toEqual(inside.map((n) => n.code));
    expect(inside.every((n) => n.organisations!.length >= 2)).toBe(true); // committee and party organisation at least
    const outside = nodes.length - inside.length;
    expect(codes(res)).toEqual(Array(outside).fill('FORBIDDEN'));
    if (expected !== 'all' && expected !== 'community') expect(outside).toBeGreaterThan(0);
  });

  // me { roles { division { … } } }: each person sees their own roles and the organisations where they hold them.
  const ME: [Who, PlaceName | null][] = [
    ['bureau', 'city'],
    ['district', 'district'],
    ['street', 'street'],
    ['secretary', 'community'],
    ['analyst', 'city'],
    ['property', null],
  ];
  it.each(ME)('%s me.roles.division → %s', async (who, place) => {
    const res = await t.executeAs(as(who), Ops.MatrixMeDocument);
    expect(res.errors).toBeUndefined();
    const [role] = res.data!.me.roles;
    expect(res.data!.me.roles).toHaveLength(1);
    if (place === null)
      expect(role).toMatchObject({ role: 'ORG_ADMIN', division: null, organisation: { id: propertyOrgId } });
    // A list (possibly empty, as at a district), not null: the holder reads organisations where they hold the role.
    else expect(role.division).toEqual({ code: places[place].code, organisations: expect.any(Array) });
  });

  it.each(Object.keys(TOKENS) as (keyof typeof TOKENS)[])('%s me → its organisation and scopes', async (who) => {
    const res = await t.executeAs(as(who), Ops.MatrixMeDocument);
    const me = res.data!.me;
    expect(me).toMatchObject({ kind: 'TOKEN', roles: [], organisation: { id: propertyOrgId } });
    expect([...me.scopes!].sort()).toEqual([...TOKENS[who]].sort());
    // The organisation's node is a tree node: readable only with TREE_READ.
    if ((TOKENS[who] as readonly string[]).includes('TREE_READ')) {
      expect(res.errors).toBeUndefined();
      expect(me.organisation!.division).toEqual({ code: places.community.code });
    } else {
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(me.organisation!.division).toBeNull();
    }
  });

  // Nested lists of tree nodes: a person lists any node's children; a token reading an ancestor of its
  // node lists its own branch there, and neither sees its siblings nor loses the whole ancestor.
  it('secretary division(street) { children } → every community of the street', async () => {
    const res = await t.executeAs(as('secretary'), Ops.DivisionDocument, { code: places.street.code });
    expect(res.errors).toBeUndefined();
    expect(res.data!.division.children.map((c) => c.code)).toEqual(
      expect.arrayContaining([places.community.code, places.sibCommunity.code]),
    );
  });
  it('tokTreeOrgs division(street) { ancestors children } → its own community only', async () => {
    const res = await t.executeAs(as('tokTreeOrgs'), Ops.DivisionDocument, { code: places.street.code });
    expect(codes(res).filter((c) => c !== 'FORBIDDEN')).toEqual([]);
    expect(res.data?.division ?? res.errors).toMatchObject({
      code: places.street.code,
      ancestors: [{ code: places.city.code }, { code: places.district.code }],
    });
    expect(res.data!.division.children.filter((c) => c !== null).map((c) => c.code)).toEqual([places.community.code]);
  });

  it('anonymous me → UNAUTHENTICATED', async () => {
    judge('UNAUTHENTICATED', { res: await t.executeAs(null, Ops.MatrixMeDocument), value: null });
  });
});
