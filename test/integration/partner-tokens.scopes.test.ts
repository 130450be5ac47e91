/**
 * Partner tokens' refusals say why: a token lacking a scope answers FORBIDDEN
 * `AUTH.SCOPE_REQUIRED` with `extensions.scope` naming it; a token with the scope asking outside
 * its reach answers `AUTH.OUTSIDE_TOKEN_SUBTREE` (reads) or `AUTH.NOT_TOKEN_ORGANISATION`
 * (writes for another organisation). One row per scope of the Scope enum: an operation gated by
 * it, called by a token holding every scope, by one holding every scope but that one, and by the
 * first outside its reach.
 */
import { Scope } from '../../src/auth/scopes';
import { SocialWorker } from '../../src/modules/linkage/linkage.entities';
import { ServiceRecord } from '../../src/modules/linkage/project.entities';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import { issueToken } from '../../src/modules/tokens/token.service';
import * as Ops from '../generated/graphql';
import { startTestApp, type GqlResponse, type TestApp } from '../harness/app';

const ALL = Object.values(Scope);
let t: TestApp;
/** The secretary's community and a sibling community of the same street. */
let home: string;
let sibling: string;
/** The token's organisation (a social organisation of the community) and another one there. */
let own: Organisation;
let neighbour: Organisation;
let allScopes: string;
const lacking = {} as Record<Scope, string>;
/** Per scope: the target inside the token's reach and the one outside it. */
const inside = {} as Record<Scope, string>;
const outside = {} as Record<Scope, string>;
let serial = 0;

/** A running service project of the street office, contracted to `contractor`, and one of its workers. */
async function runningProject(contractor: Organisation): Promise<{ projectId: string; workerId: string }> {
  const em = t.em();
  const buyer = await em.findOneOrFail(Organisation, {
    kind: OrganisationKind.STREET_OFFICE,
    divisionPath: '/530100000000/530102000000/530102001000/',
  });
  const worker = await em.findOneOrFail(SocialWorker, { employer: contractor.id }, { orderBy: { id: 'asc' } });
  const input = {
    buyerId: String(buyer.id),
    contractorId: String(contractor.id),
    title: '社区助老服务',
    budgetYuan: 100000,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    communityCodes: [home],
    workerIds: [String(worker.id)],
  };
  const created = await t.executeAs({ username: 'street.official' }, Ops.CreateServiceProjectDocument, { input });
  const projectId = created.data!.createServiceProject.id;
  expect(
    (await t.executeAs({ username: 'street.official' }, Ops.StartServiceProjectDocument, { id: projectId })).errors,
  ).toBeUndefined();
  return { projectId, workerId: String(worker.id) };
}

const projects = {} as Record<'own' | 'neighbour', { projectId: string; workerId: string }>;
const recordsOf = (projectId: string) => t.em().count(ServiceRecord, { project: Number(projectId) });
const nameOf = async (org: Organisation) => (await t.em().findOneOrFail(Organisation, { id: org.id })).name;

/** One operation per scope; `target` is a code, an id or a project, as the row needs. */
const OPS: Record<
  Scope,
  {
    run: (bearer: string, target: string) => Promise<GqlResponse<unknown>>;
    writes?: (target: string) => Promise<unknown>;
  }
> = {
  [Scope.TREE_READ]: { run: (bearer, code) => t.executeAs({ bearer }, Ops.EdgeDivisionNameDocument, { code }) },
  [Scope.PEOPLE_READ]: { run: (bearer, id) => t.executeAs({ bearer }, Ops.MatrixPersonDocument, { id }) },
  [Scope.ORGANISATIONS_READ]: {
    run: (bearer, id) => t.executeAs({ bearer }, Ops.EdgeOrganisationStatusDocument, { id }),
  },
  [Scope.ORGANISATION_WRITE]: {
    run: (bearer, id) =>
      t.executeAs({ bearer }, Ops.MatrixRenameOrganisationDocument, { id, name: `改名测试${++serial}` }),
    writes: async (id) => nameOf(Number(id) === own.id ? own : neighbour),
  },
  [Scope.FIGURES_READ]: { run: (bearer, code) => t.executeAs({ bearer }, Ops.FiguresDocument, { code }) },
  [Scope.SERVICE_RECORDS_WRITE]: {
    run: (bearer, which) => {
      const p = projects[which as 'own' | 'neighbour'];
      const input = {
        projectId: p.projectId,
        workerId: p.workerId,
        servedOn: `2026-03-${String((++serial % 28) + 1).padStart(2, '0')}`,
        hours: 2,
        beneficiaries: 5,
        notes: '上门服务',
      };
      return t.executeAs({ bearer }, Ops.RecordServiceDeliveryDocument, { input });
    },
    writes: (which) => recordsOf(projects[which as 'own' | 'neighbour'].projectId),
  },
};

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  home = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  sibling = (
    await em.findOneOrFail(
      Organisation,
      {
        kind: OrganisationKind.COMMUNITY_COMMITTEE,
        divisionPath: { $like: '/530100000000/530102000000/530102001000/%' },
        division: { code: { $ne: home } },
      },
      { populate: ['division'] },
    )
  ).division.code;
  [own, neighbour] = await em.find(
    Organisation,
    { kind: OrganisationKind.SOCIAL_ORGANISATION, divisionPath: { $like: `%/${home}/` } },
    { orderBy: { id: 'asc' }, limit: 2 },
  );
  expect(neighbour).toBeDefined();
  const committee = async (code: string) =>
    String(
      (await em.findOneOrFail(Organisation, { kind: OrganisationKind.COMMUNITY_COMMITTEE, division: { code } })).id,
    );
  const resident = async (code: string) =>
    String((await em.findOneOrFail(Person, { homePath: { $like: `%/${code}/%` } }, { orderBy: { id: 'asc' } })).id);
  projects.own = await runningProject(own);
  projects.neighbour = await runningProject(neighbour);
  Object.assign(inside, {
    [Scope.TREE_READ]: home,
    [Scope.PEOPLE_READ]: await resident(home),
    [Scope.ORGANISATIONS_READ]: await committee(home),
    [Scope.ORGANISATION_WRITE]: String(own.id),
    [Scope.FIGURES_READ]: home,
    [Scope.SERVICE_RECORDS_WRITE]: 'own',
  });
  Object.assign(outside, {
    [Scope.TREE_READ]: sibling,
    [Scope.PEOPLE_READ]: await resident(sibling),
    [Scope.ORGANISATIONS_READ]: await committee(sibling),
    [Scope.ORGANISATION_WRITE]: String(neighbour.id),
    [Scope.FIGURES_READ]: sibling,
    [Scope.SERVICE_RECORDS_WRITE]: 'neighbour',
  });
  const issue = async (scopes: Scope[]) =>
    (await issueToken(t.em(), own, { name: `scopes ${scopes.length}`, scopes, expiresInDays: 30 }, null)).secret;
  allScopes = await issue(ALL);
  for (const scope of ALL) lacking[scope] = await issue(ALL.filter((s) => s !== scope));
});
afterAll(() => t?.close());

/** Every error of a refusal, with what it should carry (and nothing written). */
function expectRefused(res: GqlResponse<unknown>, extensions: Record<string, unknown>): void {
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const e of res.errors!) expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', ...extensions });
}

const ROWS = ALL.map((scope) => [scope] as const);
const WRITES = new Set<Scope>([Scope.ORGANISATION_WRITE, Scope.SERVICE_RECORDS_WRITE]);

it('the table holds one operation for every scope of the schema', () => {
  expect(Object.keys(OPS).sort()).toEqual([...ALL].sort());
  expect(ALL).toHaveLength(6);
});

describe.each(ROWS)('%s', (scope) => {
  it('a token with every scope is answered within its reach', async () => {
    const before = await OPS[scope].writes?.(inside[scope]);
    const res = await OPS[scope].run(allScopes, inside[scope]);
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data as object)[0]).toBeTruthy();
    if (OPS[scope].writes) expect(await OPS[scope].writes!(inside[scope])).not.toEqual(before);
  });

  it('a token with every scope but this one is told which scope it lacks, and nothing is written', async () => {
    const before = await OPS[scope].writes?.(inside[scope]);
    const res = await OPS[scope].run(lacking[scope], inside[scope]);
    expectRefused(res, { reason: 'AUTH.SCOPE_REQUIRED', scope });
    if (OPS[scope].writes) expect(await OPS[scope].writes!(inside[scope])).toEqual(before);
  });

  it('a token with the scope, asking outside its reach, is told that instead', async () => {
    const before = await OPS[scope].writes?.(outside[scope]);
    const res = await OPS[scope].run(allScopes, outside[scope]);
    expectRefused(res, { reason: WRITES.has(scope) ? 'AUTH.NOT_TOKEN_ORGANISATION' : 'AUTH.OUTSIDE_TOKEN_SUBTREE' });
    for (const e of res.errors!) expect(e.extensions).not.toHaveProperty('scope');
    if (OPS[scope].writes) expect(await OPS[scope].writes!(outside[scope])).toEqual(before);
  });

  it('lacking the scope is said first, wherever the token asks', async () => {
    expectRefused(await OPS[scope].run(lacking[scope], outside[scope]), { reason: 'AUTH.SCOPE_REQUIRED', scope });
  });
});

describe('scopes on nested fields and lists', () => {
  it('a nested field names the scope it needs: an organisation’s node needs TREE_READ', async () => {
    const res = await t.post(
      {
        query: 'query($id: ID!) { organisation(id: $id) { id division { code } } }',
        variables: { id: inside[Scope.ORGANISATIONS_READ] },
      },
      { authorization: `Bearer ${lacking[Scope.TREE_READ]}` },
    );
    expect(res.data).toEqual({ organisation: { id: inside[Scope.ORGANISATIONS_READ], division: null } });
    expectRefused(res, { reason: 'AUTH.SCOPE_REQUIRED', scope: Scope.TREE_READ });
    expect(res.errors!.map((e) => e.path)).toEqual([['organisation', 'division', 'code']]);
  });

  it('listing organisations needs ORGANISATIONS_READ', async () => {
    const res = await t.post(
      { query: '{ organisations(first: 5) { totalCount } }' },
      { authorization: `Bearer ${lacking[Scope.ORGANISATIONS_READ]}` },
    );
    expect(res.data).toBeNull();
    expectRefused(res, { reason: 'AUTH.SCOPE_REQUIRED', scope: Scope.ORGANISATIONS_READ });
  });

  it('people are never told about scopes: their refusals keep their own reasons', async () => {
    const res = await t.executeAs({ username: 'property.admin' }, Ops.MatrixPersonDocument, {
      id: outside[Scope.PEOPLE_READ],
    });
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const e of res.errors!) {
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(e.extensions?.reason).not.toMatch(/SCOPE|TOKEN/);
      expect(e.extensions).not.toHaveProperty('scope');
    }
  });
});
