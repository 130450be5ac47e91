/**
 * Heavy requests resolved in slices (src/shared/slicing.ts) answer exactly what they answer at
 * once: the same JSON for the heaviest shapes an administrator may ask, and the same refusals,
 * row by row, for an account whose reach is one street. The bound is lowered to 50 object fields
 * so that the seeded city's requests are sliced; the reference answer is taken with slicing off
 * (the same server and database, its setting switched between the two requests).
 */
import { scheduler } from '../../src/shared/slicing';
import { startTestApp, type GqlResponse, type TestApp } from '../harness/app';

const SLICE_AFTER = 50;
const CITY = '530100000000';
const WUHUA = '530102000000';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ HEAVY_SLICE_AFTER: String(SLICE_AFTER) });
});
afterAll(() => t?.close());

interface Answer {
  res: GqlResponse<unknown>;
  /** Calls the scheduler ran for this request. */
  sliced: number;
}

/** `query` as `username`, with slicing after `after` object fields (0: never). */
async function ask(username: string, query: string, after: number): Promise<Answer> {
  const authorization = `Bearer ${await t.tokenOf(username)}`;
  t.app.config.sliceAfterFields = after;
  try {
    const before = scheduler.ran;
    const res = await t.post({ query }, { authorization });
    return { res, sliced: scheduler.ran - before };
  } finally {
    t.app.config.sliceAfterFields = SLICE_AFTER;
  }
}

/** A response's errors without their request ids, in path order (slices may report them in another order). */
const errorsOf = (res: GqlResponse<unknown>) =>
  (res.errors ?? [])
    .map(({ message, path, extensions }) => ({ message, path, code: extensions?.code, reason: extensions?.reason }))
    .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

const aliased = (n: number, body: string) => Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join('\n');

it('a heavy allowed request answers the same JSON sliced as at once', async () => {
  const query = `{ ${aliased(3, `divisions(under: "${CITY}", first: 200) { edges { node { code name kind parent { code name parent { code name } } organisations { id name kind } roleHolders { role person { name phone } } } } }`)} }`;
  const atOnce = await ask('bureau.admin', query, 0);
  const sliced = await ask('bureau.admin', query, SLICE_AFTER);
  expect(atOnce.res.errors).toBeUndefined();
  expect(atOnce.sliced).toBe(0);
  // Every object field past the first 50 went through the scheduler: 3 × 200 nodes, each with 5 or more.
  expect(sliced.sliced).toBeGreaterThan(3 * 200 * 5);
  expect(sliced.res.raw).toBe(atOnce.res.raw);
  expect((atOnce.res.data as { a0: { edges: unknown[] } }).a0.edges).toHaveLength(200);
});

it("a street official's heavy request is refused, row by row, exactly what it is refused at once", async () => {
  // The district's first 300 nodes: the official's own street reads its role holders, the rest of the district does not.
  const query = `{ divisions(under: "${WUHUA}", first: 300) { edges { node { code name parent { code } roleHolders { role person { name phone } } } } } }`;
  const atOnce = await ask('street.official', query, 0);
  const sliced = await ask('street.official', query, SLICE_AFTER);
  expect(sliced.sliced).toBeGreaterThan(300);
  expect(sliced.res.data).toEqual(atOnce.res.data);
  expect(errorsOf(sliced.res)).toEqual(errorsOf(atOnce.res));
  // Both kinds of rows are there: refused ones (FORBIDDEN, null) and readable ones with their people.
  const edges = (sliced.res.data as { divisions: { edges: { node: { roleHolders: unknown[] | null } }[] } }).divisions
    .edges;
  const refused = edges.filter((e) => e.node.roleHolders === null).length;
  expect(refused).toBeGreaterThan(0);
  expect(refused).toBeLessThan(edges.length);
  expect(errorsOf(sliced.res)).toHaveLength(refused);
  expect(new Set(errorsOf(sliced.res).map((e) => e.code))).toEqual(new Set(['FORBIDDEN']));
});

it('light requests are never sliced', async () => {
  const { res, sliced } = await ask(
    'street.official',
    '{ me { kind person { name } roles { role division { code name } } } }',
    SLICE_AFTER,
  );
  expect(res.errors).toBeUndefined();
  expect(sliced).toBe(0);
});

it('counts light requests in flight only while they run: answered, refused row by row, in error or turned heavy', async () => {
  expect(t.app.config.heavyFloorMs).toBeGreaterThan(0);
  const refused = `{ divisions(under: "${WUHUA}", first: 20) { edges { node { code roleHolders { role person { name } } } } } }`;
  const heavy = `{ divisions(under: "${CITY}", first: 100) { edges { node { code parent { code } } } } }`;
  const answers = await Promise.all([
    ask('street.official', '{ me { kind person { name } roles { role division { code name } } } }', SLICE_AFTER),
    ask('street.official', refused, SLICE_AFTER),
    ask('bureau.admin', heavy, SLICE_AFTER),
    ask('bureau.admin', '{ division(code: "nope") { code parent { code } } }', SLICE_AFTER),
  ]);
  expect(answers[0].res.errors).toBeUndefined();
  expect(errorsOf(answers[1].res).length + errorsOf(answers[3].res).length).toBeGreaterThan(0);
  expect(answers[2].sliced).toBeGreaterThan(0);
  expect(scheduler.lightInFlight).toBe(0);
});
