import type { EntityManager } from '@mikro-orm/postgresql';
import { isoDate, text } from '../../shared/validate';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { assertRoom, CAP, lockList, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { parseId } from '../../shared/ids';
import { type Organisation, OrganisationKind, OrganisationService, OrganisationStatus } from '../organisations';
import { type Division, DivisionKind, DivisionService } from '../tree';
import { AccessRequest, CommunityTask, OutOfListReport, WorkItem, WorkListVersion } from './worklist.entities';
import { AccessRequestStatus, OutOfListReportStatus, type WorkItemKind } from './worklist.enums';
import type {
  AssignCommunityTaskInput,
  CloseOutOfListInput,
  DecideAccessRequestInput,
  FileAccessRequestInput,
  PublishWorkListInput,
  ReportOutOfListInput,
} from './worklist.inputs';

/** One item's change between two versions. */
export interface WorkItemChange {
  before: WorkItem;
  after: WorkItem;
}

/** What changed between two versions, by item code. */
export interface WorkListDiff {
  added: WorkItem[];
  removed: WorkItem[];
  changed: WorkItemChange[];
}

const FIELDS = ['kind', 'title', 'category', 'legalBasis', 'department'] as const;

/** The work-item access list (社区工作准入制度): versions, requests, tasks and reports. */
export class WorkListService {
  constructor(private readonly ctx: Context) {}

  versions(): Promise<WorkListVersion[]> {
    return readRows(
      this.ctx.em,
      WorkListVersion,
      { published: true },
      { orderBy: { effectiveFrom: 'asc', id: 'asc' } },
    );
  }

  /** The version in force: the latest published one whose date has come. */
  async current(em: EntityManager = this.ctx.em): Promise<WorkListVersion> {
    const [version] = await readRows(
      em,
      WorkListVersion,
      { published: true, effectiveFrom: { $lte: today() } },
      { orderBy: { effectiveFrom: 'desc', id: 'desc' }, limit: 1 },
    );
    if (!version) throw notFound('WORKLIST.NO_VERSION', 'No version of the list has been published.');
    return version;
  }

  async version(id: string, field = 'id'): Promise<WorkListVersion> {
    const [version] = await readRows(this.ctx.em, WorkListVersion, { id: parseId(id, field) });
    if (!version) throw notFound('WORKLIST.UNKNOWN_VERSION', `No version has the id ${id}.`);
    return version;
  }

  items(version: WorkListVersion, kind?: WorkItemKind | null): Promise<WorkItem[]> {
    return readRows(
      this.ctx.em,
      WorkItem,
      { version: version.id, ...(kind ? { kind } : {}) },
      { orderBy: { code: 'asc' } },
    );
  }

  /** Added, removed and changed items from one version to another. */
  async diff(fromId: string, toId: string): Promise<WorkListDiff> {
    const [from, to] = [await this.version(fromId, 'from'), await this.version(toId, 'to')];
    const [before, after] = [await this.items(from), await this.items(to)];
    const old = new Map(before.map((i) => [i.code, i]));
    const now = new Map(after.map((i) => [i.code, i]));
    return {
      added: after.filter((i) => !old.has(i.code)),
      removed: before.filter((i) => !now.has(i.code)),
      changed: after
        .filter((i) => old.has(i.code) && FIELDS.some((f) => old.get(i.code)![f] !== i[f]))
        .map((i) => ({ before: old.get(i.code)!, after: i })),
    };
  }

  /** A government department able to file requests and place tasks. */
  async department(id: string): Promise<Organisation> {
    const org = await new OrganisationService(this.ctx).byId(id, 'departmentId');
    if (org.kind !== OrganisationKind.GOVERNMENT_DEPARTMENT || org.status !== OrganisationStatus.ACTIVE) {
      throw badInput('WORKLIST.NOT_A_DEPARTMENT', 'Only an active government department does this.', [
        { field: 'departmentId', message: 'a government department' },
      ]);
    }
    return org;
  }

  async fileRequest(input: FileAccessRequestInput): Promise<AccessRequest> {
    const department = await this.department(input.departmentId);
    const row = {
      department: department.id,
      kind: input.kind,
      title: text(input.title, 'title', 2, 200),
      category: text(input.category, 'category', 2, 40),
      legalBasis: text(input.legalBasis, 'legalBasis', 2, 300),
      reason: text(input.reason, 'reason', 2, 500),
      status: AccessRequestStatus.PENDING,
    };
    const request = await this.ctx.em.transactional(async (em) => {
      await lockList(em, CAP.accessRequests);
      await assertRoom(em, CAP.accessRequests, `select count(*) as n from access_request`, []);
      const created = em.create(AccessRequest, row);
      await em.flush();
      return created;
    });
    this.ctx.audit.target(request.id);
    return request;
  }

  async request(id: string): Promise<AccessRequest> {
    const [found] = await readRows(this.ctx.em, AccessRequest, { id: parseId(id) });
    if (!found) throw notFound('WORKLIST.UNKNOWN_REQUEST', `No access request has the id ${id}.`);
    return found;
  }

  requests(departmentId: string | null): Promise<AccessRequest[]> {
    const where = departmentId ? { department: parseId(departmentId, 'departmentId') } : {};
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(this.ctx.em, AccessRequest, where, {
      orderBy: { id: 'desc' },
      limit: CAP.accessRequests.limit + 1,
    });
  }

  /** The unpublished next version, made from the current one when there is none. */
  private async draft(em: EntityManager): Promise<WorkListVersion> {
    const [existing] = await readRows(em, WorkListVersion, { published: false });
    if (existing) return existing;
    const current = await this.current(em);
    const [row] = await em.execute<{ id: number }[]>(
      `insert into work_list_version (label, published) values (?, false) returning id`,
      [`草案-${Date.now()}`],
    );
    await em.execute(
      `insert into work_item (version_id, code, kind, title, category, legal_basis, department)
       select ?, code, kind, title, category, legal_basis, department from work_item where version_id = ?`,
      [row.id, current.id],
    );
    return (await readRows(em, WorkListVersion, { id: row.id }))[0];
  }

  /** Approves (the item enters the next version, with a new code) or rejects with a reason. */
  async decide(input: DecideAccessRequestInput): Promise<AccessRequest> {
    const request = await this.request(input.id);
    if (request.status !== AccessRequestStatus.PENDING)
      throw conflict('WORKLIST.ALREADY_DECIDED', `The request was already ${request.status.toLowerCase()}.`);
    const reason = input.reason ? text(input.reason, 'reason', 1, 500) : null;
    if (!input.approve && !reason)
      throw badInput('WORKLIST.REASON_REQUIRED', 'Give a reason when rejecting.', [
        { field: 'reason', message: 'required when rejecting' },
      ]);
    const department = await new OrganisationService(this.ctx).byId(String(request.department.id));
    await this.ctx.em.transactional(async (em) => {
      let code: string | null = null;
      if (input.approve) {
        const draft = await this.draft(em);
        await lockParent(em, 'work_list_version', draft.id);
        await assertRoom(em, CAP.workItems, `select count(*) as n from work_item where version_id = ?`, [draft.id]);
        const prefix = request.kind === 'WORK' ? 'W' : 'S';
        const [{ n }] = await em.execute<{ n: number }[]>(
          `select coalesce(max(substring(code from 2)::int), 0) + 1 as n from work_item where kind = ?`,
          [request.kind],
        );
        code = `${prefix}${String(n).padStart(3, '0')}`;
        await em.execute(
          `insert into work_item (version_id, code, kind, title, category, legal_basis, department) values (?, ?, ?, ?, ?, ?, ?)`,
          [draft.id, code, request.kind, request.title, request.category, request.legalBasis, department.name],
        );
      }
      const updated = await em.execute(
        `update access_request set status = ?, decision_reason = ?, decided_at = now(), item_code = ? where id = ? and status = 'PENDING' returning id`,
        [input.approve ? AccessRequestStatus.APPROVED : AccessRequestStatus.REJECTED, reason, code, request.id],
      );
      if (!updated.length) throw conflict('WORKLIST.ALREADY_DECIDED', 'The request was decided meanwhile.');
    });
    return this.request(input.id);
  }

  /** The yearly review: the draft (current items, approved additions, minus removals) goes into force. */
  async publish(input: PublishWorkListInput): Promise<WorkListVersion> {
    const label = text(input.label, 'label', 2, 40);
    const effectiveFrom = isoDate(input.effectiveFrom, 'effectiveFrom');
    const id = await this.ctx.em.transactional(async (em) => {
      if ((await readRows(em, WorkListVersion, { label })).length)
        throw conflict('WORKLIST.LABEL_TAKEN', `A version is already labelled ${label}.`);
      await lockList(em, CAP.workListVersions);
      await assertRoom(em, CAP.workListVersions, `select count(*) as n from work_list_version where published`, []);
      const draft = await this.draft(em);
      const codes = [...new Set(input.removeCodes)];
      if (codes.length) {
        const removed = await em.execute<{ code: string }[]>(
          `delete from work_item where version_id = ? and code in (?) returning code`,
          [draft.id, codes],
        );
        const missing = codes.filter((c) => !removed.some((r) => r.code === c));
        if (missing.length)
          throw badInput('WORKLIST.UNKNOWN_CODES', `Not on the list: ${missing.slice(0, 10).join(', ')}.`, [
            { field: 'removeCodes', message: 'codes on the current list' },
          ]);
      }
      await em.execute(`update work_list_version set label = ?, effective_from = ?, published = true where id = ?`, [
        label,
        effectiveFrom,
        draft.id,
      ]);
      return draft.id;
    });
    this.ctx.audit.target(id);
    return this.version(String(id));
  }

  /** A community or village by code. */
  private async community(code: string): Promise<Division> {
    const division = await new DivisionService(this.ctx).byCode(code, 'communityCode');
    if (division.kind !== DivisionKind.COMMUNITY && division.kind !== DivisionKind.VILLAGE) {
      throw badInput('WORKLIST.NOT_A_COMMUNITY', 'Tasks and reports concern a community or village.', [
        { field: 'communityCode', message: 'a community or village' },
      ]);
    }
    return division;
  }

  /** Places a task on a community — only from an item on the list in force. */
  async assignTask(input: AssignCommunityTaskInput): Promise<CommunityTask> {
    const department = await this.department(input.departmentId);
    const community = await this.community(input.communityCode);
    const current = await this.current();
    const [item] = await readRows(this.ctx.em, WorkItem, { version: current.id, code: input.itemCode.trim() });
    if (!item || item.kind !== 'WORK')
      throw conflict(
        'WORKLIST.NOT_ON_LIST',
        `"${input.itemCode.slice(0, 20)}" is not a work item of the list in force (${current.label}).`,
      );
    const row = {
      item: item.id,
      itemCode: item.code,
      community: community.id,
      communityPath: community.path,
      department: department.id,
      title: text(input.title, 'title', 2, 200),
      dueOn: isoDate(input.dueOn, 'dueOn'),
    };
    const task = await this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'division', community.id);
      await assertRoom(em, CAP.communityTasks, `select count(*) as n from community_task where community_id = ?`, [
        community.id,
      ]);
      const created = em.create(CommunityTask, row);
      await em.flush();
      return created;
    });
    this.ctx.audit.scope(community.path, true);
    return task;
  }

  async tasks(communityCode: string): Promise<CommunityTask[]> {
    const community = await this.community(communityCode);
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      this.ctx.em,
      CommunityTask,
      { community: community.id },
      { orderBy: { id: 'desc' }, limit: CAP.communityTasks.limit + 1 },
    );
  }

  async report(input: ReportOutOfListInput): Promise<OutOfListReport> {
    const community = await this.community(input.communityCode);
    const row = {
      community: community.id,
      communityPath: community.path,
      reportedByPersonId: this.ctx.viewer.personId!,
      title: text(input.title, 'title', 2, 200),
      imposedBy: text(input.imposedBy, 'imposedBy', 2, 80),
      description: text(input.description, 'description', 2, 1000),
      status: OutOfListReportStatus.OPEN,
    };
    const report = await this.ctx.em.transactional(async (em) => {
      await lockList(em, CAP.outOfListReports);
      await assertRoom(em, CAP.outOfListReports, `select count(*) as n from out_of_list_report`, []);
      const created = em.create(OutOfListReport, row);
      await em.flush();
      return created;
    });
    this.ctx.audit.scope(community.path, true);
    return report;
  }

  async reportById(id: string): Promise<OutOfListReport> {
    const [found] = await readRows(this.ctx.em, OutOfListReport, { id: parseId(id) });
    if (!found) throw notFound('WORKLIST.UNKNOWN_REPORT', `No report has the id ${id}.`);
    this.ctx.audit.scope(found.communityPath);
    return found;
  }

  async reports(under: string): Promise<OutOfListReport[]> {
    const division = await new DivisionService(this.ctx).byCode(under, 'under');
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      this.ctx.em,
      OutOfListReport,
      { communityPath: { $like: `${division.path}%` } },
      { orderBy: { id: 'desc' }, limit: CAP.outOfListReports.limit + 1 },
    );
  }

  async close(input: CloseOutOfListInput): Promise<OutOfListReport> {
    const report = await this.reportById(input.id);
    const outcome = text(input.outcome, 'outcome', 2, 1000);
    const rows = await this.ctx.em.execute(
      `update out_of_list_report set status = 'CLOSED', outcome = ?, closed_at = now() where id = ? and status = 'OPEN' returning id`,
      [outcome, report.id],
    );
    if (!rows.length) throw conflict('WORKLIST.ALREADY_CLOSED', 'The report is already closed.');
    return this.reportById(input.id);
  }
}
