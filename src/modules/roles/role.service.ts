import { ROLE_POWERS, Role } from '../../auth/roles';
import { isoDate } from '../../shared/validate';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { badInput, conflict, notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { Organisation, OrganisationService, OrganisationStatus } from '../organisations';
import { Person, PersonService } from '../people';
import { Division, DivisionService } from '../tree';
import { refId } from '../../shared/loaders';
import { RoleAssignment } from './role-assignment.entity';
import { assertMayManageRole, type GrantPlace } from './role.access';
import { assertRoleRoom } from './role.caps';
import type { AssignRoleInput, EndRoleInput } from './role.inputs';

/** Where a new assignment would be held. */
export interface RoleTarget extends GrantPlace {
  division: Division | null;
  organisation: Organisation | null;
}

/** The rules of role assignments. */
export class RoleService {
  constructor(private readonly ctx: Context) {}

  /** Resolves where an assignment is held: a node for node roles, an organisation for organisational ones. */
  async target(input: AssignRoleInput): Promise<RoleTarget> {
    const organisational = ROLE_POWERS[input.role].organisational;
    const [wantsOrg, wantsNode] = [!!input.organisationId, !!input.divisionCode];
    // An analyst reads at a node and may also name the organisation they work for (where their saved queries are shared).
    if (input.role === Role.ANALYST && wantsNode && wantsOrg) {
      const organisation = await new OrganisationService(this.ctx).byId(input.organisationId!, 'organisationId');
      if (organisation.status !== OrganisationStatus.ACTIVE)
        throw conflict('ORG.NOT_ACTIVE', 'The organisation has not been approved.');
      const division = await new DivisionService(this.ctx).byCode(input.divisionCode!, 'divisionCode');
      return { division, organisation, path: division.path };
    }
    if (organisational ? !wantsOrg || wantsNode : !wantsNode || wantsOrg) {
      const message = organisational
        ? `${input.role} is held in an organisation: give organisationId only.`
        : `${input.role} is held at a node: give divisionCode only.`;
      throw badInput('ROLES.BAD_PLACE', message, [
        { field: organisational ? 'organisationId' : 'divisionCode', message: 'required' },
      ]);
    }
    if (organisational) {
      const organisation = await new OrganisationService(this.ctx).byId(input.organisationId!, 'organisationId');
      if (organisation.status !== OrganisationStatus.ACTIVE)
        throw conflict('ORG.NOT_ACTIVE', 'The organisation has not been approved.');
      return { division: null, organisation, path: organisation.divisionPath };
    }
    const division = await new DivisionService(this.ctx).byCode(input.divisionCode!, 'divisionCode');
    return { division, organisation: null, path: division.path };
  }

  async assign(input: AssignRoleInput): Promise<RoleAssignment> {
    const target = await this.target(input);
    const person = await new PersonService(this.ctx).byId(input.personId);
    assertMayManageRole(this.ctx.viewer, input.role, target, person.id);
    const startsOn = input.startsOn ? isoDate(input.startsOn, 'startsOn') : today();
    const endsOn = input.endsOn ? isoDate(input.endsOn, 'endsOn') : null;
    if (endsOn && endsOn < startsOn)
      throw badInput('ROLES.BAD_TERM', 'The term ends before it starts.', [
        { field: 'endsOn', message: 'on or after startsOn' },
      ]);
    const assignment = await this.ctx.em.transactional(async (em) => {
      await assertRoleRoom(em, {
        role: input.role,
        personId: person.id,
        divisionId: target.division?.id ?? null,
        organisationId: target.organisation?.id ?? null,
      });
      const created = em.create(RoleAssignment, {
        person: em.getReference(Person, person.id),
        role: input.role,
        division: target.division && em.getReference(Division, target.division.id),
        organisation: target.organisation && em.getReference(Organisation, target.organisation.id),
        scopePath: target.path,
        startsOn,
        endsOn,
      });
      await em.flush();
      return created;
    });
    this.ctx.audit.target(assignment.id);
    return assignment;
  }

  async byId(id: string): Promise<RoleAssignment> {
    const found = await this.ctx.em.findOne(RoleAssignment, { id: parseId(id) });
    if (!found) throw notFound('ROLES.UNKNOWN_ASSIGNMENT', `No role assignment has the id ${id}.`);
    this.ctx.audit.scope(found.scopePath);
    return found;
  }

  /** Where an existing assignment is held (its organisation loaded, to judge power over it). */
  async placeOf(r: RoleAssignment): Promise<GrantPlace> {
    const orgId = refId(r.organisation);
    const organisation = orgId === null ? null : await this.ctx.loaders.organisationById.load(orgId);
    return { path: r.scopePath, organisation: organisation ?? null };
  }

  async end(input: EndRoleInput): Promise<RoleAssignment> {
    const assignment = await this.byId(input.id);
    assertMayManageRole(this.ctx.viewer, assignment.role, await this.placeOf(assignment), assignment.person.id);
    const yesterday = today(new Date(Date.now() - 86_400_000));
    const endsOn = input.endsOn ? isoDate(input.endsOn, 'endsOn') : yesterday;
    if (assignment.endsOn && assignment.endsOn <= endsOn)
      throw conflict('ROLES.ALREADY_ENDED', 'The assignment already ends on or before that day.');
    if (endsOn < yesterday)
      throw badInput('ROLES.BAD_TERM', 'A term cannot be ended in the past.', [
        { field: 'endsOn', message: 'yesterday or later' },
      ]);
    // Ending before the start cancels an assignment that never began.
    assignment.endsOn = endsOn;
    await this.ctx.em.flush();
    return assignment;
  }
}
