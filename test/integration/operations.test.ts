/**
 * Operations: Prometheus metrics at /metrics that move with the traffic, request ids echoed in
 * the header and in every kind of error body, and one JSON log line per request.
 */
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';
import { BeanLedgerAuditDocument, MatrixDivisionPublicDocument, MeDocument } from '../generated/graphql';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';

const HUASHAN = '530102001000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApp;
const logLines: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'info' }, { log: (line) => void logLines.push(line) });
});
afterAll(() => t?.close());

/** One sample of the Prometheus text exposition. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

async function scrape(
  url = t.url,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string | null; text: string; samples: Sample[] }> {
  const res = await fetch(`${url}/metrics`, { headers });
  const text = await res.text();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, samples };
}

/** The value of `name` with (at least) `labels`, 0 when absent. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const s = samples.find((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v));
  return s?.value ?? 0;
}

describe('/metrics', () => {
  it('serves the GraphQL, HTTP, pool and process metrics in Prometheus text format', async () => {
    await t.executeAs(null, MatrixDivisionPublicDocument, { code: HUASHAN });
    const { status, contentType, text, samples } = await scrape();
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'gongzhi_graphql_requests_total',
      'gongzhi_graphql_request_duration_seconds',
      'gongzhi_graphql_errors_total',
      'gongzhi_http_requests_total',
      'gongzhi_http_requests_in_flight',
      'gongzhi_db_pool_connections',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_heap_size_used_bytes')).toBe(true);
    // The pool: max as configured (DB_POOL_MAX defaults to 10), used + free within it.
    const pool = (state: string) => valueOf(samples, 'gongzhi_db_pool_connections', { pool: 'primary', state });
    expect(pool('max')).toBe(10);
    expect(pool('used') + pool('free')).toBeGreaterThan(0);
    expect(pool('used') + pool('free')).toBeLessThanOrEqual(10);
    expect(pool('pending')).toBeGreaterThanOrEqual(0);
    // The scrape itself is answering, so at least one request is in flight.
    expect(valueOf(samples, 'gongzhi_http_requests_in_flight')).toBeGreaterThanOrEqual(1);
  });

  it('counts and times requests per operation name and type', async () => {
    const labels = { operation: 'Me', type: 'query' };
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await t.executeAs({ username: 'analyst' }, MeDocument)).status).toBe(200);
    await t.post({ query: '{ __typename }' });
    const after = await scrape();
    expect(
      valueOf(after.samples, 'gongzhi_graphql_requests_total', labels) -
        valueOf(before.samples, 'gongzhi_graphql_requests_total', labels),
    ).toBe(3);
    expect(
      valueOf(after.samples, 'gongzhi_graphql_request_duration_seconds_count', labels) -
        valueOf(before.samples, 'gongzhi_graphql_request_duration_seconds_count', labels),
    ).toBe(3);
    expect(valueOf(after.samples, 'gongzhi_graphql_request_duration_seconds_sum', labels)).toBeGreaterThan(
      valueOf(before.samples, 'gongzhi_graphql_request_duration_seconds_sum', labels),
    );
    const anon = { operation: 'anonymous', type: 'query' };
    expect(
      valueOf(after.samples, 'gongzhi_graphql_requests_total', anon) -
        valueOf(before.samples, 'gongzhi_graphql_requests_total', anon),
    ).toBe(1);
    const http = { route: '/graphql', method: 'POST', status: '200' };
    expect(
      valueOf(after.samples, 'gongzhi_http_requests_total', http) -
        valueOf(before.samples, 'gongzhi_http_requests_total', http),
    ).toBeGreaterThanOrEqual(4);
  });

  it('counts errors by code: FORBIDDEN from a rule, UNAUTHENTICATED from bad credentials, validation failures', async () => {
    const before = await scrape();
    const forbidden = await t.executeAs({ username: 'street.official' }, BeanLedgerAuditDocument);
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    const unauthenticated = await t.executeAs({ bearer: 'not-a-token' }, MeDocument);
    expect(codes(unauthenticated)).toEqual(['UNAUTHENTICATED']);
    const invalid = await t.post({ query: 'query Broken { noSuchField }' });
    expect(codes(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) =>
      valueOf(after.samples, name, labels) - valueOf(before.samples, name, labels);
    expect(moved('gongzhi_graphql_errors_total', { code: 'FORBIDDEN' })).toBe(1);
    expect(moved('gongzhi_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(moved('gongzhi_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    // The refused operation is still counted under its name; the ones never resolved as `unknown`.
    expect(moved('gongzhi_graphql_requests_total', { operation: 'BeanLedgerAudit', type: 'query' })).toBe(1);
    expect(moved('gongzhi_graphql_requests_total', { operation: 'unknown', type: 'unknown' })).toBe(2);
    expect(after.samples.some((s) => s.labels.operation === 'Broken')).toBe(false);
  });

  it('is closed without the metrics token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-for-the-test-0123';
    const guarded = await startTestApp({ METRICS_TOKEN: token });
    try {
      const none = await scrape(guarded.url);
      expect(none.status).toBe(401);
      expect(JSON.parse(none.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(none.text).not.toContain('gongzhi_');
      expect((await scrape(guarded.url, { authorization: `Bearer ${token}x` })).status).toBe(401);
      expect((await scrape(guarded.url, { authorization: token })).status).toBe(401);
      const ok = await scrape(guarded.url, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('# TYPE gongzhi_graphql_requests_total counter');
    } finally {
      await guarded.close();
    }
  });
});

describe('request ids', () => {
  const ID = 'trace-0123456789abcdef';
  const withId = (id: string) => ({ 'x-request-id': id });

  /** Every error of the response carries the response's request id. */
  function expectStamped(res: GqlResponse<unknown>, id: string): void {
    expect(res.headers.get('x-request-id')).toBe(id);
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const e of res.errors ?? []) expect(e.extensions?.requestId).toBe(id);
  }

  it('honours a well-formed x-request-id and replaces a bad one with a UUID', async () => {
    const given = await t.post({ query: '{ __typename }' }, withId(ID));
    expect(given.headers.get('x-request-id')).toBe(ID);
    for (const bad of ['short', 'has spaces in it!', 'x'.repeat(65), 'semi;colon;injected']) {
      const res = await t.post({ query: '{ __typename }' }, withId(bad));
      expect(res.headers.get('x-request-id')).toMatch(UUID);
    }
    const none = await t.post({ query: '{ __typename }' });
    const again = await t.post({ query: '{ __typename }' });
    expect(none.headers.get('x-request-id')).toMatch(UUID);
    expect(again.headers.get('x-request-id')).not.toBe(none.headers.get('x-request-id'));
  });

  it('is in every GraphQL error: rule refusals, bad credentials, validation, syntax, bad requests', async () => {
    const headers = (id: string, bearer?: string) => ({
      ...withId(id),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    });
    const street = await t.tokenOf('street.official');
    const cases: [string, () => Promise<GqlResponse<unknown>>, string][] = [
      [
        'forbidden-0001',
        () =>
          t.post(
            { query: 'query BeanLedgerAudit { beanLedgerAudit { transfers } }' },
            headers('forbidden-0001', street),
          ),
        'FORBIDDEN',
      ],
      [
        'unauthenticated-01',
        () => t.post({ query: '{ __typename }' }, headers('unauthenticated-01', 'forged')),
        'UNAUTHENTICATED',
      ],
      [
        'validation-0001',
        () => t.post({ query: '{ noSuchField }' }, headers('validation-0001')),
        'GRAPHQL_VALIDATION_FAILED',
      ],
      ['syntax-00000001', () => t.post({ query: '{ division(' }, headers('syntax-00000001')), 'GRAPHQL_PARSE_FAILED'],
      ['bad-request-0001', () => t.post({ variables: {} }, headers('bad-request-0001')), 'BAD_REQUEST'],
      [
        'bad-input-000001',
        () =>
          t.post(
            { query: 'query Q($c: String!) { division(code: $c) { code } }', variables: {} },
            headers('bad-input-000001'),
          ),
        'BAD_USER_INPUT',
      ],
    ];
    for (const [id, send, code] of cases) {
      const res = await send();
      expect({ id, codes: codes(res) }).toEqual({ id, codes: [code] });
      expectStamped(res, id);
    }
  });

  it('is in an INTERNAL_SERVER_ERROR, whose stack goes to the log and not to the client', async () => {
    const bearer = await t.tokenOf('analyst');
    const conn = t.app.database.orm.em.getConnection();
    await conn.execute('alter table division rename to division_away');
    let res: GqlResponse<unknown>;
    try {
      res = await t.post(
        { query: 'query Place($code: String!) { division(code: $code) { code } }', variables: { code: HUASHAN } },
        { ...withId('internal-000001'), authorization: `Bearer ${bearer}` },
      );
    } finally {
      await conn.execute('alter table division_away rename to division');
    }
    expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expectStamped(res, 'internal-000001');
    expect(res.raw).not.toMatch(/does not exist|select|stack|at .*\.ts:\d+/);
    const logged = logLines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'internal error' && l.requestId === 'internal-000001');
    expect(logged).toBeDefined();
    expect(logged.level).toBe('error');
    expect(logged.err.stack).toContain('relation "division" does not exist');
    expect(logged.err.stack).toMatch(/\n\s+at /);
    expect(logged.path).toEqual(['division']);
  });

  it('is in an INTERNAL_SERVER_ERROR raised while working out who is calling (before the GraphQL pipeline)', async () => {
    const bearer = await t.tokenOf('analyst');
    const conn = t.app.database.orm.em.getConnection();
    await conn.execute('alter table role_assignment rename to role_assignment_away');
    let res: GqlResponse<unknown>;
    try {
      res = await t.post(
        { query: '{ __typename }' },
        { ...withId('internal-ctx-0001'), authorization: `Bearer ${bearer}` },
      );
    } finally {
      await conn.execute('alter table role_assignment_away rename to role_assignment');
    }
    expect(res.status).toBe(500);
    expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expectStamped(res, 'internal-ctx-0001');
    expect(res.raw).not.toMatch(/does not exist|select|stack|at .*\.ts:\d+/);
    const logged = logLines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'internal error' && l.requestId === 'internal-ctx-0001');
    expect(logged?.err.stack).toContain('relation "role_assignment" does not exist');
  });

  it('is in the JSON error bodies of the other routes', async () => {
    const check = async (res: Response, status: number, code: string, id: string) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('x-request-id')).toBe(id);
      const body = (await res.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
      expect(body.errors[0].extensions).toEqual({ code, requestId: id });
    };
    await check(
      await fetch(`${t.url}/no/such/route`, { headers: withId('not-found-0001') }),
      404,
      'NOT_FOUND',
      'not-found-0001',
    );
    await check(
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...withId('bad-json-00001') },
        body: '{"query": ',
      }),
      400,
      'BAD_REQUEST',
      'bad-json-00001',
    );
    await check(
      await fetch(`${t.url}/export/bean-transfers.csv?accountId=1`, { headers: withId('export-anon-01') }),
      401,
      'UNAUTHENTICATED',
      'export-anon-01',
    );
  });
});

describe('logs', () => {
  it('writes one JSON line per request with its id, operation and viewer, and no secrets', async () => {
    const login = await t.post(
      {
        query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: 'analyst', p: DEMO_PASSWORD },
      },
      { 'x-request-id': 'log-login-00001' },
    );
    const token = (login.data as { login: { token: string } }).login.token;
    const me = await t.post(
      { query: 'query Me { me { kind } }' },
      { 'x-request-id': 'log-me-0000001', authorization: `Bearer ${token}` },
    );
    expect(me.status).toBe(200);
    await fetch(`${t.url}/healthz?secret=hush`, { headers: { 'x-request-id': 'log-health-0001' } });
    // A request's line is written once its response has finished: wait for the three, a bounded number of times.
    const written = () =>
      ['log-login-00001', 'log-me-0000001', 'log-health-0001'].every((id) =>
        logLines.some((l) => l.includes(`"${id}"`)),
      );
    for (let i = 0; i < 500 && !written(); i++) await new Promise((r) => setTimeout(r, 10));

    const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = (id: string) => lines.filter((l) => l.requestId === id && l.msg === 'request');
    expect(line('log-me-0000001')).toHaveLength(1);
    const [m] = line('log-me-0000001');
    expect(m).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'Me',
      operationType: 'query',
      viewer: { kind: 'person' },
    });
    expect(typeof (m.viewer as { id: unknown }).id).toBe('number');
    expect(typeof m.durationMs).toBe('number');
    expect(m.time).toBeGreaterThan(Date.now() - 60_000);
    expect(line('log-login-00001')[0]).toMatchObject({
      operation: 'Login',
      operationType: 'mutation',
      viewer: { kind: 'anonymous', id: null },
    });
    expect(line('log-health-0001')[0]).toMatchObject({ method: 'GET', path: '/healthz', status: 200 });

    const all = logLines.join('\n');
    for (const secret of [DEMO_PASSWORD, token, 'hush', '陈分析']) expect(all).not.toContain(secret);
  });
});
