import { FiguresDocument } from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe("the city's figures (统计数据)", () => {
  it('reproduce the seed document exactly for the city', async () => {
    const res = await t.executeAs({ username: 'analyst' }, FiguresDocument, {});
    expect(res.errors).toBeUndefined();
    expect(res.data?.figures).toMatchObject({
      division: { code: '530100000000', name: '昆明市' },
      districts: 14,
      communities: 770,
      urbanCommunities: 333,
      villageToResidenceCommunities: 437,
      villages: 930,
    });
  });

  it('narrow to a district and its subtree', async () => {
    const city = (await t.executeAs({ username: 'analyst' }, FiguresDocument, {})).data!.figures;
    const wuhua = (await t.executeAs({ username: 'district.official' }, FiguresDocument, { code: '530102000000' }))
      .data!.figures;
    expect(wuhua.districts).toBe(1); // the district itself
    expect(wuhua.streets).toBeGreaterThan(5);
    expect(wuhua.communities).toBeGreaterThan(0);
    expect(wuhua.communities).toBeLessThan(city.communities);
  });

  it('are refused outside the caller’s subtree', async () => {
    const res = await t.executeAs({ username: 'district.official' }, FiguresDocument, {});
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toBeNull();
  });
});
