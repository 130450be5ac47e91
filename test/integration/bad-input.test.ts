import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { Account } from '../../src/modules/auth/account.entity';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { RoleAssignment } from '../../src/modules/roles/role-assignment.entity';
import { ApiToken } from '../../src/modules/tokens/api-token.entity';
import { Division } from '../../src/modules/tree/division.entity';
import {
  ApplyToJoinDocument,
  EdgeMutationFieldsDocument,
  IssueTokenDocument,
  LoginDocument,
  MeDocument,
  RevokeTokenDocument,
  UpdateDivisionDocument,
} from '../generated/graphql';
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';

const JWT_SECRET = 'test-secret-test-secret-test-secret-42';
const HUASHAN = '530102001000';
const DIVISION = `query D($code: String!) { division(code: $code) { code name } }`;

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp();
  // Sign everyone in first, so that no sign-in happens (and writes) inside a checked request.
  for (const u of ['analyst', 'street.official', 'community.secretary', 'property.admin']) await t.tokenOf(u);
  const me = await t.executeAs({ username: 'property.admin' }, MeDocument);
  orgId = me.data!.me.roles.find((r) => r.role === 'ORG_ADMIN')!.organisation!.id;
});
afterAll(() => t?.close());

/** Posts a raw document, optionally signed in as a demo account or with a given Authorization header. */
async function gql(
  query: string,
  variables: object = {},
  as?: { username: string } | { authorization: string },
): Promise<GqlResponse<unknown>> {
  const headers: Record<string, string> = {};
  if (as && 'username' in as) headers.authorization = `Bearer ${await t.tokenOf(as.username)}`;
  if (as && 'authorization' in as) headers.authorization = as.authorization;
  return t.post({ query, variables }, headers);
}

/** Row counts of the tables a request could write (the audit trail aside: refusals are recorded there on purpose). */
async function counts(): Promise<Record<string, number>> {
  const em = t.em();
  return {
    divisions: await em.count(Division),
    organisations: await em.count(Organisation),
    tokens: await em.count(ApiToken),
    roles: await em.count(RoleAssignment),
    signIns: await em.count(Account, { lastLoginAt: { $ne: null } }),
  };
}

/** A clean refusal: coded errors, a 4xx (or 200 with errors), no stack trace, no internals. */
function expectClean(res: GqlResponse<unknown>): void {
  expect(`${res.status} ${res.raw.slice(0, 400)}`).toMatch(/^(200|4\d\d) /);
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const e of res.errors!) expect(typeof e.extensions?.code).toBe('string');
  expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(res.raw).not.toMatch(/"(stacktrace|exception)"\s*:/);
  expect(res.raw).not.toMatch(/\bat [^"\n]*\.(?:ts|js|mjs|cjs):\d+/);
  expect(res.raw).not.toMatch(/node_modules|\/work\//);
}

/** Runs a request that must be refused cleanly and write nothing. */
async function refused(request: () => Promise<GqlResponse<unknown>>): Promise<GqlResponse<unknown>> {
  const before = await counts();
  const res = await request();
  expectClean(res);
  expect(await counts()).toEqual(before);
  return res;
}

const jwt = (claims: { sub?: string; exp?: number; aud?: string }, secret = JWT_SECRET) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? '1')
    .setIssuer('gongzhi')
    .setAudience(claims.aud ?? 'gongzhi:api')
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(new TextEncoder().encode(secret));

describe('malformed requests', () => {
  it('refuse a malformed JSON body with 400', async () => {
    const res = await refused(() => t.post('{"query": "{ me { kind } }"'));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_REQUEST']);
  });

  it('refuse a body that is not a GraphQL request (no query, query not a string, non-JSON content type)', async () => {
    for (const body of [{}, { query: 42 }, { query: '{ __typename }', variables: 'x' }])
      expect((await refused(() => t.post(body))).status).toBe(400);
    const plain = await refused(() => t.post('{ __typename }', { 'content-type': 'text/plain' }));
    expect(plain.status).toBe(400);
  });

  it('refuse a syntax error with GRAPHQL_PARSE_FAILED and 400', async () => {
    const res = await refused(() => gql('{ division(code: "530102001000") { code ', {}, { username: 'analyst' }));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuse an unknown field, hinting at the schema only to signed-in callers', async () => {
    const query = `{ division(code: "${HUASHAN}") { code nmae } }`;
    const signedIn = await refused(() => gql(query, {}, { username: 'analyst' }));
    expect(signedIn.status).toBe(400);
    expect(codes(signedIn)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(signedIn.errors![0].message).toMatch(/Did you mean "name"/);
    const anonymous = await refused(() => gql(query));
    expect(codes(anonymous)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(anonymous.errors![0].message).toMatch(/Cannot query field "nmae"/);
    expect(anonymous.raw).not.toMatch(/Did you mean/);
  });

  it('refuse a variable of the wrong type with BAD_USER_INPUT (enum hints for signed-in callers only)', async () => {
    const res = await refused(() => gql(DIVISION, { code: 530102001000 }, { username: 'analyst' }));
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const kinds = 'query K($k: [DivisionKind!]) { divisions(kinds: $k, first: 1) { totalCount } }';
    const signedIn = await refused(() => gql(kinds, { k: ['COMMUNTY'] }, { username: 'analyst' }));
    expect(codes(signedIn)).toEqual(['BAD_USER_INPUT']);
    expect(signedIn.errors![0].message).toMatch(/Did you mean/);
    const anonymous = await refused(() => gql(kinds, { k: ['COMMUNTY'] }));
    expect(codes(anonymous)).toEqual(['BAD_USER_INPUT']);
    expect(anonymous.raw).not.toMatch(/Did you mean|"COMMUNITY"/);
  });

  it('answer an unknown code with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await refused(() => gql(DIVISION, { code: '530199999000' }, { username: 'analyst' }));
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await refused(() => gql(DIVISION, { code: 'abc' }, { username: 'analyst' }));
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].extensions?.reason).toBe('TREE.BAD_CODE');
  });
});

describe('query limits', () => {
  it('refuse a document over the token limit (3000) with 400', async () => {
    const res = await refused(() => gql(`{ me { ${'kind '.repeat(3100)}} }`, {}, { username: 'analyst' }));
    expect(res.status).toBe(400);
    expect(codes(res)).toHaveLength(1);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(codes(res)[0]);
    expect(res.errors![0].message).toMatch(/token/i);
  });

  it('refuse a query deeper than 12 levels, and accept a shallow one', async () => {
    const nest = (n: number) => `{ division(code: "${HUASHAN}") { ${'parent { '.repeat(n)}code${' }'.repeat(n)} } }`;
    const deep = await refused(() => gql(nest(14), {}, { username: 'analyst' }));
    expect(deep.status).toBe(400);
    expect(codes(deep)).toContain('GRAPHQL_VALIDATION_FAILED');
    const shallow = await gql(nest(3), {}, { username: 'analyst' });
    expect(shallow.errors).toBeUndefined();
  });

  it('refuse 100 aliases', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { kind }`).join(' ');
    const res = await refused(() => gql(`{ ${aliases} }`, {}, { username: 'analyst' }));
    expect(res.status).toBe(400);
    expect(codes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuse a batched request (JSON array) with 400', async () => {
    const res = await refused(() => t.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_REQUEST']);
  });

  it('refuse a request body over 100kb with 413 and a coded JSON error', async () => {
    const res = await refused(() => t.post({ query: `{ __typename }\n#${'x'.repeat(120_000)}` }));
    expect(res.status).toBe(413);
    expect(codes(res)).toEqual(['PAYLOAD_TOO_LARGE']);
  });
});

describe('introspection', () => {
  it('is refused to anonymous callers, even through a fragment or __type', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Query") { name } }',
      '{ ...F } fragment F on Query { __schema { types { name } } }',
    ]) {
      const res = await refused(() => gql(query));
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeNull();
    }
  });

  it('is open to signed-in callers', async () => {
    const res = await t.executeAs({ username: 'analyst' }, EdgeMutationFieldsDocument);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.mutationType?.fields?.map((f) => f.name)).toContain('login');
  });
});

describe('bad credentials (401 UNAUTHENTICATED with a reason)', () => {
  const wellFormed = () => `gz_${randomBytes(32).toString('base64url')}`;
  async function expect401(authorization: string | Promise<string>, reason: string) {
    const res = await refused(async () => gql('{ me { kind } }', {}, { authorization: await authorization }));
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors![0].extensions?.reason).toBe(reason);
    expect(res.data ?? null).toBeNull();
  }
  async function issue(): Promise<{ id: string; secret: string }> {
    const res = await t.executeAs({ username: 'property.admin' }, IssueTokenDocument, {
      input: { organisationId: orgId, name: 'edge', scopes: ['TREE_READ'] },
    });
    expect(res.errors).toBeUndefined();
    return { id: res.data!.issueToken.token.id, secret: res.data!.issueToken.secret };
  }

  it('not Bearer', () => expect401('Basic dXNlcjpwYXNz', 'AUTH.BAD_HEADER'));
  it('Bearer with two words', () => expect401('Bearer a b', 'AUTH.BAD_HEADER'));
  it('garbled JWT', () => expect401('Bearer eyJhbGciOiJIUzI1NiJ9.garbled.nope', 'AUTH.BAD_TOKEN'));
  it('JWT signed with another secret', () =>
    expect401(
      jwt({}, 'another-secret-another-secret-another-42').then((j) => `Bearer ${j}`),
      'AUTH.BAD_TOKEN',
    ));
  it('JWT for another audience', () =>
    expect401(
      jwt({ aud: 'someone-else' }).then((j) => `Bearer ${j}`),
      'AUTH.BAD_TOKEN',
    ));
  it('unsigned JWT (alg none)', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    return expect401(
      `Bearer ${part({ alg: 'none' })}.${part({ sub: '1', iss: 'gongzhi', aud: 'gongzhi:api', exp: now + 600 })}.`,
      'AUTH.BAD_TOKEN',
    );
  });
  it('expired JWT', () =>
    expect401(
      jwt({ exp: Math.floor(Date.now() / 1000) - 60 }).then((j) => `Bearer ${j}`),
      'AUTH.SESSION_EXPIRED',
    ));
  it('valid JWT of no one', () =>
    expect401(
      jwt({ sub: '2000000000' }).then((j) => `Bearer ${j}`),
      'AUTH.BAD_TOKEN',
    ));
  it('gz_ + garbage', () => expect401('Bearer gz_not!a*token', 'AUTH.BAD_TOKEN'));
  it('well-formed but unknown gz_ secret', () => expect401(`Bearer ${wellFormed()}`, 'AUTH.BAD_TOKEN'));
  it('wrong prefix xx_', async () => {
    const res = await refused(() =>
      gql('{ me { kind } }', {}, { authorization: `Bearer xx_${randomBytes(32).toString('base64url')}` }),
    );
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('revoked token', async () => {
    const { id, secret } = await issue();
    expect((await t.executeAs({ username: 'property.admin' }, RevokeTokenDocument, { id })).errors).toBeUndefined();
    await expect401(`Bearer ${secret}`, 'AUTH.TOKEN_REVOKED');
  });

  it('expired token', async () => {
    const { id, secret } = await issue();
    await t.em().nativeUpdate(ApiToken, { id: Number(id) }, { expiresAt: new Date(Date.now() - 1000) });
    await expect401(`Bearer ${secret}`, 'AUTH.TOKEN_EXPIRED');
  });
});

describe('mutations with bad input', () => {
  it('updateDivision with a 300-character name: BAD_USER_INPUT, name unchanged', async () => {
    const before = (await t.em().findOneOrFail(Division, { code: HUASHAN })).name;
    const res = await refused(() =>
      t.executeAs({ username: 'street.official' }, UpdateDivisionDocument, {
        input: { code: HUASHAN, name: '华'.repeat(300) },
      }),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((await t.em().findOneOrFail(Division, { code: HUASHAN })).name).toBe(before);
  });

  it('updateDivision with a malformed or unknown code: BAD_USER_INPUT / NOT_FOUND, not FORBIDDEN', async () => {
    const update = (code: string) => () =>
      t.executeAs({ username: 'street.official' }, UpdateDivisionDocument, { input: { code, name: '新名' } });
    expect(codes(await refused(update('abc')))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await refused(update('530102001999')))).toEqual(['NOT_FOUND']); // would be in the official's own street
  });

  it('revokeToken with a malformed id: BAD_USER_INPUT', async () => {
    const res = await refused(() => t.executeAs({ username: 'property.admin' }, RevokeTokenDocument, { id: 'abc' }));
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['expiresInDays 0', { expiresInDays: 0 }],
    ['expiresInDays 367', { expiresInDays: 367 }],
    ['no scopes', { scopes: [] }],
    ['an empty name', { name: '   ' }],
  ])('issueToken with %s: BAD_USER_INPUT, no token row', async (_label, patch) => {
    const input = { organisationId: orgId, name: 'partner', scopes: ['TREE_READ' as const], ...patch };
    const res = await refused(() => t.executeAs({ username: 'property.admin' }, IssueTokenDocument, { input }));
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.data).toBeNull();
  });

  it('applyToJoin with an invalid phone: BAD_USER_INPUT, no organisation', async () => {
    for (const contactPhone of ['12345', '2' + '3'.repeat(10), '1380000000x']) {
      const input = {
        name: '测试物业公司',
        kind: 'PROPERTY_COMPANY' as const,
        divisionCode: HUASHAN,
        contactName: '王先生',
        contactPhone,
      };
      const res = await refused(() => t.executeAs({ username: 'community.secretary' }, ApplyToJoinDocument, { input }));
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.reason).toBe('INPUT.BAD_PHONE');
    }
  });

  it('login with a wrong password: AUTH.BAD_CREDENTIALS, same message as an unknown user', async () => {
    const wrong = await refused(() =>
      t.executeAs(null, LoginDocument, { username: 'analyst', password: 'not-the-password' }),
    );
    const unknown = await refused(() =>
      t.executeAs(null, LoginDocument, { username: 'no.such.user', password: 'not-the-password' }),
    );
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].extensions?.reason).toBe('AUTH.BAD_CREDENTIALS');
    // Identical but for the request id, which every error carries.
    const withoutRequestId = (e: NonNullable<typeof wrong.errors>[number]) => ({
      ...e,
      extensions: { ...e.extensions, requestId: undefined },
    });
    expect(withoutRequestId(unknown.errors![0])).toEqual(withoutRequestId(wrong.errors![0]));
  });
});
