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
    const res = await t.executeAs({ username: 'bureau.admin' }, StreetDashboardDocument, {
      under: '530100000000',
      first,
    });
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

/** Statements for one request posted as `username`, which must succeed; `check` sees its data. */
async function statementsOf(username: string, query: string, check: (data: never) => void): Promise<number> {
  const token = await t.tokenOf(username);
  return t.countQueries(async () => {
    const res = await t.post({ query }, { authorization: `Bearer ${token}` });
    expect(res.errors).toBeUndefined();
    check(res.data as never);
  });
}

describe("committees' meetings, decisions, tasks and progress (no N+1)", () => {
  const STREET = '530102001000';
  // A street's committees with their whole meetings would cost more than the ceiling: the street
  // is measured on its meetings, one committee on everything beneath them.
  const meetingsUnder = (under: string) => `{ partyCommittees(under: "${under}") { id meetings { id title heldOn } } }`;
  const wholeMeetings = (code: string) =>
    `{ partyCommittee(communityCode: "${code}") { id meetings { id title decisions { id text tasks { id title progress { note done } } } } } }`;
  type Whole = {
    partyCommittee: {
      meetings: {
        title: string;
        decisions: { text: string; tasks: { title: string; progress: { note: string }[] }[] }[];
      }[];
    };
  };
  let many: string;
  let single: string;

  beforeAll(async () => {
    // Every committee of the street but the last gets two meetings, each with two decisions of two
    // tasks with two reports; the last one meeting of one decision of one task with one report.
    const conn = t.em().getConnection();
    const committees = await conn.execute<{ id: number; community_path: string }[]>(
      `select c.id, c.community_path from party_committee c join division d on c.community_path like d.path || '%' where d.code = ? order by c.community_path`,
      [STREET],
    );
    expect(committees.length).toBeGreaterThan(2);
    const code = (path: string) => path.split('/').filter(Boolean).at(-1)!;
    many = code(committees[0].community_path);
    single = code(committees.at(-1)!.community_path);
    const [unit] = await conn.execute<{ id: number }[]>(`select id from organisation order by id limit 1`);
    for (const c of committees) {
      const n = c === committees.at(-1) ? [1] : [1, 2];
      for (const m of n) {
        const [meeting] = await conn.execute<{ id: number }[]>(
          `insert into committee_meeting (committee_id, community_path, title, held_on, agenda, attendee_seat_ids) values (?, ?, ?, ?, '{议题}', '{}') returning id`,
          [c.id, c.community_path, `会议${m}`, `2026-0${m}-15`],
        );
        for (const d of n) {
          const [decision] = await conn.execute<{ id: number }[]>(
            `insert into committee_decision (meeting_id, text) values (?, ?) returning id`,
            [meeting.id, `决定${d}`],
          );
          for (const k of n) {
            const [task] = await conn.execute<{ id: number }[]>(
              `insert into follow_up_task (decision_id, unit_id, community_path, title, due_on, status) values (?, ?, ?, ?, '2026-12-31', 'OPEN') returning id`,
              [decision.id, unit.id, c.community_path, `任务${k}`],
            );
            for (const r of n)
              await conn.execute(`insert into follow_up_progress (task_id, note, done) values (?, ?, false)`, [
                task.id,
                `进展${r}`,
              ]);
          }
        }
      }
    }
  });

  it("take as many SQL statements for a street's committees as for one committee", async () => {
    const measure = async (under: string) => {
      let committees = 0;
      const statements = await statementsOf(
        'district.official',
        meetingsUnder(under),
        (data: { partyCommittees: { meetings: unknown[] }[] }) => {
          committees = data.partyCommittees.length;
          for (const c of data.partyCommittees) expect(c.meetings.length).toBeGreaterThanOrEqual(1);
        },
      );
      return { committees, statements };
    };
    await measure(many); // warm-up
    const one = await measure(many);
    const street = await measure(STREET);
    expect(one.committees).toBe(1);
    expect(street.committees).toBeGreaterThan(2);
    expect(street.statements).toBe(one.statements);
  });

  it('take as many for two meetings of two decisions of two tasks with two reports as for one of each', async () => {
    const measure = (code: string, size: number) =>
      statementsOf('district.official', wholeMeetings(code), (data: Whole) => {
        const meetings = data.partyCommittee.meetings;
        expect(meetings).toHaveLength(size);
        for (const m of meetings)
          for (const d of m.decisions) for (const task of d.tasks) expect(task.progress).toHaveLength(size);
      });
    await measure(single, 1); // warm-up
    expect(await measure(many, 2)).toBe(await measure(single, 1));
  });

  it('keep their order: meetings newest first; decisions, tasks and reports oldest first', async () => {
    await statementsOf('district.official', wholeMeetings(many), (data: Whole) => {
      const meetings = data.partyCommittee.meetings;
      expect(meetings.map((m) => m.title)).toEqual(['会议2', '会议1']);
      expect(meetings[0].decisions.map((d) => d.text)).toEqual(['决定1', '决定2']);
      expect(meetings[0].decisions[0].tasks.map((k) => k.title)).toEqual(['任务1', '任务2']);
      expect(meetings[0].decisions[0].tasks[0].progress.map((p) => p.note)).toEqual(['进展1', '进展2']);
    });
  });
});

describe("matters' published results (no N+1)", () => {
  const query = (first: number) =>
    `{ consultationMatters(under: "530102000000", states: [PUBLISHED, IMPLEMENTING, EVALUATING, CLOSED], first: ${first}) { edges { node { id result { matterId decision platformName ballotsCast } } } } }`;
  type Matters = {
    consultationMatters: {
      edges: { node: { id: string; result: { matterId: string; decision: string; platformName: string } | null } }[];
    };
  };

  it('take as many SQL statements for 20 matters with their results as for one', async () => {
    const measure = async (first: number) => {
      let rows = 0;
      const statements = await statementsOf('bureau.admin', query(first), (data: Matters) => {
        const edges = data.consultationMatters.edges;
        rows = edges.length;
        for (const { node } of edges)
          expect(node.result).toMatchObject({
            matterId: node.id,
            decision: expect.any(String),
            platformName: expect.any(String),
          });
      });
      return { rows, statements };
    };
    await measure(1); // warm-up
    const one = await measure(1);
    const many = await measure(20);
    expect(one.rows).toBe(1);
    expect(many.rows).toBe(20);
    expect(many.statements).toBe(one.statements);
  });
});
