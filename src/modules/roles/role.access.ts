import { Role } from '../../auth/roles';
import type { Viewer } from '../../auth/viewer';
import { forbidden, type AppError } from '../../shared/errors';
import { governsOrganisation, type Organisation } from '../organisations';

/** Where a role is held: the node path it reaches and, for organisational roles and analysts', the organisation. */
export interface GrantPlace {
  path: string;
  organisation: Pick<Organisation, 'id' | 'kind' | 'divisionPath'> | null;
}

/**
 * May the caller give or end `role` held at `place` for person `personId`? True, or the refusal.
 * Every path that writes a role assignment asks this (assignRole, endRoleAssignment, approving
 * an application):
 * - only people manage roles, and nobody their own (ROLES.OWN_ROLE);
 * - an organisation's admin manages its members;
 * - otherwise the caller needs power over the node (`Viewer.canGrantAt`: subtree and rank) and,
 *   when the role is held in or for an organisation, power over that organisation too
 *   (`governsOrganisation`; ROLES.ORGANISATION_OUT_OF_REACH), so that nobody enrols anyone into an
 *   organisation placed above or beside their subtree.
 */
export function mayManageRole(v: Viewer, role: Role, place: GrantPlace, personId: number): true | AppError {
  if (v.kind !== 'person') return forbidden('AUTH.PERSON_REQUIRED', 'Only people give and end roles.');
  if (v.personId === personId) return forbidden('ROLES.OWN_ROLE', 'Nobody gives or ends their own roles.');
  const org = place.organisation;
  if (org && role === Role.ORG_MEMBER && v.adminsOrganisation(org.id)) return true;
  if (!v.canGrantAt(role, place.path))
    return forbidden('ROLES.OUT_OF_REACH', `Your roles do not let you give or end ${role} there.`);
  if (org && !governsOrganisation(v, org))
    return forbidden('ROLES.ORGANISATION_OUT_OF_REACH', 'Your roles give you no power over that organisation.');
  return true;
}

/** Throws the refusal unless the caller may give or end `role` at `place` for `personId` (see `mayManageRole`). */
export function assertMayManageRole(v: Viewer, role: Role, place: GrantPlace, personId: number): void {
  const verdict = mayManageRole(v, role, place, personId);
  if (verdict !== true) throw verdict;
}
