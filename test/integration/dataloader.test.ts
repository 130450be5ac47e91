import { StreetDashboardDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** SQL statements for one dashboard request listing `first` communities of the city. */
async function statementsFor(first: number): Promise<{ statements: number; rows: number }> {
  let rows = 0;
  const statements = await t.countQueries(async () => {
    const res = await t.executeAs({ username: 'bureau.admin' }, StreetDashboardDocument, { under: '530100000000', first });
    expect(res.errors).toBeUndefined();
    const edges = res.data!.divisions.edges;
    rows = edges.length;
    // Every community comes back with its street, its district and its organisations.
    for (const { node } of edges) {
      expect(node.parent?.parent?.code).toMatch(/^5301\d{2}000000$/);
      expect(node.organisations?.length).toBeGreaterThanOrEqual(2);
    }
  });
  return { statements, rows };
}

describe('lists resolve relations through DataLoaders (no N+1)', () => {
  it('sends as many SQL statements for 200 communities as for 10', async () => {
    await statementsFor(5); // warm-up: metadata and prepared plans
    const small = await statementsFor(10);
    const large = await statementsFor(200);
    expect(small.rows).toBe(10);
    expect(large.rows).toBe(200);
    expect(large.statements).toBe(small.statements);
    // the caller's roles, the `under` node, the page, its streets, their districts, the organisations
    expect(large.statements).toBeLessThanOrEqual(6);
  });
});
