/**
 * Analysts' saved queries: saved from the playground (validated), run again as the caller (same
 * permissions and masking as a request to /graphql), shared with the analysts of the same
 * organisation and no one else, and exported as CSV (UTF-8 with a BOM, streamed).
 */
import { parse, print } from 'graphql';
import { operationCosts } from '../../src/modules/analysts/cost';
import { buildBareSchema } from '../../src/schema';
import { Role } from '../../src/auth/roles';
import { maskIdNumber, maskPhone } from '../../src/modules/people/masking';
import { Account } from '../../src/modules/auth/account.entity';
import { SavedQuery } from '../../src/modules/analysts/saved-query.entity';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { Division } from '../../src/modules/tree/division.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

const CITY = '530100000000';
const WUHUA = '530102000000';
const PANLONG = '530103000000';

let t: TestApp;
let bureau: Organisation;
let otherOrg: Organisation;
/** An analyst of the bureau held at 五华区 only; an analyst of another organisation held at the city. */
let colleague: string;
let outsider: string;

const DIVISIONS = `query Communities($under: String!, $first: Int!) {
  divisions(under: $under, kinds: [COMMUNITY], first: $first) {
    totalCount
    edges { node { code name parent { name } } }
  }
}`;
const PERSON = 'query P($id: ID!) { person(id: $id) { name phone idNumber } }';

/** Gives an existing person without roles an ANALYST assignment (through the API, as the bureau's admin) and a login. */
async function newAnalyst(divisionCode: string, organisationId: number, skip: number): Promise<string> {
  const em = t.em();
  const [person] = await em.find(
    Person,
    { id: { $nin: (await em.find(RoleAssignment, {}, { fields: ['person'] })).map((r) => r.person.id) } },
    { orderBy: { id: 'asc' }, offset: skip, limit: 1 },
  );
  const res = await t.executeAs({ username: 'bureau.admin' }, Ops.AssignRoleDocument, {
    input: { personId: String(person.id), role: 'ANALYST', divisionCode, organisationId: String(organisationId) },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data?.assignRole.organisation?.id).toBe(String(organisationId));
  return t.addLogin(person.id);
}

const save = (as: string, name: string, document: string, variables: Record<string, unknown> = {}) =>
  t.executeAs({ username: as }, Ops.SaveQueryDocument, { input: { name, document, variables } });

async function saved(
  as: string,
  name: string,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const res = await save(as, name, document, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.saveQuery.id;
}

const run = (as: string, id: string, variables?: Record<string, unknown>) =>
  t.executeAs({ username: as }, Ops.RunSavedQueryDocument, { id, variables });

async function exportCsv(as: string | null, id: string, variables?: Record<string, unknown>) {
  const query = variables ? `?variables=${encodeURIComponent(JSON.stringify(variables))}` : '';
  const headers: Record<string, string> = as ? { authorization: `Bearer ${await t.tokenOf(as)}` } : {};
  const res = await fetch(`${t.url}/export/saved-queries/${id}.csv${query}`, { headers });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
const jsonOf = (bytes: Buffer) =>
  JSON.parse(bytes.toString('utf8')) as { errors: { extensions: { code: string; reason: string } }[] };

beforeAll(async () => {
  // Hour-long budget windows, so that the charges of one export land in one window (see the paging test).
  t = await startTestApp({ ANALYST_BUDGET_WINDOW_SECONDS: '3600' });
  const em = t.em();
  bureau = await em.findOneOrFail(Organisation, { kind: OrganisationKind.CIVIL_AFFAIRS_BUREAU });
  otherOrg = await em.findOneOrFail(Organisation, { kind: OrganisationKind.STREET_OFFICE }, { orderBy: { id: 'asc' } });
  colleague = await newAnalyst(WUHUA, bureau.id, 0);
  outsider = await newAnalyst(CITY, otherOrg.id, 1);
});
afterAll(() => t?.close());

describe('the demo analyst', () => {
  it('works for the bureau, as the seeds say', async () => {
    const em = t.em();
    const account = await em.findOneOrFail(Account, { username: 'analyst' });
    const grant = await em.findOneOrFail(RoleAssignment, { person: account.person.id, role: Role.ANALYST });
    expect(grant.organisation?.id).toBe(bureau.id);
  });
});

describe('saving a query (保存查询)', () => {
  it('keeps the document and variables under the analyst and their organisation, private at first', async () => {
    const res = await save('analyst', '五华区的社区', DIVISIONS, { under: WUHUA, first: 5 });
    expect(res.errors).toBeUndefined();
    const q = res.data!.saveQuery;
    expect(q).toMatchObject({
      name: '五华区的社区',
      document: DIVISIONS,
      variables: { under: WUHUA, first: 5 },
      shared: false,
      mine: true,
      organisation: { id: String(bureau.id) },
    });
    expect(q.exportPath).toBe(`/export/saved-queries/${q.id}.csv`);
    const row = await t.em().findOneOrFail(SavedQuery, { id: Number(q.id) });
    expect(row.organisation?.id).toBe(bureau.id);
    expect(row.owner.id).toBe((await t.em().findOneOrFail(Account, { username: 'analyst' })).person.id);
  });

  it.each([
    ['a mutation', 'mutation { login(username: "a", password: "b") { token } }', {}, 'ANALYSTS.QUERIES_ONLY'],
    [
      'a subscription-like second operation',
      'query A { me { kind } } query B { me { kind } }',
      {},
      'ANALYSTS.ONE_OPERATION',
    ],
    ['text that does not parse', 'query { me { kind }', {}, 'ANALYSTS.BAD_DOCUMENT'],
    ['a field the schema does not have', 'query { me { shoeSize } }', {}, 'ANALYSTS.INVALID_DOCUMENT'],
    [
      'a query over the cost limit',
      `query { divisions(first: 5000) { edges { node { children { code name parent { code name children { code name } } } } } } }`,
      {},
      'ANALYSTS.INVALID_DOCUMENT',
    ],
    ['a run of saved queries (it could run itself)', 'query { runSavedQuery(id: "1") }', {}, 'ANALYSTS.NESTED_RUN'],
    ['an undeclared variable', 'query { me { kind } }', { under: '1' }, 'ANALYSTS.UNKNOWN_VARIABLES'],
  ])('refuses %s', async (_what, document, variables, reason) => {
    const before = await t.em().count(SavedQuery, {});
    const res = await save('analyst', `refused ${reason}`, document, variables);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions?.reason).toBe(reason);
    expect(await t.em().count(SavedQuery, {})).toBe(before);
  });

  it('refuses an empty name and a second query of the same name', async () => {
    expect(codes(await save('analyst', '   ', PERSON))).toEqual(['BAD_USER_INPUT']);
    const twice = await save('analyst', '五华区的社区', PERSON);
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].extensions?.reason).toBe('ANALYSTS.NAME_TAKEN');
  });

  it('is for analysts: an official is refused, anonymous callers too', async () => {
    const official = await save('district.official', 'mine', PERSON);
    expect(codes(official)).toEqual(['FORBIDDEN']);
    expect(official.errors![0].extensions?.reason).toBe('ANALYSTS.ANALYST_REQUIRED');
    expect(codes(await t.executeAs(null, Ops.SaveQueryDocument, { input: { name: 'x', document: PERSON } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await t.executeAs({ username: 'district.official' }, Ops.SavedQueriesDocument))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('changes only for its owner, revalidated', async () => {
    const id = await saved('analyst', 'to change', 'query { me { kind } }');
    const bad = await t.executeAs({ username: 'analyst' }, Ops.UpdateSavedQueryDocument, {
      id,
      input: { document: 'mutation { deleteSavedQuery(id: 1) }' },
    });
    expect(bad.errors![0].extensions?.reason).toBe('ANALYSTS.QUERIES_ONLY');
    const ok = await t.executeAs({ username: 'analyst' }, Ops.UpdateSavedQueryDocument, {
      id,
      input: { name: '我的身份', document: PERSON, variables: { id: '1' } },
    });
    expect(ok.data?.updateSavedQuery).toMatchObject({ name: '我的身份', document: PERSON, variables: { id: '1' } });
    const other = await t.executeAs({ username: colleague }, Ops.UpdateSavedQueryDocument, {
      id,
      input: { name: 'mine now' },
    });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.em().findOneOrFail(SavedQuery, { id: Number(id) })).name).toBe('我的身份');
  });
});

describe('running a saved query (运行查询)', () => {
  it('answers what the same request to /graphql answers, with variables overridden by the run', async () => {
    const id = await saved('analyst', 'communities to run', DIVISIONS, { under: WUHUA, first: 3 });
    const direct = await t.post(
      { query: DIVISIONS, variables: { under: WUHUA, first: 3 } },
      { authorization: `Bearer ${await t.tokenOf('analyst')}` },
    );
    const res = await run('analyst', id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.runSavedQuery).toEqual({ data: direct.data });
    const panlong = await run('analyst', id, { under: PANLONG });
    const names = (
      panlong.data!.runSavedQuery as { data: { divisions: { edges: { node: { code: string } }[] } } }
    ).data.divisions.edges.map((e) => e.node.code);
    expect(names).toHaveLength(3);
    expect(names.every((c) => c.startsWith('530103'))).toBe(true);
  });

  it('masks personal data for analysts, as their own requests are', async () => {
    const em = t.em();
    const person = await em.findOneOrFail(
      Person,
      { homePath: { $like: `/${CITY}/${WUHUA}/%` }, phone: { $ne: null } },
      { orderBy: { id: 'asc' } },
    );
    const id = await saved('analyst', 'one person', PERSON, { id: String(person.id) });
    const res = await run('analyst', id);
    const answer = res.data!.runSavedQuery as { data: { person: { name: string; phone: string; idNumber: string } } };
    expect(answer.data.person).toEqual({
      name: person.name,
      phone: maskPhone(person.phone!),
      idNumber: maskIdNumber(person.idNumber!),
    });
    expect(answer.data.person.phone).not.toBe(person.phone);
  });

  it('runs with the permissions of the caller, not of the owner', async () => {
    const em = t.em();
    const inPanlong = await em.findOneOrFail(
      Person,
      { homePath: { $like: `/${CITY}/${PANLONG}/%` } },
      { orderBy: { id: 'asc' } },
    );
    const id = await saved('analyst', '盘龙区的一位居民', PERSON, { id: String(inPanlong.id) });
    await t.executeAs({ username: 'analyst' }, Ops.ShareSavedQueryDocument, { id, shared: true });
    const owner = (await run('analyst', id)).data!.runSavedQuery as { data: { person: { name: string } } };
    expect(owner.data.person.name).toBe(inPanlong.name);
    // The colleague reads 五华区 only.
    const theirs = (await run(colleague, id)).data!.runSavedQuery as {
      data: { person: null } | null;
      errors: { extensions: { code: string } }[];
    };
    expect(theirs.data?.person ?? null).toBeNull();
    expect(theirs.errors.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const csv = await exportCsv(colleague, id);
    expect(csv.status).toBe(403);
  });

  it('refuses variables of the wrong type, before running', async () => {
    const id = await saved('analyst', 'typed', DIVISIONS, { under: WUHUA, first: 3 });
    const res = await run('analyst', id, { first: 'three' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions?.reason).toBe('ANALYSTS.BAD_VARIABLES');
  });
});

describe('sharing within the organisation (共享)', () => {
  let id: string;
  beforeAll(async () => {
    id = await saved('analyst', '共享的社区列表', DIVISIONS, { under: WUHUA, first: 2 });
  });

  it('an unshared query is its owner’s alone', async () => {
    expect(codes(await t.executeAs({ username: colleague }, Ops.SavedQueryDocument, { id }))).toEqual(['FORBIDDEN']);
    expect(codes(await run(colleague, id))).toEqual(['FORBIDDEN']);
    expect((await exportCsv(colleague, id)).status).toBe(403);
    const list = await t.executeAs({ username: colleague }, Ops.SavedQueriesDocument);
    expect(list.data!.savedQueries.map((q) => q.id)).not.toContain(id);
  });

  it('once shared, the analysts of the same organisation list, read and run it; they cannot change it', async () => {
    const shared = await t.executeAs({ username: 'analyst' }, Ops.ShareSavedQueryDocument, { id, shared: true });
    expect(shared.data?.shareSavedQuery.shared).toBe(true);
    const list = await t.executeAs({ username: colleague }, Ops.SavedQueriesDocument);
    const mine = list.data!.savedQueries.find((q) => q.id === id);
    // The bureau sits at the city node, which this colleague does not read: the link is null for them.
    expect(mine).toMatchObject({ name: '共享的社区列表', mine: false, shared: true, organisation: null });
    const res = await run(colleague, id);
    expect(res.errors).toBeUndefined();
    expect(
      (res.data!.runSavedQuery as { data: { divisions: { edges: unknown[] } } }).data.divisions.edges,
    ).toHaveLength(2);
    for (const doc of [Ops.ShareSavedQueryDocument, Ops.DeleteSavedQueryDocument] as const) {
      const refused = await t.executeAs({ username: colleague }, doc as typeof Ops.ShareSavedQueryDocument, {
        id,
        shared: false,
      });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ANALYSTS.NOT_YOURS' });
    }
    expect(await t.em().count(SavedQuery, { id: Number(id), shared: true })).toBe(1);
  });

  it('an analyst of another organisation is refused it, everywhere', async () => {
    const read = await t.executeAs({ username: outsider }, Ops.SavedQueryDocument, { id });
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ANALYSTS.NOT_SHARED_WITH_YOU' });
    expect(read.raw).not.toContain('共享的社区列表');
    expect(codes(await run(outsider, id))).toEqual(['FORBIDDEN']);
    const csv = await exportCsv(outsider, id);
    expect(csv.status).toBe(403);
    expect(jsonOf(csv.bytes).errors[0].extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'ANALYSTS.NOT_SHARED_WITH_YOU',
      requestId: expect.any(String),
    });
    const list = await t.executeAs({ username: outsider }, Ops.SavedQueriesDocument);
    expect(list.data!.savedQueries.map((q) => q.id)).not.toContain(id);
  });

  it('works the other way round: the outsider’s shared query stays in their organisation', async () => {
    const theirs = await saved(outsider, '街道的查询', PERSON, { id: '1' });
    await t.executeAs({ username: outsider }, Ops.ShareSavedQueryDocument, { id: theirs, shared: true });
    expect(codes(await run('analyst', theirs))).toEqual(['FORBIDDEN']);
    expect(
      (await t.executeAs({ username: colleague }, Ops.SavedQueriesDocument)).data!.savedQueries.map((q) => q.id),
    ).not.toContain(theirs);
  });

  it('unsharing takes it back; deleting removes it', async () => {
    await t.executeAs({ username: 'analyst' }, Ops.ShareSavedQueryDocument, { id, shared: false });
    expect(codes(await run(colleague, id))).toEqual(['FORBIDDEN']);
    const del = await t.executeAs({ username: 'analyst' }, Ops.DeleteSavedQueryDocument, { id });
    expect(del.data?.deleteSavedQuery).toBe(id);
    expect(await t.em().count(SavedQuery, { id: Number(id) })).toBe(0);
    expect(codes(await run('analyst', id))).toEqual(['NOT_FOUND']);
  });
});

describe('exporting as CSV (导出)', () => {
  it('streams the first list as CSV, UTF-8 with a BOM: Chinese names come back byte for byte', async () => {
    const id = await saved('analyst', '五华区社区名单', DIVISIONS, { under: WUHUA, first: 30 });
    const res = await exportCsv('analyst', id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="saved-query-${id}.csv"; filename*=UTF-8''${encodeURIComponent('五华区社区名单.csv')}`,
    );
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const em = t.em();
    const wuhua = await em.findOneOrFail(Division, { code: WUHUA });
    const expected = await em.find(
      Division,
      { path: { $like: `${wuhua.path}%` }, kind: 'COMMUNITY' as never },
      { orderBy: { path: 'asc' }, limit: 30, populate: ['parent'] },
    );
    const direct = await t.post(
      { query: DIVISIONS, variables: { under: WUHUA, first: 30 } },
      { authorization: `Bearer ${await t.tokenOf('analyst')}` },
    );
    const nodes = (
      direct.data as {
        divisions: { edges: { node: { code: string; name: string; parent: { name: string } | null } }[] };
      }
    ).divisions.edges.map((e) => e.node);
    expect(nodes.length).toBe(30);
    expect(new Set(nodes.map((n) => n.code))).toEqual(new Set(expected.map((d) => d.code)));
    const lines = ['code,name,parent.name', ...nodes.map((n) => `${n.code},${n.name},${n.parent!.name}`)];
    const body = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
    expect(res.bytes.subarray(3).equals(body)).toBe(true);
    expect(res.bytes.toString('utf8')).toContain(expected[0].name);
    expect(/[\u4e00-\u9fff]/.test(nodes[0].name)).toBe(true);
  });

  it('pages through a connection selected with `after: $after` and pageInfo, each page run and charged', async () => {
    const PAGED = `query Paged($under: String!, $first: Int!, $after: String) {
      divisions(under: $under, kinds: [COMMUNITY], first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { code name } }
      }
    }`;
    const id = await saved('analyst', '五华区全部社区', PAGED, { under: WUHUA, first: 7 });
    const em = t.em();
    const wuhua = await em.findOneOrFail(Division, { code: WUHUA });
    const all = await em.find(Division, { path: { $like: `${wuhua.path}%` }, kind: 'COMMUNITY' as never });
    expect(all.length).toBeGreaterThan(3 * 7);
    const analystId = (await em.findOneOrFail(Account, { username: 'analyst' })).person.id;
    const leftInWindow = 3600 - ((Date.now() / 1000) % 3600);
    if (leftInWindow < 15) await new Promise((r) => setTimeout(r, (leftInWindow + 1) * 1000));
    const spent = async () =>
      Number(
        (
          await t
            .em()
            .getConnection()
            .execute('select coalesce(sum(spent), 0) as s from analyst_cost_window where person_id = ?', [analystId])
        )[0].s,
      );
    const before = await spent();

    const res = await exportCsv('analyst', id);
    expect(res.status).toBe(200);
    const lines = res.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('code,name');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(all.length);
    expect(new Set(rows.map(([code]) => code))).toEqual(new Set(all.map((d) => d.code)));
    const names = new Map(all.map((d) => [d.code, d.name]));
    expect(rows.every(([code, name]) => names.get(code) === name)).toBe(true);
    const [pageCost] = operationCosts(await buildBareSchema(), parse(PAGED), { under: WUHUA, first: 7 });
    expect((await spent()) - before).toBe(Math.ceil(all.length / 7) * pageCost);
  });

  it('refuses a result that holds no list, as coded JSON', async () => {
    const id = await saved('analyst', 'no list', 'query One($code: String!) { division(code: $code) { code name } }', {
      code: WUHUA,
    });
    const res = await exportCsv('analyst', id);
    expect(res.status).toBe(400);
    expect(jsonOf(res.bytes).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'ANALYSTS.NO_LIST',
      requestId: expect.any(String),
    });
  });

  it('answers refusals before the first byte: 401, 403, 404, 400', async () => {
    const id = await saved('analyst', 'refusals', DIVISIONS, { under: WUHUA, first: 2 });
    const cases: [string | null, string, Record<string, unknown> | undefined, number, string][] = [
      [null, id, undefined, 401, 'UNAUTHENTICATED'],
      ['district.official', id, undefined, 403, 'FORBIDDEN'],
      ['analyst', '999999', undefined, 404, 'NOT_FOUND'],
      ['analyst', id, { first: 'many' }, 400, 'BAD_USER_INPUT'],
    ];
    for (const [as, which, variables, status, code] of cases) {
      const res = await exportCsv(as, which, variables);
      expect([res.status, jsonOf(res.bytes).errors[0].extensions.code]).toEqual([status, code]);
    }
    const bad = await fetch(`${t.url}/export/saved-queries/${id}.csv?variables=not-json`, {
      headers: { authorization: `Bearer ${await t.tokenOf('analyst')}` },
    });
    expect(bad.status).toBe(400);
  });

  it('a saved query runs as printed by the client: whitespace and fragments are kept', async () => {
    const doc = print(Ops.SavedQueriesDocument);
    const id = await saved('analyst', 'my saved queries', doc);
    const res = await exportCsv('analyst', id);
    expect(res.status).toBe(200);
    const header = res.bytes.subarray(3).toString('utf8').split('\r\n')[0];
    expect(header).toBe(
      'id,name,document,variables,shared,mine,exportPath,updatedAt,owner.id,owner.name,organisation.id,organisation.name',
    );
  });
});
