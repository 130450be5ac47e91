import { createHash } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { Account } from '../../src/modules/auth/account.entity';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { ApiToken } from '../../src/modules/tokens/api-token.entity';
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import {
  ApiTokensDocument,
  ApplyToJoinDocument,
  DecideApplicationDocument,
  EdgeDivisionCursorsDocument,
  EdgeDivisionNameDocument,
  EdgeOrganisationStatusDocument,
  IssueTokenDocument,
  MeDocument,
  RevokeTokenDocument,
  type ApplyToJoinInput,
} from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

const HUASHAN = '530102001000';
const SIBLING_STREET = '530102002000';
const PANLONG = '530103000000';
const DAY = 86_400_000;

let t: TestApp;
/** community.secretary's community (in 华山街道), a community of the sibling street and one of 盘龙区. */
let home: Division;
let sibling: Division;
let panlong: Division;

const communityUnder = (em: ReturnType<TestApp['em']>, path: string) =>
  em.findOneOrFail(
    Division,
    { path: { $like: `${path}%` }, kind: DivisionKind.COMMUNITY },
    { orderBy: { code: 'asc' } },
  );

beforeAll(async () => {
  t = await startTestApp();
  const em = t.em();
  const secretary = await em.findOneOrFail(Account, { username: 'community.secretary' });
  home = (
    await em.findOneOrFail(
      RoleAssignment,
      { person: secretary.person.id, role: Role.COMMUNITY_SECRETARY },
      { populate: ['division'] },
    )
  ).division!;
  expect(home.path.startsWith(`/530100000000/530102000000/${HUASHAN}/`)).toBe(true);
  sibling = await communityUnder(em, (await em.findOneOrFail(Division, { code: SIBLING_STREET })).path);
  panlong = await communityUnder(em, (await em.findOneOrFail(Division, { code: PANLONG })).path);
});
afterAll(() => t?.close());

const application = (divisionCode: string, name: string): ApplyToJoinInput => ({
  name,
  kind: 'SOCIAL_ORGANISATION',
  divisionCode,
  contactName: '周联络',
  contactPhone: '13800138000',
});
const personIdOf = async (username: string) =>
  (await t.em().findOneOrFail(Account, { username }, { populate: ['person'] })).person.id;
const statusOf = async (id: string) => (await t.em().findOneOrFail(Organisation, { id: Number(id) })).status;

describe('joining (入驻申请)', () => {
  let orgId: string;

  it('an application starts PENDING, applied for by the caller', async () => {
    const res = await t.executeAs({ username: 'community.secretary' }, ApplyToJoinDocument, {
      input: application(home.code, '华山邻里互助会'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.applyToJoin.status).toBe('PENDING');
    orgId = res.data!.applyToJoin.id;
    const row = await t.em().findOneOrFail(Organisation, { id: Number(orgId) });
    expect(row.appliedBy?.id).toBe(await personIdOf('community.secretary'));
    expect(row.divisionPath).toBe(home.path);
  });

  it('a pending organisation can have no token, even asked by its applicant', async () => {
    const res = await t.executeAs({ username: 'community.secretary' }, IssueTokenDocument, {
      input: { organisationId: orgId, name: 'early', scopes: ['TREE_READ'] },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(await t.em().count(ApiToken, { organisation: Number(orgId) })).toBe(0);
  });

  it('declining needs a reason', async () => {
    for (const reason of [undefined, null, '   ']) {
      const res = await t.executeAs({ username: 'street.official' }, DecideApplicationDocument, {
        input: { organisationId: orgId, approve: false, reason },
      });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await statusOf(orgId)).toBe('PENDING');
  });

  it('only an official above the node decides: not the applicant, not an analyst', async () => {
    for (const username of ['community.secretary', 'analyst', 'property.admin']) {
      const res = await t.executeAs({ username }, DecideApplicationDocument, {
        input: { organisationId: orgId, approve: true },
      });
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await statusOf(orgId)).toBe('PENDING');
  });

  it("the street official of the node's street approves; deciding twice is a CONFLICT", async () => {
    const res = await t.executeAs({ username: 'street.official' }, DecideApplicationDocument, {
      input: { organisationId: orgId, approve: true },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.decideApplication.status).toBe('ACTIVE');
    expect(res.data?.decideApplication.decidedAt).toBeTruthy();
    for (const approve of [true, false]) {
      const again = await t.executeAs({ username: 'street.official' }, DecideApplicationDocument, {
        input: { organisationId: orgId, approve, reason: 'again' },
      });
      expect(codes(again)).toEqual(['CONFLICT']);
    }
    expect(await statusOf(orgId)).toBe('ACTIVE');
  });

  it('the applicant becomes its ORG_ADMIN', async () => {
    const me = await t.executeAs({ username: 'community.secretary' }, MeDocument);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'ORG_ADMIN', organisation: expect.objectContaining({ id: orgId }) }),
      ]),
    );
  });

  it('the applicant reads back its application wherever it applies (even outside the subtree its roles read)', async () => {
    const res = await t.executeAs({ username: 'property.admin' }, ApplyToJoinDocument, {
      input: application(sibling.code, '邻街读回测试会'),
    });
    const written = await t.em().count(Organisation, { name: '邻街读回测试会' });
    expect(written).toBe(1);
    // Written, so the response must say so: an error here makes clients retry and apply twice.
    expect(res.errors).toBeUndefined();
    expect(res.data?.applyToJoin.status).toBe('PENDING');
  });

  it("an application in 盘龙区 is decided by the bureau, not by 五华区's officials", async () => {
    await t.executeAs({ username: 'property.admin' }, ApplyToJoinDocument, {
      input: application(panlong.code, '盘龙志愿者协会'),
    });
    const id = String((await t.em().findOneOrFail(Organisation, { name: '盘龙志愿者协会' })).id);
    expect(await statusOf(id)).toBe('PENDING');
    for (const username of ['street.official', 'district.official']) {
      const res = await t.executeAs({ username }, DecideApplicationDocument, {
        input: { organisationId: id, approve: true },
      });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await statusOf(id)).toBe('PENDING');
    }
    const res = await t.executeAs({ username: 'bureau.admin' }, DecideApplicationDocument, {
      input: { organisationId: id, approve: false, reason: '材料不全' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.decideApplication).toMatchObject({ status: 'DECLINED', decisionReason: '材料不全' });
  });
});

describe('partner tokens (合作机构令牌)', () => {
  let orgId: string;
  let tokenId: string;
  let secret: string;
  const asToken = () => ({ bearer: secret });

  beforeAll(async () => {
    const applied = await t.executeAs({ username: 'community.secretary' }, ApplyToJoinDocument, {
      input: application(home.code, '华山睦邻服务中心'),
    });
    orgId = applied.data!.applyToJoin.id;
    const decided = await t.executeAs({ username: 'street.official' }, DecideApplicationDocument, {
      input: { organisationId: orgId, approve: true },
    });
    expect(decided.errors).toBeUndefined();
  });

  it('are issued with a gz_ secret shown once and a default expiry of 90 days', async () => {
    const before = Date.now();
    const res = await t.executeAs({ username: 'community.secretary' }, IssueTokenDocument, {
      input: { organisationId: orgId, name: 'partner system', scopes: ['TREE_READ', 'ORGANISATIONS_READ'] },
    });
    expect(res.errors).toBeUndefined();
    const issued = res.data!.issueToken;
    secret = issued.secret;
    tokenId = issued.token.id;
    expect(secret).toMatch(/^gz_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(issued.token.prefix)).toBe(true);
    expect(issued.token).toMatchObject({
      revokedAt: null,
      lastUsedAt: null,
      scopes: ['TREE_READ', 'ORGANISATIONS_READ'],
    });
    const expires = new Date(issued.token.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY - 5_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 90 * DAY + 5_000);
  });

  it('are stored as a SHA-256 digest only', async () => {
    const rows: Record<string, unknown>[] = await t
      .em()
      .getConnection()
      .execute('select * from api_token where id = ?', [Number(tokenId)]);
    expect(rows).toHaveLength(1);
    expect(rows[0].digest).toBe(createHash('sha256').update(secret).digest('hex'));
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(8)); // what the prefix does not show
  });

  it('are listed without their secret, and the type has no secret field', async () => {
    const res = await t.executeAs({ username: 'community.secretary' }, ApiTokensDocument, { organisationId: orgId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.apiTokens.map((x) => x.id)).toEqual([tokenId]);
    expect(res.raw).not.toContain(secret.slice(8));
    const asked = await t.post(
      { query: `{ apiTokens(organisationId: "${orgId}") { id secret } }` },
      { authorization: `Bearer ${await t.tokenOf('community.secretary')}` },
    );
    expect(codes(asked)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('identify as their organisation with their scopes, and record their use (at most once a minute)', async () => {
    const before = Date.now();
    const res = await t.executeAs(asToken(), MeDocument);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({ kind: 'TOKEN', person: null, roles: [], organisation: { id: orgId } });
    expect([...(res.data?.me.scopes ?? [])].sort()).toEqual(['ORGANISATIONS_READ', 'TREE_READ']);
    const used = (await t.em().findOneOrFail(ApiToken, { id: Number(tokenId) })).lastUsedAt;
    expect(used).toBeInstanceOf(Date);
    // Stamped during the request (a second's leeway for the clocks' precision).
    expect(used!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(used!.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    await t.executeAs(asToken(), MeDocument);
    expect((await t.em().findOneOrFail(ApiToken, { id: Number(tokenId) })).lastUsedAt).toEqual(used);
  });

  it('cannot issue, list or revoke tokens', async () => {
    const issue = await t.executeAs(asToken(), IssueTokenDocument, {
      input: { organisationId: orgId, name: 'child', scopes: ['TREE_READ'] },
    });
    expect(codes(issue)).toEqual(['FORBIDDEN']);
    expect(codes(await t.executeAs(asToken(), ApiTokensDocument, { organisationId: orgId }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.executeAs(asToken(), RevokeTokenDocument, { id: tokenId }))).toEqual(['FORBIDDEN']);
    expect(await t.em().count(ApiToken, { organisation: Number(orgId) })).toBe(1);
    expect((await t.em().findOneOrFail(ApiToken, { id: Number(tokenId) })).revokedAt).toBeNull();
  });

  it("cannot be revoked, listed or added to by another organisation's admin", async () => {
    expect(codes(await t.executeAs({ username: 'property.admin' }, RevokeTokenDocument, { id: tokenId }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(await t.executeAs({ username: 'property.admin' }, ApiTokensDocument, { organisationId: orgId })),
    ).toEqual(['FORBIDDEN']);
    const issue = await t.executeAs({ username: 'property.admin' }, IssueTokenDocument, {
      input: { organisationId: orgId, name: 'x', scopes: ['TREE_READ'] },
    });
    expect(codes(issue)).toEqual(['FORBIDDEN']);
    expect((await t.em().findOneOrFail(ApiToken, { id: Number(tokenId) })).revokedAt).toBeNull();
  });

  it("read within their organisation's subtree", async () => {
    const own = await t.executeAs(asToken(), EdgeDivisionNameDocument, { code: home.code });
    expect(own.errors).toBeUndefined();
    expect(own.data?.division.code).toBe(home.code);
    const org = await t.executeAs(asToken(), EdgeOrganisationStatusDocument, { id: orgId });
    expect(org.data?.organisation.status).toBe('ACTIVE');
  });

  it('never reach beyond it: a sibling street, its community and its organisations are FORBIDDEN', async () => {
    for (const code of [SIBLING_STREET, sibling.code]) {
      const res = await t.executeAs(asToken(), EdgeDivisionNameDocument, { code });
      expect(codes(res)).toContain('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const foreign = await t.em().findOneOrFail(Organisation, { divisionPath: sibling.path });
    const res = await t.executeAs(asToken(), EdgeOrganisationStatusDocument, { id: String(foreign.id) });
    expect(codes(res)).toContain('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('cannot list the codes or count the nodes of a sibling street through a search', async () => {
    const res = await t.executeAs(asToken(), EdgeDivisionCursorsDocument, { under: SIBLING_STREET });
    const leakedCodes = (res.data?.divisions.edges ?? []).map((e) =>
      Buffer.from(e.cursor, 'base64url').toString('utf8'),
    );
    expect(leakedCodes).toEqual([]);
    expect(res.data?.divisions.totalCount ?? 0).toBe(0);
  });

  it('need TREE_READ to read the tree at all', async () => {
    const issued = await t.executeAs({ username: 'community.secretary' }, IssueTokenDocument, {
      input: { organisationId: orgId, name: 'orgs only', scopes: ['ORGANISATIONS_READ'] },
    });
    const bearer = issued.data!.issueToken.secret;
    expect(codes(await t.executeAs({ bearer }, EdgeDivisionNameDocument, { code: home.code }))).toContain('FORBIDDEN');
    expect(
      (await t.executeAs({ bearer }, EdgeDivisionCursorsDocument, { under: home.code })).data?.divisions.edges ?? [],
    ).toEqual([]);
  });

  it('last from 1 to 366 days', async () => {
    for (const expiresInDays of [1, 366]) {
      const before = Date.now();
      const res = await t.executeAs({ username: 'community.secretary' }, IssueTokenDocument, {
        input: { organisationId: orgId, name: `d${expiresInDays}`, scopes: ['TREE_READ'], expiresInDays },
      });
      expect(res.errors).toBeUndefined();
      // The request's instant plus the days asked for (a second's leeway for the clocks' precision).
      const expires = new Date(res.data!.issueToken.token.expiresAt).getTime();
      expect(expires).toBeGreaterThanOrEqual(before + expiresInDays * DAY - 1_000);
      expect(expires).toBeLessThanOrEqual(Date.now() + expiresInDays * DAY + 1_000);
    }
  });

  it('are revoked at once, and revoking twice is a CONFLICT', async () => {
    const res = await t.executeAs({ username: 'community.secretary' }, RevokeTokenDocument, { id: tokenId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.revokeToken.revokedAt).toBeTruthy();
    const next = await t.executeAs(asToken(), MeDocument);
    expect(next.status).toBe(401);
    expect(codes(next)).toEqual(['UNAUTHENTICATED']);
    expect(next.errors![0].extensions?.reason).toBe('AUTH.TOKEN_REVOKED');
    const again = await t.executeAs({ username: 'street.official' }, RevokeTokenDocument, { id: tokenId });
    expect(codes(again)).toEqual(['CONFLICT']);
  });
});
