/**
 * Service projects bought from social organisations (政府购买服务项目): planned → running →
 * completed → evaluated; records only by the contractor (its people or its token) while running;
 * the budget only for the buyer chain.
 */
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { SocialWorker } from '../../src/modules/linkage/linkage.entities';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
let community: string;
let contractor: Organisation;
let other: Organisation;
let worker: SocialWorker;
let member: string;
let otherMember: string;
const street = { username: 'street.official' };
const reasons = (res: { errors?: { extensions?: { reason?: string } }[] }) =>
  (res.errors ?? []).map((e) => e.extensions?.reason);

/** A worker of `org` who is also its member with a login (ORG_ADMIN, to issue tokens). */
async function memberOf(org: Organisation): Promise<{ login: string; worker: SocialWorker }> {
  const w = await t.em().findOneOrFail(SocialWorker, { employer: org.id }, { orderBy: { id: 'asc' } });
  await t
    .em()
    .getConnection()
    .execute(
      `insert into role_assignment (person_id, role, organisation_id, scope_path, starts_on) values (?, 'ORG_ADMIN', ?, ?, '2024-01-01')`,
      [w.person.id, org.id, org.divisionPath],
    );
  return { login: await t.addLogin(w.person.id), worker: w };
}

beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const socialOrgs = await t
    .em()
    .find(
      Organisation,
      { kind: OrganisationKind.SOCIAL_ORGANISATION, divisionPath: { $like: `%/${community}/` } },
      { orderBy: { id: 'asc' } },
    );
  [contractor, other] = socialOrgs;
  ({ login: member, worker } = await memberOf(contractor));
  otherMember = (await memberOf(other)).login;
});
afterAll(() => t?.close());

describe('a service project', () => {
  it('goes planned → running → completed → evaluated, each step once, by the buyer', async () => {
    const buyer = await t.em().findOneOrFail(Organisation, {
      kind: OrganisationKind.STREET_OFFICE,
      divisionPath: '/530100000000/530102000000/530102001000/',
    });
    const input = {
      buyerId: String(buyer.id),
      contractorId: String(contractor.id),
      title: '社区居家养老服务',
      budgetYuan: 300000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      communityCodes: [community],
      workerIds: [String(worker.id)],
    };
    expect(
      codes(await t.executeAs({ username: 'community.secretary' }, Ops.CreateServiceProjectDocument, { input })),
    ).toEqual(['FORBIDDEN']);
    expect(
      reasons(
        await t.executeAs(street, Ops.CreateServiceProjectDocument, {
          input: { ...input, communityCodes: ['530102002001'] },
        }),
      ),
    ).toEqual(['PROJECTS.BAD_COMMUNITIES']);
    const created = await t.executeAs(street, Ops.CreateServiceProjectDocument, { input });
    expect(created.data?.createServiceProject).toMatchObject({ status: 'PLANNED', budgetYuan: 300000 });
    const id = created.data!.createServiceProject.id;
    const service = {
      projectId: id,
      workerId: String(worker.id),
      servedOn: '2026-03-01',
      hours: 3,
      beneficiaries: 12,
      notes: '上门探访独居老人',
    };

    expect(
      reasons(await t.executeAs({ username: member }, Ops.RecordServiceDeliveryDocument, { input: service })),
    ).toEqual(['PROJECTS.NOT_RUNNING']);
    expect(reasons(await t.executeAs(street, Ops.CompleteServiceProjectDocument, { id }))).toEqual([
      'PROJECTS.WRONG_STEP',
    ]);
    expect((await t.executeAs(street, Ops.StartServiceProjectDocument, { id })).data?.startServiceProject.status).toBe(
      'RUNNING',
    );

    expect(
      (await t.executeAs({ username: member }, Ops.RecordServiceDeliveryDocument, { input: service })).errors,
    ).toBeUndefined();
    expect(
      codes(await t.executeAs({ username: otherMember }, Ops.RecordServiceDeliveryDocument, { input: service })),
    ).toEqual(['FORBIDDEN']);
    const tokenOf = async (login: string, org: Organisation, scopes: ('SERVICE_RECORDS_WRITE' | 'TREE_READ')[]) =>
      (
        await t.executeAs({ username: login }, Ops.IssueTokenDocument, {
          input: { organisationId: String(org.id), name: 'records', scopes },
        })
      ).data!.issueToken.secret;
    expect(
      (
        await t.executeAs(
          { bearer: await tokenOf(member, contractor, ['SERVICE_RECORDS_WRITE']) },
          Ops.RecordServiceDeliveryDocument,
          { input: { ...service, servedOn: '2026-03-02' } },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      codes(
        await t.executeAs(
          { bearer: await tokenOf(member, contractor, ['TREE_READ']) },
          Ops.RecordServiceDeliveryDocument,
          { input: service },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs(
          { bearer: await tokenOf(otherMember, other, ['SERVICE_RECORDS_WRITE']) },
          Ops.RecordServiceDeliveryDocument,
          { input: service },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      reasons(
        await t.executeAs({ username: member }, Ops.RecordServiceDeliveryDocument, {
          input: { ...service, servedOn: '2027-01-05' },
        }),
      ),
    ).toEqual(['PROJECTS.OUTSIDE_PERIOD']);

    expect(
      reasons(
        await t.executeAs(street, Ops.EvaluateServiceProjectDocument, {
          input: { projectId: id, score: 4, note: '服务到位' },
        }),
      ),
    ).toEqual(['PROJECTS.WRONG_STEP']);
    await t.executeAs(street, Ops.CompleteServiceProjectDocument, { id });
    expect(
      codes(
        await t.executeAs({ username: member }, Ops.EvaluateServiceProjectDocument, {
          input: { projectId: id, score: 5, note: '自评' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const evaluated = await t.executeAs(street, Ops.EvaluateServiceProjectDocument, {
      input: { projectId: id, score: 4, note: '服务到位' },
    });
    expect(evaluated.data?.evaluateServiceProject).toMatchObject({ status: 'EVALUATED', evaluationScore: 4 });
    expect(
      reasons(
        await t.executeAs(street, Ops.EvaluateServiceProjectDocument, {
          input: { projectId: id, score: 5, note: '再评' },
        }),
      ),
    ).toEqual(['PROJECTS.WRONG_STEP']);

    // The budget stays with the buyer chain.
    const byContractor = await t.executeAs({ username: member }, Ops.ServiceProjectDocument, { id });
    expect(byContractor.data?.serviceProject).toMatchObject({
      budgetYuan: null,
      records: [{ hours: 3 }, { hours: 3 }],
    });
    expect(reasons(byContractor)).toEqual(['PROJECTS.BUDGET_RESTRICTED']);
    expect(
      (await t.executeAs({ username: 'district.official' }, Ops.ServiceProjectDocument, { id })).data?.serviceProject
        .budgetYuan,
    ).toBe(300000);
    expect(reasons(await t.executeAs({ username: 'analyst' }, Ops.ServiceProjectDocument, { id }))).toEqual([
      'PROJECTS.BUDGET_RESTRICTED',
    ]);
    expect(codes(await t.executeAs({ username: otherMember }, Ops.ServiceProjectDocument, { id }))).toEqual([
      'FORBIDDEN',
    ]);
    // Another social organisation's partner token reads nothing of the project either.
    const otherToken = (
      await t.executeAs({ username: otherMember }, Ops.IssueTokenDocument, {
        input: { organisationId: String(other.id), name: 'peek', scopes: ['ORGANISATIONS_READ', 'TREE_READ'] },
      })
    ).data!.issueToken.secret;
    expect(codes(await t.executeAs({ bearer: otherToken }, Ops.ServiceProjectDocument, { id }))).toEqual(['FORBIDDEN']);
    // The contractor's own token reads its project, but not the budget.
    const ownToken = await tokenOf(member, contractor, ['TREE_READ']);
    const own = await t.executeAs({ bearer: ownToken }, Ops.ServiceProjectDocument, { id });
    expect(own.data?.serviceProject).toMatchObject({ id, budgetYuan: null });
  });
});
