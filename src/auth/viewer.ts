import { isWithin } from '../shared/tree-path';
import { ROLE_POWERS, Role } from './roles';
import { Scope } from './scopes';

/** One active role of the caller: where it reaches and what it may do there. */
export interface Grant {
  role: Role;
  /** Materialised path of the node the role is held at (for organisations, the organisation's node). */
  path: string;
  organisationId: number | null;
  divisionId: number | null;
}

type Power = 'read' | 'administer' | 'personalData' | 'oversee' | 'pay';

/**
 * Who is calling: anonymous, a signed-in person with their active roles, or a
 * partner organisation's token with its scopes. Every permission question about
 * the tree is answered here from the grants, without touching the database.
 */
export class Viewer {
  private constructor(
    readonly kind: 'anonymous' | 'person' | 'token',
    readonly grants: readonly Grant[],
    readonly personId: number | null,
    readonly tokenId: number | null,
    /** The token's organisation; null for people. */
    readonly tokenOrganisationId: number | null,
    /** Scopes of a token; null for people (limited by their roles alone). */
    readonly scopes: ReadonlySet<Scope> | null,
  ) {}

  static anonymous(): Viewer {
    return new Viewer('anonymous', [], null, null, null, null);
  }

  static person(personId: number, grants: Grant[]): Viewer {
    return new Viewer('person', grants, personId, null, null, null);
  }

  /** A token acts as its organisation's admin would, within its scopes. */
  static token(tokenId: number, organisationId: number, organisationPath: string, scopes: Scope[]): Viewer {
    const grant: Grant = { role: Role.ORG_ADMIN, path: organisationPath, organisationId, divisionId: null };
    return new Viewer('token', [grant], null, tokenId, organisationId, new Set(scopes));
  }

  get isSignedIn(): boolean {
    return this.kind !== 'anonymous';
  }

  /** True for people; for tokens, true when the token carries `scope`. */
  hasScope(scope: Scope): boolean {
    return this.scopes === null || this.scopes.has(scope);
  }

  /**
   * True when the caller may read records of kind `scope` at `path`: a person through a
   * role with read power over it, a token when it carries the scope and `path` is in its subtree.
   */
  canRead(path: string, scope: Scope): boolean {
    if (this.kind === 'token') return this.hasScope(scope) && isWithin(path, this.grants[0].path);
    return this.has('read', path);
  }

  /**
   * True when the caller may read the public fields of the tree node at `path`: every person;
   * a token with TREE_READ within its subtree and on the chain of nodes above it.
   */
  canSeeTreeNode(path: string): boolean {
    if (this.kind === 'person') return true;
    if (this.kind !== 'token' || !this.hasScope(Scope.TREE_READ)) return false;
    const own = this.grants[0].path;
    return isWithin(path, own) || isWithin(own, path);
  }

  /** True when a person's role lets them change the node at `path` and assign roles there. */
  canAdminister(path: string): boolean {
    return this.kind === 'person' && this.has('administer', path);
  }

  /** True when a person's role lets them see unmasked personal data at `path`. */
  canSeePersonalData(path: string): boolean {
    return this.kind === 'person' && this.has('personalData', path);
  }

  /** True when a person's role lets them approve partners and read the audit trail at `path`. */
  canOversee(path: string): boolean {
    return this.kind === 'person' && this.has('oversee', path);
  }

  /** True when a person's role lets them read staff pay at `path` (HR officers of the bureau or the street). */
  canSeePay(path: string): boolean {
    return this.kind === 'person' && this.has('pay', path);
  }

  private has(power: Power, path: string): boolean {
    return this.grants.some((g) => ROLE_POWERS[g.role][power] && isWithin(path, g.path));
  }

  /** True when a person holds one of `roles` at exactly the node at `path`. */
  holdsAt(roles: readonly Role[], path: string): boolean {
    return this.kind === 'person' && this.grants.some((g) => g.path === path && roles.includes(g.role));
  }

  /**
   * True when a person's roles let them give or end `role` at the node at `path` (the
   * organisation, if any, is judged apart): an organisation's admin is appointed by the street
   * office, district or bureau above it; every other role by administrators of the node of
   * strictly higher rank (the bureau's administrators also their peers).
   */
  canGrantAt(role: Role, path: string): boolean {
    if (this.kind !== 'person') return false;
    if (role === Role.ORG_ADMIN) return this.canOversee(path);
    const rank = this.rankAt('administer', path);
    const top = ROLE_POWERS[Role.BUREAU_ADMIN].rank;
    return rank > ROLE_POWERS[role].rank || (rank === top && role === Role.BUREAU_ADMIN);
  }

  /** The highest rank among grants with `power` reaching `path` (−1 when none). */
  rankAt(power: Power, path: string): number {
    if (this.kind === 'token') return -1;
    return this.grants.reduce(
      (best, g) =>
        ROLE_POWERS[g.role][power] && isWithin(path, g.path) ? Math.max(best, ROLE_POWERS[g.role].rank) : best,
      -1,
    );
  }

  /** True when the caller administers organisation `id` (its admin, or its token). */
  adminsOrganisation(id: number): boolean {
    return this.grants.some((g) => g.role === Role.ORG_ADMIN && g.organisationId === id);
  }

  /**
   * True when the caller belongs to organisation `id` in any role (or is its token). An analyst's
   * organisation is only the circle their saved queries are shared in: it gives no member's powers.
   */
  belongsTo(id: number): boolean {
    return this.grants.some((g) => g.organisationId === id && g.role !== Role.ANALYST);
  }

  /** The widest node paths the caller reaches (for scoping lists and the audit trail). */
  rootPaths(): string[] {
    const paths = [...new Set(this.grants.map((g) => g.path))].sort((a, b) => a.length - b.length);
    return paths.filter((p, i) => !paths.slice(0, i).some((q) => isWithin(p, q)));
  }
}
