import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp } from '../../src/app';

// The playground must work with no network at all: every asset comes from the app itself.
// Off-host requests are aborted and counted, and the test asserts there were none.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

// Class names from graphiql@3.9.0 (graphiql.min.js / graphiql.min.css).
const QUERY_EDITOR = '.graphiql-container .graphiql-query-editor .CodeMirror';
const EXECUTE_BUTTON = '.graphiql-execute-button';
const RESULT = '.graphiql-response .result-window';

describe('GraphiQL playground (Chromium, offline)', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const offHost: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    }
    app = await startApp({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', DEMO_ACCOUNTS: 'true' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
      offHost.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    // CSP violations and missing assets show up as console errors, page errors or failed responses.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to|Failed to load resource/i.test(msg.text())) {
        // Failed GraphQL calls (e.g. anonymous introspection → 401) are expected; other URLs are not.
        const where = msg.location().url;
        if (!where.includes('/graphql')) problems.push(`console: ${msg.text()} @ ${where}`);
      }
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('response', (res) => {
      if (res.status() >= 400 && res.url().includes('/playground')) problems.push(`HTTP ${res.status()} ${res.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in as the analyst and runs the default query with no off-host traffic', async () => {
    const response = await page.goto(`${app!.url}/playground`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    // GraphiQL renders its editor, anonymously at first.
    await page.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });
    await expect(page.textContent('#status')).resolves.toBe('Anonymous');

    // Sign in through the demo account picker.
    await page.selectOption('#demo-select', 'analyst');
    await page.click('#demo-signin');
    await page.locator('#status', { hasText: /^Signed in as/ }).waitFor();
    expect(await page.textContent('#status')).toMatch(/^Signed in as .+ \(analyst\)$/);
    expect(await page.evaluate('localStorage.getItem("gongzhi.token")')).toBeTruthy();

    // Wait for the GraphiQL instance that carries the token (it is re-mounted on sign-in), then run.
    await page.waitForSelector(`#graphiql[data-auth="token"] ${EXECUTE_BUTTON}`);
    await page.click(EXECUTE_BUTTON);
    try {
      await page.locator(RESULT, { hasText: '"communities": 770' }).waitFor({ timeout: 30_000 });
    } catch (err) {
      const shown = await page.textContent(RESULT).catch(() => null);
      throw new Error(`Result pane never showed "communities": 770. It shows: ${shown}\n${String(err)}`);
    }

    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'playground.png') });

    expect(offHost).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('saves the query in the editor as a named saved query of the analyst', async () => {
    const name = `全市社区数 ${Date.now()}`;
    await page.fill('#save-name', name);
    await page.click('#save-query');
    await page.locator('#status', { hasText: /^(Saved|Not saved)/ }).waitFor();
    const status = (await page.textContent('#status')) ?? '';
    expect(status).toMatch(/^Saved “全市社区数 \d+” \(#\d+\) · CSV at \/export\/saved-queries\/\d+\.csv$/);

    // Read back through the API, as the analyst: the editor's document, saved under that name.
    const token = await page.evaluate('localStorage.getItem("gongzhi.token")');
    const res = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${String(token)}` },
      body: JSON.stringify({ query: '{ savedQueries { name document variables mine } }' }),
    });
    const { data } = (await res.json()) as {
      data: { savedQueries: { name: string; document: string; variables: unknown; mine: boolean }[] };
    };
    const saved = data.savedQueries.find((q) => q.name === name);
    expect(saved).toMatchObject({ mine: true, variables: {} });
    expect(saved!.document).toContain('query City {');
    expect(saved!.document).toContain('figures {');
    expect(offHost).toEqual([]);
    expect(problems).toEqual([]);
  });
});
