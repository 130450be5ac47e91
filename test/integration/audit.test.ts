import { Role } from '../../src/auth/roles';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { Account } from '../../src/modules/auth/account.entity';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import {
  ApplyToJoinDocument,
  AuditEntriesDocument,
  EdgeMutationFieldsDocument,
  EdgeTwoRenamesDocument,
  IssueTokenDocument,
  LoginDocument,
  RevokeTokenDocument,
  UpdateDivisionDocument,
  UpdateOrganisationDocument,
} from '../generated/graphql';
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';

const WUHUA = '530102000000';
const HUASHAN = '530102001000';
const SIBLING_STREET = '530102002000';

let t: TestApp;
let home: Division; // a community of 华山街道
let sibling: Division; // a community of the sibling street
let orgId: string; // property.admin's company
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const community = async (street: string) =>
    em.findOneOrFail(
      Division,
      {
        path: { $like: `${(await em.findOneOrFail(Division, { code: street })).path}%` },
        kind: DivisionKind.COMMUNITY,
      },
      { orderBy: { code: 'asc' } },
    );
  home = await community(HUASHAN);
  sibling = await community(SIBLING_STREET);
  for (const a of await em.find(Account, {})) ids[a.username] = a.person.id;
  const admin = await em.findOneOrFail(RoleAssignment, { person: ids['property.admin'], role: Role.ORG_ADMIN });
  orgId = String(admin.organisation!.id);
  // Sign everyone in now: a sign-in is a mutation, and would be counted inside a checked request.
  for (const u of [
    'street.official',
    'district.official',
    'analyst',
    'community.secretary',
    'property.admin',
    'bureau.admin',
  ])
    await t.tokenOf(u);
});
afterAll(() => t?.close());

const auditCount = () => t.em().count(AuditEntry);
const newest = async (n = 1) => (await t.em().find(AuditEntry, {}, { orderBy: { id: 'desc' }, limit: n })).reverse();

/** Runs `request` and returns its response and the entries it appended, oldest first. */
async function audited(
  request: () => Promise<GqlResponse<unknown>>,
): Promise<{ res: GqlResponse<unknown>; entries: AuditEntry[] }> {
  const before = await auditCount();
  const res = await request();
  const added = (await auditCount()) - before;
  return { res, entries: added > 0 ? await newest(added) : [] };
}

const rename = (username: string, code: string, name: string) => () =>
  t.executeAs({ username }, UpdateDivisionDocument, { input: { code, name } });

describe('every mutation appends one entry', () => {
  it('a successful one: actor, operation, target, OK and the request id', async () => {
    const { res, entries } = await audited(rename('street.official', home.code, '审计测试社区'));
    expect(res.errors).toBeUndefined();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorPersonId: ids['street.official'],
      actorTokenId: null,
      operation: 'updateDivision',
      outcome: 'OK',
      reason: null,
    });
    expect(entries[0].targetIds).toContain(home.code);
    expect(entries[0].requestId).toBe(res.headers.get('x-request-id'));
    expect(entries[0].scopePath).toBe(home.path);
  });

  it('a refused one: its error code and reason', async () => {
    const { res, entries } = await audited(rename('analyst', home.code, '越权改名'));
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorPersonId: ids.analyst,
      operation: 'updateDivision',
      outcome: 'FORBIDDEN',
      reason: 'AUTH.FORBIDDEN',
    });
    expect(entries[0].targetIds).toContain(home.code);
    expect(entries[0].requestId).toBe(res.headers.get('x-request-id'));
  });

  it('bad input', async () => {
    const { res, entries } = await audited(rename('street.official', home.code, '名'.repeat(300)));
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      outcome: 'BAD_USER_INPUT',
      reason: 'TREE.BAD_NAME',
      operation: 'updateDivision',
      actorPersonId: ids['street.official'],
    });
    expect(entries[0].targetIds).toContain(home.code);
  });

  it('variables that do not even coerce', async () => {
    const { res, entries } = await audited(() =>
      t.executeAs({ username: 'street.official' }, UpdateDivisionDocument, {
        input: { code: 42 as unknown as string },
      }),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      outcome: 'BAD_USER_INPUT',
      operation: 'updateDivision',
      actorPersonId: ids['street.official'],
    });
    expect(entries[0].requestId).toBe(res.headers.get('x-request-id'));
  });

  it('anonymous sign-in attempts, without ever recording the password', async () => {
    const { res, entries } = await audited(() =>
      t.executeAs(null, LoginDocument, { username: 'analyst', password: 'wrong-password-1234' }),
    );
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorPersonId: null,
      actorTokenId: null,
      operation: 'login',
      outcome: 'UNAUTHENTICATED',
      reason: 'AUTH.BAD_CREDENTIALS',
    });
    expect(JSON.stringify(entries[0])).not.toContain('wrong-password-1234');
  });

  it('keeps a well-formed request id given by the caller and replaces a malformed one', async () => {
    const body = { query: 'mutation { login(username: "analyst", password: "nope-nope") { token } }' };
    const given = await audited(() => t.post(body, { 'x-request-id': 'audit-req-0001' }));
    expect(given.res.headers.get('x-request-id')).toBe('audit-req-0001');
    expect(given.entries.map((e) => e.requestId)).toEqual(['audit-req-0001']);
    const replaced = await audited(() => t.post(body, { 'x-request-id': 'bad id with spaces' }));
    const id = replaced.res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.entries.map((e) => e.requestId)).toEqual([id]);
  });

  it('one entry per mutation field, each with its own outcome and target', async () => {
    const { res, entries } = await audited(() =>
      t.executeAs({ username: 'street.official' }, EdgeTwoRenamesDocument, {
        a: { code: home.code, name: '两项之一' },
        b: { code: sibling.code, name: '两项之二' },
      }),
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect((await t.em().findOneOrFail(Division, { code: home.code })).name).toBe('两项之一'); // the first one was written
    const requestId = res.headers.get('x-request-id');
    expect(entries.map((e) => [e.operation, e.requestId])).toEqual([
      ['updateDivision', requestId],
      ['updateDivision', requestId],
    ]);
    expect(entries[0].targetIds).toContain(home.code);
    expect(entries[1].targetIds).toContain(sibling.code);
    expect(entries.map((e) => e.outcome)).toEqual(['OK', 'FORBIDDEN']);
  });

  it('one entry per mutation field, each filed under the node it acted on', async () => {
    const { res, entries } = await audited(() =>
      t.executeAs({ username: 'district.official' }, EdgeTwoRenamesDocument, {
        a: { code: home.code, name: '两项之三' },
        b: { code: sibling.code, name: '两项之四' },
      }),
    );
    expect(res.errors).toBeUndefined();
    expect(entries.map((e) => e.outcome)).toEqual(['OK', 'OK']);
    expect(entries.map((e) => e.scopePath)).toEqual([home.path, sibling.path]);
  });

  it('records a write that happened as OK, whatever the response selection then hides', async () => {
    const input = {
      name: '邻街审计测试会',
      kind: 'SOCIAL_ORGANISATION' as const,
      divisionCode: sibling.code,
      contactName: '周联络',
      contactPhone: '13800138000',
    };
    const { entries } = await audited(() =>
      t.executeAs({ username: 'property.admin' }, ApplyToJoinDocument, { input }),
    );
    expect(await t.em().count(Organisation, { name: input.name })).toBe(1);
    expect(entries).toHaveLength(1);
    expect(entries[0].outcome).toBe('OK');
  });
});

describe('partner tokens in the trail', () => {
  let secret: string;
  let tokenId: string;

  beforeAll(async () => {
    const res = await t.executeAs({ username: 'property.admin' }, IssueTokenDocument, {
      input: { organisationId: orgId, name: 'audited', scopes: ['ORGANISATION_WRITE'] },
    });
    expect(res.errors).toBeUndefined();
    ({ secret } = res.data!.issueToken);
    tokenId = res.data!.issueToken.token.id;
  });

  it('issuing is recorded with the organisation and the new token as targets', async () => {
    const issued = (
      await t.em().find(AuditEntry, { operation: 'issueToken', outcome: 'OK' }, { orderBy: { id: 'desc' }, limit: 1 })
    )[0];
    expect(issued.actorPersonId).toBe(ids['property.admin']);
    expect(issued.targetIds).toEqual(expect.arrayContaining([orgId, tokenId]));
  });

  it("a token's mutation names the token, not a person", async () => {
    const { res, entries } = await audited(() =>
      t.executeAs({ bearer: secret }, UpdateOrganisationDocument, { input: { id: orgId, contactName: '令牌联系人' } }),
    );
    expect(res.errors).toBeUndefined();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorTokenId: Number(tokenId),
      actorPersonId: null,
      operation: 'updateOrganisation',
      outcome: 'OK',
    });
    expect(entries[0].targetIds).toContain(orgId);
  });

  it('no entry anywhere contains a secret', async () => {
    const rows: unknown[] = await t.em().getConnection().execute('select * from audit_entry');
    expect(rows.length).toBeGreaterThan(5);
    expect(JSON.stringify(rows)).not.toContain('gz_');
    const viaApi = await t.executeAs({ username: 'bureau.admin' }, AuditEntriesDocument, {
      under: '530100000000',
      first: 500,
    });
    expect(viaApi.errors).toBeUndefined();
    expect(viaApi.raw).not.toContain('gz_');
  });

  it('a secret pasted into an argument is not recorded', async () => {
    const { entries } = await audited(() =>
      t.executeAs({ username: 'property.admin' }, RevokeTokenDocument, { id: secret }),
    );
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0])).not.toContain(secret.slice(8, 20));
  });

  it('cannot read the trail', async () => {
    const res = await t.executeAs({ bearer: secret }, AuditEntriesDocument, { under: home.code, first: 10 });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toBeNull();
  });
});

describe('reading the trail (审计记录)', () => {
  beforeAll(async () => {
    expect(
      (
        await t.executeAs({ username: 'district.official' }, UpdateDivisionDocument, {
          input: { code: sibling.code, name: '邻街改名' },
        })
      ).errors,
    ).toBeUndefined();
  });
  const read = (username: string | null, under: string) =>
    t.executeAs(username ? { username } : null, AuditEntriesDocument, { under, first: 500 });
  const targetsOf = (res: Awaited<ReturnType<typeof read>>) =>
    res.data!.auditEntries.edges.flatMap((e) => e.node.targetIds);

  it("a street official reads its street's entries, not the sibling street's", async () => {
    const res = await read('street.official', HUASHAN);
    expect(res.errors).toBeUndefined();
    expect(targetsOf(res)).toContain(home.code);
    expect(targetsOf(res)).not.toContain(sibling.code);
    expect(res.data!.auditEntries.totalCount).toBe(res.data!.auditEntries.edges.length);
    expect(codes(await read('street.official', SIBLING_STREET))).toEqual(['FORBIDDEN']);
  });

  it('newest first, each with its request id', async () => {
    const edges = (await read('street.official', HUASHAN)).data!.auditEntries.edges;
    const seq = edges.map((e) => Number(e.node.id));
    expect(seq).toEqual([...seq].sort((a, b) => b - a));
    expect(edges.every((e) => !!e.node.requestId)).toBe(true);
  });

  it('a district official reads both streets', async () => {
    const res = await read('district.official', WUHUA);
    expect(targetsOf(res)).toEqual(expect.arrayContaining([home.code, sibling.code]));
  });

  it('an analyst or a community secretary is FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    expect(codes(await read('analyst', HUASHAN))).toEqual(['FORBIDDEN']);
    expect(codes(await read('community.secretary', home.code))).toEqual(['FORBIDDEN']);
    expect(codes(await read(null, HUASHAN))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the trail cannot be changed', () => {
  it('the API has no mutation about it', async () => {
    const res = await t.executeAs({ username: 'bureau.admin' }, EdgeMutationFieldsDocument);
    const names = res.data!.__schema.mutationType!.fields!.map((f) => f.name);
    expect(names).toContain('updateDivision');
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const conn = t.em().getConnection();
    const [first] = await newest(1);
    const before = await auditCount();
    await expect(
      conn.execute(`update audit_entry set outcome = 'OK', actor_person_id = null where id = ?`, [first.id]),
    ).rejects.toThrow(/append-only/);
    await expect(conn.execute('delete from audit_entry where id = ?', [first.id])).rejects.toThrow(/append-only/);
    await expect(conn.execute('delete from audit_entry')).rejects.toThrow(/append-only/);
    await expect(conn.execute('truncate audit_entry')).rejects.toThrow(/append-only/);
    expect(await auditCount()).toBe(before);
    expect((await t.em().findOneOrFail(AuditEntry, { id: first.id })).outcome).toBe(first.outcome);
  });
});
