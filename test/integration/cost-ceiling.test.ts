/**
 * One cost ceiling for every caller, over every list a request may return: the heaviest shapes the
 * schema allows (nested children, aliases × big pages, lists nested in pages, page sizes hidden in
 * variables, fragment bombs) are refused before any of their SQL runs, with the computed cost and
 * the ceiling; dashboard-sized queries pass; and a list whose data outgrows its declared bound
 * fails that field instead of answering more than was priced, or silently less.
 */
import { LIMITS } from '../../src/shared/limits';
import { queryMix } from '../bench/queries';
import { startTestApp, type GqlResponse, type TestApp } from '../harness/app';

const CITY = '530100000000';
const WUHUA = '530102000000';
let t: TestApp;
let bearer: string;
/** Statements a request refused before execution still sends: the sign-in's viewer lookup. */
let signInStatements: number;

const send = (query: string, variables: Record<string, unknown> = {}) =>
  t.post({ query, variables }, { authorization: `Bearer ${bearer}` });

/** The response and how many SQL statements the server sent for it. */
async function measured(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ res: GqlResponse<unknown>; statements: number }> {
  let res!: GqlResponse<unknown>;
  const statements = await t.countQueries(async () => {
    res = await send(query, variables);
  });
  return { res, statements };
}

beforeAll(async () => {
  t = await startTestApp();
  bearer = await t.tokenOf('bureau.admin');
  // A request refused by validation never executes: what it costs in SQL is the sign-in alone.
  const { res, statements } = await measured('{ me { shoeSize } }');
  expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  signInStatements = statements;
  // ...and an executed request sends more than that, so "no more than the sign-in" can fail.
  expect((await measured(`{ division(code: "${WUHUA}") { children { code } } }`)).statements).toBeGreaterThan(
    signInStatements,
  );
});

afterAll(async () => {
  await t?.close();
});

const children = (depth: number, leaf = 'name'): string =>
  depth === 0 ? leaf : `children { ${children(depth - 1, leaf)} }`;
const aliased = (n: number, body: string) => Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join('\n');

const HEAVY: [string, string, Record<string, unknown>][] = [
  [
    'the probe: two aliases of a 500-node page, children four deep',
    `{ ${aliased(2, `divisions(first: 500) { edges { node { code ${children(4)} } } }`)} }`,
    {},
  ],
  ['children five deep from the city', `{ division(code: "${CITY}") { ${children(5, 'code name kind')} } }`, {}],
  ['a 500-node page with grandchildren', `{ divisions(first: 500) { edges { node { code ${children(2)} } } } }`, {}],
  [
    'fifteen aliases × 500-node pages with organisations and role holders',
    `{ ${aliased(15, 'divisions(first: 500) { edges { node { code name kind parent { code name } organisations { id name } roleHolders { role person { name } } } } }')} }`,
    {},
  ],
  [
    'lists nested in a 500-item page: sessions, participants, opinions',
    `{ consultationMatters(under: "${CITY}", first: 500) { edges { node { id sessions { id participants { id name } opinions { text } } } } } }`,
    {},
  ],
  [
    'a page size hidden in a variable',
    'query Big($n: Int!) { divisions(first: $n) { edges { node { code name children { code name } } } } }',
    { n: 100_000 },
  ],
  [
    'the same lists through fragments',
    `query { ${aliased(3, 'divisions(first: 500) { edges { node { ...Deep } } }')} } fragment Deep on Division { code ${children(3)} }`,
    {},
  ],
  [
    'committees of the city with every seat, meeting, decision and follow-up',
    `{ partyCommittees(under: "${CITY}") { id seats { id person { name } } meetings { id decisions { text tasks { id progress { note } } } } } }`,
    {},
  ],
];

describe('the heaviest shapes are refused before any SQL runs', () => {
  it.each(HEAVY)('%s', async (_what, query, variables) => {
    const { res, statements } = await measured(query, variables);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const ext = res.errors![0].extensions!;
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMITS.COST_EXCEEDED', ceiling: LIMITS.cost });
    expect(ext.cost).toBeGreaterThan(LIMITS.cost);
    expect(res.status).toBe(400);
    expect(statements).toBe(signInStatements);
  });

  it('refuses a fragment bomb too large to price, with no cost to show', async () => {
    // Each level spreads the one below ten times: 10^5 selections from a few hundred tokens.
    const levels = Array.from(
      { length: 5 },
      (_, i) =>
        `fragment F${i} on Division { ${Array.from({ length: 10 }, () => (i === 4 ? 'code' : `...F${i + 1}`)).join(' ')} }`,
    );
    const { res, statements } = await measured(`{ division(code: "${WUHUA}") { ...F0 } } ${levels.join(' ')}`);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LIMITS.COST_EXCEEDED',
      cost: null,
      ceiling: LIMITS.cost,
    });
    expect(statements).toBe(signInStatements);
  });

  it('refuses anonymous callers the same way, before anything runs (one ceiling for all)', async () => {
    const query = `{ ${aliased(2, `divisions(first: 500) { edges { node { code ${children(4)} } } }`)} }`;
    let res!: GqlResponse<unknown>;
    const statements = await t.countQueries(async () => {
      res = await t.post({ query });
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMITS.COST_EXCEEDED' });
    expect(statements).toBe(0);
  });
});

describe('dashboard-sized queries pass', () => {
  it.each(queryMix('530102001000', '530102001001').map((q) => [q.id, q.title, q] as const))(
    'bench query (%s): %s',
    async (_id, _title, q) => {
      const street = (
        await t
          .em()
          .getConnection()
          .execute(`select code from division where kind = 'STREET' and code like '530102%' order by code limit 1`)
      )[0].code as string;
      const community = (
        await t
          .em()
          .getConnection()
          .execute(`select code from division where kind = 'COMMUNITY' and code like ? order by code limit 1`, [
            `${street.slice(0, 9)}%`,
          ])
      )[0].code as string;
      const variables = Object.fromEntries(
        Object.entries(q.variables)
          .filter(([, v]) => v !== '{CURSOR}')
          .map(([k, v]) => [k, v === '530102001000' ? street : v === '530102001001' ? community : v]),
      );
      const res = await send(q.query, variables);
      expect(res.errors).toBeUndefined();
      expect(res.data).not.toBeNull();
    },
  );

  it("the dashboard's largest call: a node's 500 children by page", async () => {
    const res = await send(
      'query DashboardChildren($parent: String!, $kinds: [DivisionKind!]) { divisions(parent: $parent, kinds: $kinds, first: 500) { edges { node { code name kind } } } }',
      { parent: CITY },
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as { divisions: { edges: unknown[] } }).divisions.edges).toHaveLength(14);
  });
});

describe('a declared bound holds on real data', () => {
  it('fails the field whose rows outgrow its bound, leaving the rest of the answer', async () => {
    const conn = t.em().getConnection();
    const [{ id, path }] = await conn.execute(`select id, path from division where code = ?`, [WUHUA]);
    const query = `{ division(code: "${WUHUA}") { code organisations { id } } }`;
    const before = await send(query);
    const present = (before.data as { division: { organisations: unknown[] } }).division.organisations.length;
    // Organisations at one node: declared at most 50.
    await conn.execute(
      `insert into organisation (name, kind, status, division_id, division_path) select '测试机构' || g, 'SOCIAL_ORGANISATION', 'ACTIVE', ?, ? from generate_series(1, ?) g`,
      [id, path, 51 - present],
    );
    const res = await send(query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].path).toEqual(['division', 'organisations']);
    expect(res.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.data).toEqual({ division: { code: WUHUA, organisations: null } });
  });
});
