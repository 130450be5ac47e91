import type { Context } from '../../context';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isWithin } from '../../shared/tree-path';
import { isoDate, text, wholeNumber } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { OrganisationKind, OrganisationService } from '../organisations';
import { DivisionService } from '../tree';
import { SocialWorker } from './linkage.entities';
import {
  ProjectStatus,
  ServiceProject,
  ServiceProjectCommunity,
  ServiceProjectWorker,
  ServiceRecord,
} from './project.entities';

/** The buyers government buys services through. */
const BUYERS = new Set([
  OrganisationKind.CIVIL_AFFAIRS_BUREAU,
  OrganisationKind.STREET_OFFICE,
  OrganisationKind.COMMUNITY_COMMITTEE,
]);
/** The only moves of a project's life. */
const NEXT: Partial<Record<ProjectStatus, ProjectStatus>> = {
  [ProjectStatus.PLANNED]: ProjectStatus.RUNNING,
  [ProjectStatus.RUNNING]: ProjectStatus.COMPLETED,
};

/** Service projects: bought by a bureau, street or community, run by a social organisation. */
export class ProjectService {
  constructor(private readonly ctx: Context) {}

  async project(id: string): Promise<ServiceProject> {
    const [project] = await readRows(this.ctx.em, ServiceProject, { id: parseId(id, 'projectId') });
    if (!project) throw notFound('PROJECTS.UNKNOWN_PROJECT', `No project has the id ${id}.`);
    this.ctx.audit.scope(project.buyerPath);
    return project;
  }

  async buyer(id: string) {
    const buyer = await new OrganisationService(this.ctx).byId(id, 'buyerId');
    if (!BUYERS.has(buyer.kind))
      throw badInput(
        'PROJECTS.NOT_A_BUYER',
        'Services are bought by the bureau, a street office or a community committee.',
        [{ field: 'buyerId', message: 'a bureau, street office or community committee' }],
      );
    return buyer;
  }

  async create(input: {
    buyerId: string;
    contractorId: string;
    title: string;
    budgetYuan: number;
    startsOn: string;
    endsOn: string;
    communityCodes: string[];
    workerIds: string[];
  }): Promise<ServiceProject> {
    const buyer = await this.buyer(input.buyerId);
    const contractor = await new OrganisationService(this.ctx).byId(input.contractorId, 'contractorId');
    if (contractor.kind !== OrganisationKind.SOCIAL_ORGANISATION)
      throw badInput('PROJECTS.NOT_A_CONTRACTOR', 'The contractor is a social organisation.', [
        { field: 'contractorId', message: 'a social organisation' },
      ]);
    const [startsOn, endsOn] = [isoDate(input.startsOn, 'startsOn'), isoDate(input.endsOn, 'endsOn')];
    if (endsOn < startsOn)
      throw badInput('PROJECTS.BAD_PERIOD', 'The project ends before it starts.', [
        { field: 'endsOn', message: 'on or after startsOn' },
      ]);
    const divisions = new DivisionService(this.ctx);
    const communities = await Promise.all(input.communityCodes.map((c) => divisions.byCode(c, 'communityCodes')));
    if (!communities.length || communities.some((c) => !isWithin(c.path, buyer.divisionPath))) {
      throw badInput(
        'PROJECTS.BAD_COMMUNITIES',
        "A project serves one or more communities within the buyer's subtree.",
        [{ field: 'communityCodes', message: "communities under the buyer's node" }],
      );
    }
    const workers = await readRows(this.ctx.em, SocialWorker, {
      id: { $in: input.workerIds.map((w) => parseId(w, 'workerIds')) },
    });
    if (workers.length !== new Set(input.workerIds).size || workers.some((w) => w.employer.id !== contractor.id)) {
      throw badInput('PROJECTS.BAD_WORKERS', "Assigned workers are the contractor's social workers.", [
        { field: 'workerIds', message: "the contractor's workers" },
      ]);
    }
    const id = await this.ctx.em.transactional(async (em) => {
      const project = em.create(ServiceProject, {
        title: text(input.title, 'title', 2, 200),
        buyer: buyer.id,
        buyerPath: buyer.divisionPath,
        contractor: contractor.id,
        budgetYuan: wholeNumber(input.budgetYuan, 'budgetYuan', 0, 2_000_000_000),
        startsOn,
        endsOn,
        status: ProjectStatus.PLANNED,
      });
      for (const c of communities) em.create(ServiceProjectCommunity, { project, community: c.id });
      for (const w of workers) em.create(ServiceProjectWorker, { project, worker: w.id });
      await em.flush();
      return project.id;
    });
    this.ctx.audit.target(id);
    return this.project(String(id));
  }

  /** PLANNED → RUNNING → COMPLETED; anything else is refused. */
  async advance(id: string, to: ProjectStatus): Promise<ServiceProject> {
    const project = await this.project(id);
    if (NEXT[project.status] !== to)
      throw conflict(
        'PROJECTS.WRONG_STEP',
        `A ${project.status.toLowerCase()} project cannot become ${to.toLowerCase()}.`,
      );
    const rows = await this.ctx.em.execute(
      'update service_project set status = ? where id = ? and status = ? returning id',
      [to, project.id, project.status],
    );
    if (!rows.length) throw conflict('PROJECTS.WRONG_STEP', 'The project changed meanwhile.');
    return this.project(id);
  }

  /** The buyer evaluates a completed project, once. */
  async evaluate(input: { projectId: string; score: number; note: string }): Promise<ServiceProject> {
    const project = await this.project(input.projectId);
    const score = wholeNumber(input.score, 'score', 1, 5);
    const note = text(input.note, 'note', 2, 500);
    const rows = await this.ctx.em.execute(
      `update service_project set status = 'EVALUATED', evaluation_score = ?, evaluation_note = ? where id = ? and status = 'COMPLETED' returning id`,
      [score, note, project.id],
    );
    if (!rows.length)
      throw conflict(
        'PROJECTS.WRONG_STEP',
        `Only a completed project is evaluated; this one is ${project.status.toLowerCase()}.`,
      );
    return this.project(input.projectId);
  }

  /** One of the assigned workers' services, while the project runs. */
  async record(input: {
    projectId: string;
    workerId: string;
    servedOn: string;
    hours: number;
    beneficiaries: number;
    notes: string;
  }): Promise<ServiceRecord> {
    const project = await this.project(input.projectId);
    if (project.status !== ProjectStatus.RUNNING)
      throw conflict('PROJECTS.NOT_RUNNING', 'Services are recorded while the project runs.');
    const workerId = parseId(input.workerId, 'workerId');
    const [assigned] = await readRows(this.ctx.em, ServiceProjectWorker, { project: project.id, worker: workerId });
    if (!assigned)
      throw badInput('PROJECTS.NOT_ASSIGNED', 'The worker is not assigned to the project.', [
        { field: 'workerId', message: 'a worker of the project' },
      ]);
    const servedOn = isoDate(input.servedOn, 'servedOn');
    if (servedOn < project.startsOn || servedOn > project.endsOn)
      throw badInput('PROJECTS.OUTSIDE_PERIOD', "The date is outside the project's period.", [
        { field: 'servedOn', message: 'within the period' },
      ]);
    const row = {
      project: project.id,
      worker: workerId,
      servedOn,
      hours: wholeNumber(input.hours, 'hours', 1, 24),
      beneficiaries: wholeNumber(input.beneficiaries, 'beneficiaries', 0, 100_000),
      notes: text(input.notes, 'notes', 2, 1000),
    };
    return this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'service_project', project.id);
      await assertRoom(em, CAP.projectRecords, `select count(*) as n from service_record where project_id = ?`, [
        project.id,
      ]);
      const record = em.create(ServiceRecord, row);
      await em.flush();
      return record;
    });
  }

  records(project: ServiceProject): Promise<ServiceRecord[]> {
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      this.ctx.em,
      ServiceRecord,
      { project: project.id },
      { orderBy: { servedOn: 'desc', id: 'desc' }, limit: CAP.projectRecords.limit + 1 },
    );
  }
}
