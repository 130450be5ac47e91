import { startTestApp, type TestApp } from '../harness/app';

// The dashboard's HTTP side: the page, its CSP, and every asset it names served by the app itself.
// (Its behaviour in a browser is test/browser/dashboard.browser.test.ts.)

describe('/dashboard over HTTP', () => {
  let t: TestApp;
  let off: TestApp;

  beforeAll(async () => {
    [t, off] = await Promise.all([startTestApp(), startTestApp({ DEMO_ACCOUNTS: 'false' })]);
  });

  afterAll(async () => {
    await Promise.all([t?.close(), off?.close()]);
  });

  it('serves the page under a CSP with nothing inline and nothing from another origin', async () => {
    const res = await fetch(`${t.url}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    expect(html).not.toMatch(/<script>(?!<)|<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('serves every script, module and stylesheet the page names, ECharts with a versioned immutable URL', async () => {
    const html = await (await fetch(`${t.url}/dashboard`)).text();
    const urls = [...html.matchAll(/(?:src|href)="(\/dashboard\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/dashboard/dashboard.css',
        '/dashboard/dashboard.js',
        expect.stringMatching(/^\/dashboard\/assets\/echarts@\d+\.\d+\.\d+\/echarts\.min\.js$/),
      ]),
    );
    // The page's own modules import one another: follow them.
    const seen = new Set<string>();
    const queue = [...urls];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await fetch(`${t.url}${url}`);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      const type = res.headers.get('content-type') ?? '';
      expect({
        url,
        type: url.endsWith('.css') ? /^text\/css/.test(type) : /^application\/javascript/.test(type),
      }).toEqual({ url, type: true });
      if (url.includes('/assets/')) {
        expect(res.headers.get('cache-control')).toContain('immutable');
        expect(Number(res.headers.get('content-length'))).toBeGreaterThan(500_000);
        continue;
      }
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const body = await res.text();
      for (const m of body.matchAll(/from '\.\/([\w-]+\.js)'/g)) queue.push(`/dashboard/${m[1]}`);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['/dashboard/api.js', '/dashboard/panels.js']));
  });

  it('advertises the demo accounts only when they are enabled, and never lets config.json be cached', async () => {
    const on = await fetch(`${t.url}/dashboard/config.json`);
    expect(on.headers.get('cache-control')).toBe('no-store');
    const config = (await on.json()) as {
      graphqlPath: string;
      demoAccounts: { username: string }[] | null;
      demoPassword: string | null;
    };
    expect(config.graphqlPath).toBe('/graphql');
    expect(config.demoAccounts?.map((a) => a.username)).toEqual(
      expect.arrayContaining(['analyst', 'district.official']),
    );
    expect(config.demoPassword).toBeTruthy();

    const offConfig = await (await fetch(`${off.url}/dashboard/config.json`)).json();
    expect(offConfig).toEqual({ graphqlPath: '/graphql', demoAccounts: null, demoPassword: null });
  });

  it('answers an unknown dashboard file with a coded 404, not a stack trace', async () => {
    const res = await fetch(`${t.url}/dashboard/nope.js`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errors: [
        { message: 'Not found.', extensions: { code: 'NOT_FOUND', requestId: res.headers.get('x-request-id') } },
      ],
    });
  });
});
