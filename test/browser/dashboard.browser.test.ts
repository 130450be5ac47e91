import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CITY_CODE } from '../../src/modules/tree/division.constants';
import {
  AwardBeansDocument,
  CreateBeanFundDocument,
  DashboardFiveBatchesOfDocument,
  DashboardNodeDocument,
  IssueBeansDocument,
  MeDocument,
  OpenMerchantAccountDocument,
  OpenVolunteerAccountDocument,
  RedeemBeansDocument,
  SearchDivisionsDocument,
  type DashboardNodeQuery,
} from '../generated/graphql';
import { startTestApp, type GqlResponse, type TestApp } from '../harness/app';

// The dashboard must work with no network at all: ECharts and every other asset come from the
// app itself. Off-host requests are aborted and counted, and the test asserts there were none.
// Every figure on the page is compared with what the GraphQL API returns for the same node.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

type Figures = Record<string, number | boolean | null>;

/** The page's figure cells, by data-figure key, for the node panels (not the city-wide five batches). */
type Cells = Record<string, { value: string; text: string }>;

/** What the page must show for a node, keyed like its data-figure cells, from the API's answer. */
function expectedFigures(d: DashboardNodeQuery): Figures {
  const out: Figures = {};
  const add = (prefix: string, o: object) => {
    for (const [k, v] of Object.entries(o)) if (k !== '__typename') out[`${prefix}.${k}`] = v as number;
  };
  add('communities', d.figures);
  add('committees', d.committeeFigures);
  add('linkage', d.linkageFigures);
  add('beans', d.beanFigures);
  add('property', d.redPropertyFigures);
  const c = d.consultationRate;
  add('consultation', { rate: c.rate, consulted: c.consulted, communities: c.communities });
  let withStandard = 0;
  let meeting = 0;
  for (const k of d.facilityFigures.kinds.filter((x) => x.facilities > 0)) {
    add(`facilities.${k.kind}`, {
      facilities: k.facilities,
      meetingStandard: k.meetingStandard,
      upgraded: k.upgraded,
      investmentYuan: k.investmentYuan,
    });
    if (k.meetingStandard !== null) {
      withStandard += k.facilities;
      meeting += k.meetingStandard;
    }
  }
  out['facilities.withStandard'] = withStandard;
  out['facilities.meetingStandard'] = meeting;
  out['facilities.standardRate'] = withStandard ? meeting / withStandard : null;
  out['designations.total'] = d.designations.length;
  for (const level of ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY']) {
    out[`designations.level.${level}`] = d.designations.filter((x) => x.level === level).length;
  }
  for (const x of d.designations)
    out[`designations.category.${x.category}`] = ((out[`designations.category.${x.category}`] as number) ?? 0) + 1;
  return out;
}

/**
 * The seeds hold no Golden Bean movements: a city fund issues beans, a resident of 五华区
 * earns some and spends part of them at the property company's merchant account.
 */
async function moveSomeBeans(t: TestApp): Promise<void> {
  const bureau = { username: 'bureau.admin' };
  const ok = <R>(res: GqlResponse<R>): R => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const conn = t.em().getConnection();
  const [donor] = await conn.execute<{ id: number }[]>(
    `select id from organisation where kind = 'PROPERTY_COMPANY' order by id limit 1`,
  );
  const [resident] = await conn.execute<{ id: number }[]>(
    `select p.id from person p join division d on d.kind = 'DISTRICT' and d.name = '五华区' and p.home_path like d.path || '%'
     where not exists (select 1 from account a where a.person_id = p.id) order by p.id limit 1`,
  );
  const fund = ok(
    await t.executeAs(bureau, CreateBeanFundDocument, { input: { name: '看板测试金豆基金', divisionCode: CITY_CODE } }),
  ).createBeanFund;
  ok(
    await t.executeAs(bureau, IssueBeansDocument, {
      input: {
        fundId: fund.id,
        amount: 1000,
        donationYuan: 1000,
        donorOrganisationId: String(donor.id),
        idempotencyKey: 'dashboard-issue-1',
      },
    }),
  );
  const volunteer = { username: await t.addLogin(resident.id) };
  const account = ok(await t.executeAs(volunteer, OpenVolunteerAccountDocument, {})).openVolunteerAccount;
  ok(
    await t.executeAs(bureau, AwardBeansDocument, {
      input: { fundId: fund.id, accountId: account.id, amount: 120, idempotencyKey: 'dashboard-award-1' },
    }),
  );
  const merchantAdmin = { username: 'property.admin' };
  const me = ok(await t.executeAs(merchantAdmin, MeDocument, {})).me;
  const merchant = ok(
    await t.executeAs(merchantAdmin, OpenMerchantAccountDocument, { organisationId: me.roles[0].organisation!.id }),
  ).openMerchantAccount;
  ok(
    await t.executeAs(volunteer, RedeemBeansDocument, {
      input: { merchantAccountId: merchant.id, amount: 30, idempotencyKey: 'dashboard-redeem-1' },
    }),
  );
}

describe('City dashboard (Chromium, offline)', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const offHost: string[] = [];
  const problems: string[] = [];
  const analyst = { username: 'analyst' };

  async function figuresOf(code: string): Promise<Figures> {
    const res = await t!.executeAs(analyst, DashboardNodeDocument, { code });
    expect(res.errors).toBeUndefined();
    return expectedFigures(res.data!);
  }

  /** The page's figure cells once the dashboard shows `code` with every panel settled. */
  async function shownFigures(code: string): Promise<Cells> {
    await page.waitForSelector(`#dashboard[data-code="${code}"][data-state="ready"]`, { timeout: 30_000 });
    return page.$$eval('#dashboard .cards [data-figure]', (cells) =>
      Object.fromEntries(
        cells.map((c) => [
          c.getAttribute('data-figure'),
          { value: c.getAttribute('data-value') ?? '', text: c.textContent ?? '' },
        ]),
      ),
    );
  }

  /** Every expected figure is on the page, with the API's value, and its text says the same number. */
  function expectSameFigures(shown: Cells, expected: Figures): void {
    for (const [key, value] of Object.entries(expected)) {
      const cell = shown[key];
      expect({ key, present: Boolean(cell) }).toEqual({ key, present: true });
      if (value === null) {
        expect({ key, value: cell.value }).toEqual({ key, value: '' });
        continue;
      }
      expect({ key, value: Number(cell.value) }).toEqual({ key, value });
      const text = Number(cell.text.replace(/[¥,%\s]/g, ''));
      const asShown = /rate$/i.test(key) ? Number(((value as number) * 100).toFixed(1)) : Math.round(value as number);
      expect({ key, text }).toEqual({ key, text: asShown });
    }
  }

  /** Panels in an error state (with their messages): none is allowed. */
  async function failedPanels(): Promise<string[]> {
    return page.$$eval('#dashboard [data-panel][data-state="error"]', (s) =>
      s.map((x) => `${x.getAttribute('data-panel')}: ${x.textContent}`),
    );
  }

  /** Each ready panel has an ECharts canvas of non-zero size with something drawn on it. */
  async function chartsDrawn(): Promise<Record<string, number>> {
    return page.$$eval('#dashboard [data-panel][data-state="ready"] [data-chart]', (boxes) =>
      Object.fromEntries(
        boxes.map((box) => {
          const canvas = box.querySelector('canvas');
          if (!canvas || !canvas.width || !canvas.height) return [box.getAttribute('data-chart'), 0];
          const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
          return [box.getAttribute('data-chart'), painted];
        }),
      ),
    );
  }

  /** The data of a chart's first series, read back from its ECharts instance. */
  async function chartData(panel: string): Promise<unknown[]> {
    return page.$eval(`[data-chart="${panel}"]`, (box) => {
      const { echarts } = globalThis as unknown as {
        echarts: { getInstanceByDom(e: typeof box): { getOption(): { series: { data: unknown[] }[] } } };
      };
      const chart = echarts.getInstanceByDom(box);
      return chart.getOption().series[0].data;
    });
  }

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    }
    t = await startTestApp();
    await moveSomeBeans(t);
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
    // CSP violations and missing assets show up as console errors, page errors or failed responses.
    context.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to|Failed to load resource/i.test(msg.text())) {
        // GraphQL failures are the panels' business (each shows its own error; none is allowed below).
        const where = msg.location().url;
        if (!where.includes('/graphql')) problems.push(`console: ${msg.text()} @ ${where}`);
      }
    });
    context.on('weberror', (err) => problems.push(`pageerror: ${err.error().message}`));
    context.on('response', (res) => {
      if (res.status() >= 400 && res.url().includes('/dashboard')) problems.push(`HTTP ${res.status()} ${res.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in as the analyst, shows the city, then a district and a street, each as the API gives it', async () => {
    page = await context.newPage();
    const response = await page.goto(`${t!.url}/dashboard`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');

    // Sign in through the demo account picker (it fills the form).
    await page.waitForSelector('#demo-select:not([hidden]) option[value="analyst"]', { state: 'attached' });
    await page.selectOption('#demo-select', 'analyst');
    await page.click('#signin');
    await page.locator('#status', { hasText: /Signed in as .+ \(analyst\)/ }).waitFor();
    expect(await page.evaluate('JSON.parse(sessionStorage.getItem("gongzhi.dashboard.session")).username')).toBe(
      'analyst',
    );

    // The city, picked by default.
    const city = await figuresOf(CITY_CODE);
    const cityShown = await shownFigures(CITY_CODE);
    expect(await failedPanels()).toEqual([]);
    expectSameFigures(cityShown, city);
    expect(city['communities.communities']).toBe(770);
    expect([city['beans.issued'], city['beans.earned'], city['beans.redeemed']]).toEqual([1000, 120, 30]);
    expect(city['consultation.rate']).toBeGreaterThanOrEqual(0.9);
    const { consultationRate: period } = (await t!.executeAs(analyst, DashboardNodeDocument, { code: CITY_CODE }))
      .data!;
    expect(await page.getAttribute('[data-figure="consultation.period"]', 'data-value')).toBe(
      `${period.from}/${period.to}`,
    );
    expect(await chartData('consultation')).toEqual([
      expect.objectContaining({ value: Number((period.rate * 100).toFixed(1)) }),
    ]);
    expect(await chartData('communities')).toEqual([
      city['communities.urbanCommunities'],
      city['communities.villageToResidenceCommunities'],
      city['communities.villages'],
    ]);

    // The five batches of the year the page picked (city-wide).
    const year = Number(await page.getAttribute('[data-panel="fiveBatches"]', 'data-year'));
    const batches = (await t!.executeAs(analyst, DashboardFiveBatchesOfDocument, { year })).data!.fiveBatches;
    expect(batches.length).toBe(5);
    for (const b of batches) {
      expect(await page.getAttribute(`[data-figure="fiveBatches.${b.category}.achieved"]`, 'data-value')).toBe(
        String(b.achieved),
      );
      expect(await page.getAttribute(`[data-figure="fiveBatches.${b.category}.target"]`, 'data-value')).toBe(
        String(b.target),
      );
    }
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'dashboard-city.png'), fullPage: true });

    // Pick 五华区 in the tree: its figures replace the city's.
    const districts = await t!.executeAs(analyst, SearchDivisionsDocument, {
      parent: CITY_CODE,
      kinds: ['DISTRICT'],
      nameContains: '五华',
      first: 1,
    });
    const wuhua = districts.data!.divisions.edges[0].node;
    await page.click(`#tree button[data-code="${wuhua.code}"]`);
    const district = await figuresOf(wuhua.code);
    const districtShown = await shownFigures(wuhua.code);
    expect(await failedPanels()).toEqual([]);
    expectSameFigures(districtShown, district);
    expect(district['communities.communities']).toBeLessThan(city['communities.communities'] as number);
    expect(Number(districtShown['communities.communities'].value)).not.toBe(
      Number(cityShown['communities.communities'].value),
    );
    expect(await page.textContent('#node-title')).toContain(wuhua.name);
    expect(district['beans.earned']).toBe(120);

    const drawn = await chartsDrawn();
    expect(Object.keys(drawn).sort()).toEqual(
      expect.arrayContaining([
        'beans',
        'committees',
        'communities',
        'designations',
        'facilities',
        'fiveBatches',
        'linkage',
        'property',
      ]),
    );
    for (const [chart, painted] of Object.entries(drawn))
      expect({ chart, drawn: painted > 500 }).toEqual({ chart, drawn: true });
    // A tooltip (rich text on the canvas) must not trip the CSP either.
    await page.hover('[data-chart="communities"] canvas', { position: { x: 120, y: 120 } });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'dashboard.png'), fullPage: true });

    // Then its first street, which the tree lists beneath it.
    const streets = await t!.executeAs(analyst, SearchDivisionsDocument, {
      parent: wuhua.code,
      kinds: ['STREET'],
      first: 1,
    });
    const street = streets.data!.divisions.edges[0].node;
    await page.click(`#tree button[data-code="${street.code}"]`);
    const streetFigures = await figuresOf(street.code);
    const streetShown = await shownFigures(street.code);
    expect(await failedPanels()).toEqual([]);
    expectSameFigures(streetShown, streetFigures);
    expect(streetFigures['communities.communities']).toBeLessThan(district['communities.communities'] as number);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'dashboard-street.png'), fullPage: true });

    expect(offHost).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('starts a district official at their district, with the city out of reach', async () => {
    page = await context.newPage();
    await page.goto(`${t!.url}/dashboard`);
    await page.waitForSelector('#demo-select option[value="district.official"]', { state: 'attached' });
    await page.selectOption('#demo-select', 'district.official');
    await page.click('#signin');
    await page.locator('#status', { hasText: /\(district\.official\)/ }).waitFor();

    const official = { username: 'district.official' };
    const me = (await t!.executeAs(official, MeDocument, {})).data!.me;
    const home = me.roles.find((r) => r.role === 'DISTRICT_OFFICIAL')!.division!;
    const shown = await shownFigures(home.code);
    expect(await failedPanels()).toEqual([]);
    const res = await t!.executeAs(official, DashboardNodeDocument, { code: home.code });
    expect(res.errors).toBeUndefined();
    expectSameFigures(shown, expectedFigures(res.data!));
    // The tree's root is the district: no button leads to the city.
    expect(
      await page.$$eval('#tree [role="tree"] > li > button', (b) => b.map((x) => x.getAttribute('data-code'))),
    ).toEqual([home.code]);
    expect(await page.$(`#tree button[data-code="${CITY_CODE}"]`)).toBeNull();
    // Its streets are listed beneath it.
    await page.waitForSelector(`#tree li[aria-expanded="true"] > ul button[data-kind="STREET"]`);

    // Signing out forgets the session and clears the figures.
    await page.click('#signout');
    expect(await page.evaluate('sessionStorage.getItem("gongzhi.dashboard.session")')).toBeNull();
    expect(await page.$('#dashboard [data-figure]')).toBeNull();

    expect(offHost).toEqual([]);
    expect(problems).toEqual([]);
  });
});
