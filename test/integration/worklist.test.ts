/**
 * The work-item access list (社区工作准入制度): the seeded reduction read back, access requests
 * decided by the bureau, the yearly review publishing a new version, tasks placed only from the
 * list in force, and out-of-list reports investigated and closed.
 */
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import { CommunityTask } from '../../src/modules/worklist/worklist.entities';
import { today } from '../../src/shared/dates';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
let department: { id: string; member: string };
let otherDepartment: { id: string; member: string };
let community: string;
const bureau = { username: 'bureau.admin' };
const reasons = (res: { errors?: { extensions?: { reason?: string } }[] }) =>
  (res.errors ?? []).map((e) => e.extensions?.reason);

/** A department with one member who can sign in. */
async function departmentWithMember(org: Organisation, person: Person): Promise<{ id: string; member: string }> {
  await t
    .em()
    .getConnection()
    .execute(
      `insert into role_assignment (person_id, role, organisation_id, scope_path, starts_on) values (?, 'ORG_MEMBER', ?, ?, '2024-01-01')`,
      [person.id, org.id, org.divisionPath],
    );
  return { id: String(org.id), member: await t.addLogin(person.id) };
}

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const [health, police] = await Promise.all(
    ['昆明市卫生健康委员会', '昆明市公安局'].map((name) =>
      em.findOneOrFail(Organisation, { name, kind: OrganisationKind.GOVERNMENT_DEPARTMENT }),
    ),
  );
  const people = await em.find(
    Person,
    { homePath: { $like: '/530100000000/530103000000/%' } },
    { orderBy: { id: 'asc' }, limit: 2 },
  );
  department = await departmentWithMember(health, people[0]);
  otherDepartment = await departmentWithMember(police, people[1]);
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
});
afterAll(() => t?.close());

describe('the list, as seeded', () => {
  it('reads back the reduction: 198 → 76 work items, 99 → 21 seal items', async () => {
    const versions = await t.executeAs({ username: 'analyst' }, Ops.WorkListVersionsDocument);
    expect(versions.data?.workListVersions.map((v) => [v.label, v.workItems, v.sealItems])).toEqual([
      ['2016年版', 198, 99],
      ['2019年版', 76, 21],
    ]);
    const [old, current] = versions.data!.workListVersions;
    const diff = await t.executeAs({ username: 'analyst' }, Ops.WorkListDiffDocument, { from: old.id, to: current.id });
    expect(diff.data!.workListDiff.added).toEqual([]);
    expect(diff.data!.workListDiff.removed).toHaveLength(198 - 76 + 99 - 21);
    expect(diff.data!.workListDiff.changed.length).toBeGreaterThan(0);
    for (const c of diff.data!.workListDiff.changed) expect(c.before.title).not.toBe(c.after.title);
    const currentList = await t.executeAs({ username: 'community.secretary' }, Ops.CurrentWorkListDocument, {
      kind: 'SEAL',
    });
    expect(currentList.data?.currentWorkList).toMatchObject({ label: '2019年版', sealItems: 21 });
    expect(currentList.data!.currentWorkList.items.every((i) => i.kind === 'SEAL')).toBe(true);
  });
});

describe('access requests and the yearly review (准入与动态调整)', () => {
  const input = {
    kind: 'WORK' as const,
    title: '社区老年人健康随访',
    category: '卫生健康',
    legalBasis: '《基本公共卫生服务规范》',
    reason: '老龄化社区随访需要社区协助',
  };

  it('keeps a task off communities until the bureau approves it and a version with it is in force', async () => {
    const filed = await t.executeAs({ username: department.member }, Ops.FileAccessRequestDocument, {
      input: { ...input, departmentId: department.id },
    });
    expect(filed.data?.fileAccessRequest).toMatchObject({ status: 'PENDING', department: { id: department.id } });
    const requestId = filed.data!.fileAccessRequest.id;

    const own = await t.executeAs({ username: otherDepartment.member }, Ops.AccessRequestsDocument, {
      departmentId: otherDepartment.id,
    });
    expect(own.data?.accessRequests.map((r) => r.id)).not.toContain(requestId);
    expect(
      codes(
        await t.executeAs({ username: otherDepartment.member }, Ops.AccessRequestsDocument, {
          departmentId: department.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs({ username: department.member }, Ops.DecideAccessRequestDocument, {
          input: { id: requestId, approve: true },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      reasons(await t.executeAs(bureau, Ops.DecideAccessRequestDocument, { input: { id: requestId, approve: false } })),
    ).toEqual(['WORKLIST.REASON_REQUIRED']);

    const approved = await t.executeAs(bureau, Ops.DecideAccessRequestDocument, {
      input: { id: requestId, approve: true },
    });
    expect(approved.data?.decideAccessRequest).toMatchObject({ status: 'APPROVED', itemCode: 'W199' });
    expect(
      reasons(await t.executeAs(bureau, Ops.DecideAccessRequestDocument, { input: { id: requestId, approve: true } })),
    ).toEqual(['WORKLIST.ALREADY_DECIDED']);

    const task = {
      departmentId: department.id,
      itemCode: 'W199',
      communityCode: community,
      title: '随访辖区80岁以上老人',
      dueOn: '2026-12-31',
    };
    const tasks = () => t.em().count(CommunityTask, {});
    const before = await tasks();
    expect(
      reasons(await t.executeAs({ username: department.member }, Ops.AssignCommunityTaskDocument, { input: task })),
    ).toEqual(['WORKLIST.NOT_ON_LIST']);
    expect(await tasks()).toBe(before);

    const published = await t.executeAs(bureau, Ops.PublishWorkListVersionDocument, {
      input: { label: '2026年版', effectiveFrom: today(), removeCodes: ['W001'] },
    });
    expect(published.data?.publishWorkListVersion).toMatchObject({
      label: '2026年版',
      published: true,
      workItems: 76,
      sealItems: 21,
    });
    const versions = (await t.executeAs(bureau, Ops.WorkListVersionsDocument)).data!.workListVersions;
    const diff = await t.executeAs(bureau, Ops.WorkListDiffDocument, { from: versions[1].id, to: versions[2].id });
    expect(diff.data?.workListDiff.added.map((i) => i.code)).toEqual(['W199']);
    expect(diff.data?.workListDiff.removed.map((i) => i.code)).toEqual(['W001']);

    const placed = await t.executeAs({ username: department.member }, Ops.AssignCommunityTaskDocument, { input: task });
    expect(placed.data?.assignCommunityTask).toMatchObject({ itemCode: 'W199', community: { code: community } });
    expect(
      reasons(
        await t.executeAs({ username: department.member }, Ops.AssignCommunityTaskDocument, {
          input: { ...task, itemCode: 'W001' },
        }),
      ),
    ).toEqual(['WORKLIST.NOT_ON_LIST']);
    const listed = await t.executeAs({ username: 'community.secretary' }, Ops.CommunityTasksDocument, {
      communityCode: community,
    });
    expect(listed.data?.communityTasks.map((x) => x.itemCode)).toEqual(['W199']);
  });

  it('rejects with a reason, and the item enters no version', async () => {
    const filed = await t.executeAs({ username: otherDepartment.member }, Ops.FileAccessRequestDocument, {
      input: { ...input, title: '代收物业费', departmentId: otherDepartment.id },
    });
    const rejected = await t.executeAs(bureau, Ops.DecideAccessRequestDocument, {
      input: { id: filed.data!.fileAccessRequest.id, approve: false, reason: '不属于社区职责' },
    });
    expect(rejected.data?.decideAccessRequest).toMatchObject({
      status: 'REJECTED',
      itemCode: null,
      decisionReason: '不属于社区职责',
    });
    const mine = await t.executeAs({ username: otherDepartment.member }, Ops.AccessRequestsDocument, {
      departmentId: otherDepartment.id,
    });
    expect(mine.data?.accessRequests.map((r) => [r.title, r.status])).toContainEqual(['代收物业费', 'REJECTED']);
  });

  it('lets only the bureau publish, and only a department file', async () => {
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.PublishWorkListVersionDocument, {
          input: { label: '2027年版', effectiveFrom: today(), removeCodes: [] },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs({ username: 'analyst' }, Ops.FileAccessRequestDocument, {
          input: { ...input, departmentId: department.id },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      reasons(
        await t.executeAs(bureau, Ops.PublishWorkListVersionDocument, {
          input: { label: '2026年版', effectiveFrom: today(), removeCodes: [] },
        }),
      ),
    ).toEqual(['WORKLIST.LABEL_TAKEN']);
    expect(
      reasons(
        await t.executeAs(bureau, Ops.PublishWorkListVersionDocument, {
          input: { label: '2028年版', effectiveFrom: today(), removeCodes: ['W999'] },
        }),
      ),
    ).toEqual(['WORKLIST.UNKNOWN_CODES']);
  });
});

describe('out-of-list tasks (清单外事项)', () => {
  it('are reported by the community, seen above it, and closed with an outcome by the street', async () => {
    const report = await t.executeAs({ username: 'community.secretary' }, Ops.ReportOutOfListTaskDocument, {
      input: {
        communityCode: community,
        title: '代收某协会会费',
        imposedBy: '某行业协会',
        description: '要求社区代收会费并盖章',
      },
    });
    expect(report.data?.reportOutOfListTask.status).toBe('OPEN');
    const id = report.data!.reportOutOfListTask.id;
    for (const username of ['street.official', 'district.official', 'bureau.admin']) {
      const seen = await t.executeAs({ username }, Ops.OutOfListReportsDocument, { under: '530102001000' });
      expect(seen.data?.outOfListReports.map((r) => r.id)).toContain(id);
    }
    expect(
      codes(await t.executeAs({ username: 'analyst' }, Ops.OutOfListReportsDocument, { under: '530102001000' })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.ReportOutOfListTaskDocument, {
          input: { communityCode: community, title: 'x事项', imposedBy: '某单位', description: '说明' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs({ username: 'community.secretary' }, Ops.CloseOutOfListReportDocument, {
          input: { id, outcome: '已撤回' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const closed = await t.executeAs({ username: 'street.official' }, Ops.CloseOutOfListReportDocument, {
      input: { id, outcome: '经核查不属清单事项，已责令撤回' },
    });
    expect(closed.data?.closeOutOfListReport).toMatchObject({
      status: 'CLOSED',
      outcome: '经核查不属清单事项，已责令撤回',
    });
    expect(
      reasons(
        await t.executeAs({ username: 'street.official' }, Ops.CloseOutOfListReportDocument, {
          input: { id, outcome: '再次' },
        }),
      ),
    ).toEqual(['WORKLIST.ALREADY_CLOSED']);
  });
});
