import { Role } from '../../src/auth/roles';
import { Viewer, type Grant } from '../../src/auth/viewer';
import { isAnalystOnly, isReadOnlySql } from '../../src/db/replicas';

const grant = (role: Role): Grant => ({ role, path: '/530100000000/', organisationId: null, divisionId: null });

describe('which requests read a replica', () => {
  it('a person whose every grant is ANALYST', () => {
    expect(isAnalystOnly(Viewer.person(1, [grant(Role.ANALYST)]))).toBe(true);
    expect(isAnalystOnly(Viewer.person(1, [grant(Role.ANALYST), grant(Role.ANALYST)]))).toBe(true);
  });

  it('not an analyst who also holds another role, a person without roles, a token or anonymous', () => {
    expect(isAnalystOnly(Viewer.person(1, [grant(Role.ANALYST), grant(Role.STREET_OFFICIAL)]))).toBe(false);
    expect(isAnalystOnly(Viewer.person(1, []))).toBe(false);
    expect(isAnalystOnly(Viewer.token(1, 2, '/530100000000/', []))).toBe(false);
    expect(isAnalystOnly(Viewer.anonymous())).toBe(false);
  });
});

describe('which raw statements a replica may answer', () => {
  it.each([
    'select 1',
    '  SELECT r.role from role_assignment r where r.person_id = ?',
    'with t as (select id from division) select count(*) from t',
  ])('reads: %s', (sql) => expect(isReadOnlySql(sql)).toBe(true));

  it.each([
    'update service_project set status = ? where id = ? returning id',
    'insert into volunteer (person_id) values (?)',
    'with moved as (delete from x returning *) select * from moved',
    'select * from bean_account where id = ? for update',
    'select * from bean_account where id = ? for no key update',
    'select * from bean_account where id = ? for share',
    "select nextval('seq')",
    'delete from x',
  ])('writes or locks: %s', (sql) => expect(isReadOnlySql(sql)).toBe(false));
});
