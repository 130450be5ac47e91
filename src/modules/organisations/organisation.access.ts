import type { Viewer } from '../../auth/viewer';
import type { Organisation } from './organisation.entity';
import { OrganisationKind } from './organisation.enums';

/** Organisations of government and of the community's self-governance. */
const GOVERNMENT: ReadonlySet<OrganisationKind> = new Set([
  OrganisationKind.CIVIL_AFFAIRS_BUREAU,
  OrganisationKind.STREET_OFFICE,
  OrganisationKind.COMMUNITY_COMMITTEE,
  OrganisationKind.PARTY_ORGANISATION,
]);

/**
 * True when a person's roles entitle them to manage organisation `org` from outside it: the
 * administrators of its node for public bodies, the street office, district or bureau above it
 * for partners (whose own affairs are otherwise theirs). Never an organisation placed above or
 * beside the caller's subtree.
 */
export function governsOrganisation(v: Viewer, org: Pick<Organisation, 'kind' | 'divisionPath'>): boolean {
  return GOVERNMENT.has(org.kind) ? v.canAdminister(org.divisionPath) : v.canOversee(org.divisionPath);
}
