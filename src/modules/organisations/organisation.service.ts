import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { text } from '../../shared/validate';
import { Role } from '../../auth/roles';
import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readPageArgs, toPage, type Page } from '../../shared/pagination';
import { readRows } from '../../shared/read-rows';
import { parseId } from '../../shared/ids';
import { Person } from '../people';
import { assertMayManageRole, assertRoleRoom, RoleAssignment } from '../roles';
import { Division, DivisionService } from '../tree';
import { Organisation } from './organisation.entity';
import { OrganisationStatus } from './organisation.enums';
import type {
  ApplyToJoinInput,
  DecideApplicationInput,
  OrganisationSearchArgs,
  UpdateOrganisationInput,
} from './organisation.inputs';

const PHONE = /^1\d{10}$/;

function phone(value: string, field: string): string {
  if (!PHONE.test(value))
    throw badInput('INPUT.BAD_PHONE', `${field} must be an 11-digit mobile number.`, [
      { field, message: '11 digits starting with 1' },
    ]);
  return value;
}

/**
 * Refuses (ORG.TOO_MANY_AT_NODE) one more active organisation at a node whose list is full; the
 * node's row is locked in the caller's transaction so two approvals are counted one at a time.
 */
export async function assertNodeRoom(em: EntityManager, divisionId: number): Promise<void> {
  await lockParent(em, 'division', divisionId);
  await assertRoom(
    em,
    CAP.nodeOrganisations,
    `select count(*) as n from organisation where division_id = ? and status = 'ACTIVE'`,
    [divisionId],
  );
}

/** The rules of organisations and of partners joining. */
export class OrganisationService {
  constructor(private readonly ctx: Context) {}

  async byId(id: string, field = 'id'): Promise<Organisation> {
    const org = await this.ctx.loaders.organisationById.load(parseId(id, field));
    if (!org) throw notFound('ORG.UNKNOWN_ORGANISATION', `No organisation has the id ${id}.`);
    this.ctx.audit.scope(org.divisionPath);
    return org;
  }

  /** The organisation as a managed entity, to be changed. */
  private async managed(id: string, field = 'id'): Promise<Organisation> {
    return this.ctx.em.findOneOrFail(Organisation, { id: (await this.byId(id, field)).id });
  }

  /** Organisations in the caller's reach, filtered and paginated by id. */
  async search(args: OrganisationSearchArgs): Promise<Page<Organisation>> {
    const { first, afterKey } = readPageArgs(args);
    const where: FilterQuery<Organisation> = { status: args.status ?? OrganisationStatus.ACTIVE };
    const roots = this.ctx.viewer.grants
      .filter((g) => this.ctx.viewer.canRead(g.path, Scope.ORGANISATIONS_READ))
      .map((g) => g.path);
    let under = roots;
    if (args.under) {
      const path = (await new DivisionService(this.ctx).byCode(args.under, 'under')).path;
      under = roots.some((r) => path.startsWith(r)) ? [path] : roots.filter((r) => r.startsWith(path));
    }
    if (!under.length)
      return toPage(
        [],
        first,
        () => '',
        async () => 0,
      );
    where.$or = under.map((p) => ({ divisionPath: { $like: `${p}%` } }));
    if (args.kinds?.length) where.kind = { $in: args.kinds };
    const page = afterKey ? { ...where, id: { $gt: Number(afterKey) } } : where;
    const rows = await readRows(this.ctx.em, Organisation, page, { orderBy: { id: 'asc' }, limit: first + 1 });
    return toPage(
      rows,
      first,
      (o) => String(o.id),
      () => this.ctx.em.count(Organisation, where),
    );
  }

  /** A signed-in person applies for an organisation to join; they become its admin on approval. */
  async apply(input: ApplyToJoinInput): Promise<Organisation> {
    const division = await new DivisionService(this.ctx).byCode(input.divisionCode, 'divisionCode');
    this.ctx.audit.scope(division.path, true);
    const org = this.ctx.em.create(Organisation, {
      name: text(input.name, 'name', 2, 120),
      kind: input.kind,
      status: OrganisationStatus.PENDING,
      division: this.ctx.em.getReference(Division, division.id),
      divisionPath: division.path,
      contactName: text(input.contactName, 'contactName', 1, 60),
      contactPhone: phone(input.contactPhone, 'contactPhone'),
      appliedBy: this.ctx.em.getReference(Person, this.ctx.viewer.personId!),
    });
    await this.ctx.em.flush();
    this.ctx.audit.target(org.id);
    return org;
  }

  /** Approves or declines a pending application; approval makes the applicant its admin. */
  async decide(input: DecideApplicationInput): Promise<Organisation> {
    const org = await this.managed(input.organisationId, 'organisationId');
    if (org.status !== OrganisationStatus.PENDING)
      throw conflict('ORG.ALREADY_DECIDED', `The application was already ${org.status.toLowerCase()}.`);
    const reason = input.reason ? text(input.reason, 'reason', 1, 500) : null;
    if (!input.approve && !reason)
      throw badInput('ORG.REASON_REQUIRED', 'Give a reason when declining.', [
        { field: 'reason', message: 'required when declining' },
      ]);
    const admin = input.approve && org.appliedBy ? org.appliedBy : null;
    if (admin)
      assertMayManageRole(this.ctx.viewer, Role.ORG_ADMIN, { path: org.divisionPath, organisation: org }, admin.id);
    await this.ctx.em.transactional(async (em) => {
      // Locks in the order role assignments take them: person, node, organisation.
      if (admin) await lockParent(em, 'person', admin.id);
      if (input.approve) await assertNodeRoom(em, org.division.id);
      if (admin)
        await assertRoleRoom(em, {
          role: Role.ORG_ADMIN,
          personId: admin.id,
          divisionId: null,
          organisationId: org.id,
        });
      org.status = input.approve ? OrganisationStatus.ACTIVE : OrganisationStatus.DECLINED;
      org.decidedAt = new Date();
      org.decidedBy = em.getReference(Person, this.ctx.viewer.personId!);
      org.decisionReason = reason;
      if (admin)
        em.create(RoleAssignment, {
          person: admin,
          role: Role.ORG_ADMIN,
          organisation: org,
          scopePath: org.divisionPath,
          startsOn: today(),
        });
      await em.flush();
    });
    return org;
  }

  /** Updates an organisation's profile. */
  async update(input: UpdateOrganisationInput): Promise<Organisation> {
    const org = await this.managed(input.id);
    if (input.name != null) org.name = text(input.name, 'name', 2, 120);
    if (input.contactName != null) org.contactName = text(input.contactName, 'contactName', 1, 60);
    if (input.contactPhone != null) org.contactPhone = phone(input.contactPhone, 'contactPhone');
    await this.ctx.em.flush();
    return org;
  }
}
