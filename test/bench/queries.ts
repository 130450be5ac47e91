/**
 * The benchmark's query mix, versioned: change the version whenever a query changes, so that
 * results of different mixes are never compared. `{STREET}` and `{COMMUNITY}` are replaced by
 * the codes the runner picks; `{CURSOR}` by the end cursor of the search's first page.
 */
export const QUERY_MIX_VERSION = 4;

/** One benchmarked GraphQL request, and the hand-written SQL answering the same JSON, if any. */
export interface BenchQuery {
  id: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i';
  title: string;
  query: string;
  variables: Record<string, string | number>;
  /** The raw-SQL twin (the limit), as `[sql, params]` builder for the same variables. */
  sql?: (vars: Record<string, string | number>, today: string) => [string, unknown[]];
}

const A = `query StreetDashboard($under: String!) {
  divisions(under: $under, first: 300) {
    edges { node {
      code name kind
      parent { code name parent { code name } }
      organisations { id name kind }
      roleHolders { role person { name phone } }
    } }
  }
}`;

const B = `query CommunityPage($code: String!) {
  division(code: $code) {
    code name kind communityType
    ancestors { code name }
    children { code name kind children { code name householdHead { name phone } } }
    organisations { id name kind roleHolders { role person { name } } }
    roleHolders { role startsOn person { name phone idNumber } }
  }
}`;

const C = `query SearchGroups($under: String!, $after: String) {
  divisions(under: $under, kinds: [GROUP], nameContains: "小组", first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { code name kind } }
  }
}`;

const D = `query StreetFigures($code: String!) {
  figures(code: $code) { division { code name } districts streets communities urbanCommunities villageToResidenceCommunities villages groups buildings }
}`;

const E = `query StreetFacilities($code: String!) {
  facilityFigures(code: $code) { kinds { kind facilities meetingStandard upgraded investmentYuan } steps { step upgrades investmentYuan } }
}`;

const F = `query CurrentList {
  currentWorkList { label workItems sealItems items { code kind title category legalBasis department } }
}`;

const G = `query VillageStaff($code: String!) {
  staff(code: $code) { kind post grade secretaryAlsoDirector person { name phone } }
}`;

const H = `query StreetCommittees($under: String!) {
  partyCommittees(under: $under) { name big community { name } seats { kind status active person { name } unit { name kind } } }
}`;

const I = `query StreetOpenMatters($under: String!) {
  consultationMatters(under: $under, states: [PROPOSED, ACCEPTED, DELIBERATING, VOTING, DECIDED, PUBLISHED, IMPLEMENTING, EVALUATING], first: 100) {
    totalCount
    edges { node {
      id title state platform { code name }
      sessions { id title status startsAt participants { id kind } }
      votes { id status eligible ballotsCast tallies { option ballots } adopted }
    } }
  }
}`;

const ACTIVE_ROLE = `r.starts_on <= $2::date and (r.ends_on is null or r.ends_on >= $2::date)`;

/** The subtree of a street, with parents, organisations and role holders, as one JSON value. */
const SQL_A = `
select json_build_object('data', json_build_object('divisions', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object(
    'code', d.code, 'name', d.name, 'kind', d.kind,
    'parent', (select json_build_object('code', p.code, 'name', p.name,
                 'parent', (select json_build_object('code', g.code, 'name', g.name) from division g where g.id = p.parent_id))
               from division p where p.id = d.parent_id),
    'organisations', coalesce((select json_agg(json_build_object('id', o.id::text, 'name', o.name, 'kind', o.kind) order by o.id)
                               from organisation o where o.division_id = d.id and o.status = 'ACTIVE'), '[]'::json),
    'roleHolders', coalesce((select json_agg(json_build_object('role', r.role, 'person', json_build_object('name', pe.name, 'phone', pe.phone)) order by r.id)
                             from role_assignment r join person pe on pe.id = r.person_id
                             where r.division_id = d.id and ${ACTIVE_ROLE}), '[]'::json)
  )) order by d.code), '[]'::json)))) as body
from (select * from division where path like (select path from division where code = $1) || '%' order by code limit 300) d`;

/** A community's page as one JSON value. */
const SQL_B = `
select json_build_object('data', json_build_object('division', json_build_object(
  'code', c.code, 'name', c.name, 'kind', c.kind, 'communityType', c.community_type,
  'ancestors', (select json_agg(json_build_object('code', a.code, 'name', a.name) order by a.level)
                from division a where c.path like a.path || '%' and a.id <> c.id),
  'children', coalesce((select json_agg(json_build_object('code', g.code, 'name', g.name, 'kind', g.kind,
                 'children', coalesce((select json_agg(json_build_object('code', b.code, 'name', b.name,
                     'householdHead', (select json_build_object('name', h.name, 'phone', h.phone) from person h where h.id = b.household_head_id)) order by b.code)
                   from division b where b.parent_id = g.id), '[]'::json)) order by g.code)
               from division g where g.parent_id = c.id), '[]'::json),
  'organisations', coalesce((select json_agg(json_build_object('id', o.id::text, 'name', o.name, 'kind', o.kind,
                     'roleHolders', coalesce((select json_agg(json_build_object('role', r.role, 'person', json_build_object('name', pe.name)) order by r.id)
                        from role_assignment r join person pe on pe.id = r.person_id where r.organisation_id = o.id and ${ACTIVE_ROLE}), '[]'::json)) order by o.id)
                   from organisation o where o.division_id = c.id and o.status = 'ACTIVE'), '[]'::json),
  'roleHolders', coalesce((select json_agg(json_build_object('role', r.role, 'startsOn', r.starts_on,
                    'person', json_build_object('name', pe.name, 'phone', pe.phone, 'idNumber', pe.id_number)) order by r.id)
                  from role_assignment r join person pe on pe.id = r.person_id where r.division_id = c.id and ${ACTIVE_ROLE}), '[]'::json)
))) as body
from division c where c.code = $1`;

/** The mix, for a street and one of its communities. */
export function queryMix(street: string, community: string): BenchQuery[] {
  return [
    {
      id: 'a',
      title: "street's subtree with parents, organisations, role holders",
      query: A,
      variables: { under: street },
      sql: (v, d) => [SQL_A, [v.under, d]],
    },
    {
      id: 'b',
      title: "one community's full page",
      query: B,
      variables: { code: community },
      sql: (v, d) => [SQL_B, [v.code, d]],
    },
    {
      id: 'c',
      title: 'subtree search, filtered, second page',
      query: C,
      variables: { under: street, after: '{CURSOR}' },
    },
    { id: 'd', title: "the street's figures", query: D, variables: { code: street } },
    { id: 'e', title: "the street's facility figures", query: E, variables: { code: street } },
    { id: 'f', title: 'the work-item list in force, all items', query: F, variables: {} },
    { id: 'g', title: "a village's staff with their people", query: G, variables: { code: community } },
    {
      id: 'h',
      title: "the street's party committees with seats, holders and units",
      query: H,
      variables: { under: street },
    },
    {
      id: 'i',
      title: "the street's open consultation matters with sessions and vote tallies",
      query: I,
      variables: { under: street },
    },
  ];
}
