/**
 * Demonstrations and pilots (示范/试点): the seed's national demonstrations and rural pilots read
 * back by level and holder; the five batches (五个一批) target against achieved; the bureau grants.
 */
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const count = <T>(items: T[], key: (i: T) => string) =>
  items.reduce<Record<string, number>>((acc, i) => ({ ...acc, [key(i)]: (acc[key(i)] ?? 0) + 1 }), {});

describe('the designations of the seed document', () => {
  it('national harmonious-community demonstrations: 2 districts, 4 streets, 12 communities', async () => {
    const res = await t.executeAs({ username: 'analyst' }, Ops.DesignationsDocument, {
      filter: { category: 'HARMONIOUS_COMMUNITY', level: 'NATIONAL' },
    });
    expect(count(res.data!.designations, (d) => d.holder!.kind)).toEqual({ DISTRICT: 2, STREET: 4, COMMUNITY: 12 });
  });

  it('rural community pilots: 2 provincial, 7 municipal, 30 county', async () => {
    const res = await t.executeAs({ username: 'analyst' }, Ops.DesignationsDocument, {
      filter: { category: 'RURAL_PILOT' },
    });
    expect(count(res.data!.designations, (d) => d.level)).toEqual({ PROVINCIAL: 2, MUNICIPAL: 7, COUNTY: 30 });
  });

  it('盘龙区’s innovation zone and the 金江路社区 work method', async () => {
    const zone = await t.executeAs({ username: 'analyst' }, Ops.DesignationsDocument, {
      filter: { category: 'INNOVATION_ZONE' },
    });
    expect(zone.data!.designations.map((d) => d.holder!.name)).toEqual(['盘龙区']);
    const method = await t.executeAs({ username: 'analyst' }, Ops.DesignationsDocument, {
      filter: { category: 'WORK_METHOD', under: '530103000000' },
    });
    expect(method.data!.designations.map((d) => [d.title, d.holder!.name])).toEqual([
      ['金江路社区工作法', '金江路社区'],
    ]);
  });
});

describe('the five batches (五个一批)', () => {
  it('name the 10 purchased-service demonstration projects of a year, each an evaluated service project', async () => {
    const res = await t.executeAs({ username: 'analyst' }, Ops.DesignationsDocument, {
      filter: { category: 'PURCHASED_SERVICE_PROJECT', year: 2024 },
    });
    const projects = res.data!.designations.map((d) => d.projectTitle);
    expect(projects).toHaveLength(10);
    for (const title of projects) expect(title).toMatch(/^2024年.+政府购买社区服务项目$/);
    const [{ n }] = await t
      .em()
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from designation d join service_project p on p.id = d.project_id where d.category = 'PURCHASED_SERVICE_PROJECT' and d.year = 2024 and p.status = 'EVALUATED'`,
      );
    expect(Number(n)).toBe(10);
  });

  it('show target against achieved, per year, and move when the bureau grants one', async () => {
    const y2020 = await t.executeAs({ username: 'analyst' }, Ops.FiveBatchesDocument, { year: 2020 });
    expect(y2020.data!.fiveBatches.map((r) => [r.category, r.target, r.achieved, r.met])).toEqual([
      ['PURCHASED_SERVICE_PROJECT', 10, 10, true],
      ['CO_BUILDING_COMMUNITY', 10, 10, true],
      ['SOCIAL_ORGANISATION', 10, 10, true],
      ['VOLUNTEER_STATION', 20, 20, true],
      ['DEMOCRACY_RULE_OF_LAW', 20, 20, true],
    ]);
    const station = (y: Awaited<ReturnType<typeof fetchYear>>) => y.find((r) => r.category === 'VOLUNTEER_STATION')!;
    const fetchYear = async () =>
      (await t.executeAs({ username: 'analyst' }, Ops.FiveBatchesDocument, { year: 2025 })).data!.fiveBatches;
    expect(station(await fetchYear())).toMatchObject({ target: 20, achieved: 18, met: false });
    const input = {
      title: '2025年度学雷锋志愿服务示范站',
      level: 'MUNICIPAL' as const,
      category: 'VOLUNTEER_STATION' as const,
      year: 2025,
      holderCode: '530102001002',
    };
    expect(codes(await t.executeAs({ username: 'street.official' }, Ops.DesignateDocument, { input }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(station(await fetchYear()).achieved).toBe(18);
    for (let i = 0; i < 2; i++)
      expect(
        (await t.executeAs({ username: 'bureau.admin' }, Ops.DesignateDocument, { input })).errors,
      ).toBeUndefined();
    expect(station(await fetchYear())).toMatchObject({ achieved: 20, met: true });
    expect(codes(await t.executeAs({ username: 'analyst' }, Ops.FiveBatchesDocument, { year: 2018 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
