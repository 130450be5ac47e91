import { Role } from '../../src/auth/roles';
import { Scope } from '../../src/auth/scopes';
import { Viewer, type Grant } from '../../src/auth/viewer';

const CITY = '/530100000000/';
const WUHUA = `${CITY}530102000000/`;
const HUASHAN = `${WUHUA}530102001000/`;
const SIBLING = `${WUHUA}530102002000/`;
const COMMUNITY = `${HUASHAN}530102001002/`;

const grant = (role: Role, path: string, organisationId: number | null = null): Grant => ({
  role,
  path,
  organisationId,
  divisionId: null,
});

describe('Viewer: authority cascades down the tree', () => {
  const street = Viewer.person(1, [grant(Role.STREET_OFFICIAL, HUASHAN)]);

  it('reaches every node beneath its node and nothing in a sibling street', () => {
    expect(street.canAdminister(HUASHAN)).toBe(true);
    expect(street.canAdminister(COMMUNITY)).toBe(true);
    expect(street.canAdminister(SIBLING)).toBe(false);
    expect(street.canAdminister(WUHUA)).toBe(false);
    expect(street.canRead(`${SIBLING}530102002001/`, Scope.ORGANISATIONS_READ)).toBe(false);
  });

  it('does not mistake a code prefix for an ancestor', () => {
    // 530102001000 is not an ancestor of 5301020010001… because paths end with a slash.
    expect(street.canAdminister(`${WUHUA}5301020010001/`)).toBe(false);
  });

  it('sees every role a person holds, at different nodes', () => {
    const both = Viewer.person(2, [grant(Role.ANALYST, CITY), grant(Role.COMMUNITY_SECRETARY, COMMUNITY)]);
    expect(both.canRead(SIBLING, Scope.PEOPLE_READ)).toBe(true);
    expect(both.canSeePersonalData(SIBLING)).toBe(false);
    expect(both.canSeePersonalData(COMMUNITY)).toBe(true);
    expect(both.canAdminister(COMMUNITY)).toBe(true);
    expect(both.canAdminister(SIBLING)).toBe(false);
    expect(both.rootPaths()).toEqual([CITY]);
  });

  it('ranks roles for assigning', () => {
    const secretary = Viewer.person(3, [grant(Role.COMMUNITY_SECRETARY, COMMUNITY)]);
    expect(secretary.rankAt('administer', COMMUNITY)).toBe(40);
    expect(secretary.rankAt('administer', HUASHAN)).toBe(-1);
  });
});

describe('Viewer: partner tokens', () => {
  const token = Viewer.token(9, 5, COMMUNITY, [Scope.TREE_READ, Scope.ORGANISATIONS_READ]);

  it('reads only within its subtree and its scopes', () => {
    expect(token.canRead(COMMUNITY, Scope.ORGANISATIONS_READ)).toBe(true);
    expect(token.canRead(COMMUNITY, Scope.PEOPLE_READ)).toBe(false);
    expect(token.canRead(HUASHAN, Scope.ORGANISATIONS_READ)).toBe(false);
  });

  it('never administers, sees personal data or oversees', () => {
    expect(token.canAdminister(COMMUNITY)).toBe(false);
    expect(token.canSeePersonalData(COMMUNITY)).toBe(false);
    expect(token.canOversee(COMMUNITY)).toBe(false);
    expect(token.adminsOrganisation(5)).toBe(true);
  });

  it('anonymous callers can do nothing', () => {
    const anon = Viewer.anonymous();
    expect(anon.isSignedIn).toBe(false);
    expect(anon.canRead(CITY, Scope.TREE_READ)).toBe(false);
  });
});
