/**
 * The consultation rate (协商率): from a fresh seed the city is at 90% or more (not 100%), as in
 * the source; and on a hand-built fixture in a period the seed leaves empty, a street's and a
 * district's rates are exactly what the fixture says.
 */
import { Division } from '../../src/modules/tree/division.entity';
import { DivisionKind } from '../../src/modules/tree/division.enums';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
const analyst = { username: 'analyst' };
const STREET = '530102001000'; // 华山街道, 五华区
const DISTRICT = '530102000000'; // 五华区

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const rate = async (code: string, from?: string, to?: string) => {
  const res = await t.executeAs(analyst, Ops.ConsultationRateDocument, { code, from, to });
  expect(res.errors).toBeUndefined();
  return res.data!.consultationRate;
};

describe('the seeded city', () => {
  it('has consulted in at least 90% of its communities and villages over the past year, and not all', async () => {
    const city = await rate('530100000000');
    const figures = (await t.executeAs(analyst, Ops.FiguresDocument, {})).data!.figures;
    expect(city.communities).toBe(figures.communities + figures.villages); // 770 + 930
    expect(city.rate).toBeGreaterThanOrEqual(0.9);
    expect(city.rate).toBeLessThan(1);
    expect(city.rate).toBeCloseTo(city.consulted / city.communities, 10);
    // The default period is the year up to today.
    expect(Date.parse(city.to) - Date.parse(city.from)).toBe(364 * 86_400_000);
  });

  it('is an aggregate: analysts and officials read it, residents and anonymous callers do not', async () => {
    expect(codes(await t.executeAs(null, Ops.ConsultationRateDocument, {}))).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(await t.executeAs({ username: 'property.admin' }, Ops.ConsultationRateDocument, { code: '530100000000' })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await t.executeAs({ username: 'street.official' }, Ops.ConsultationRateDocument, { code: DISTRICT })),
    ).toEqual(['FORBIDDEN']);
    expect(
      (await t.executeAs({ username: 'street.official' }, Ops.ConsultationRateDocument, { code: STREET })).data
        ?.consultationRate.code,
    ).toBe(STREET);
  });

  it('refuses a backward or malformed period with a coded error', async () => {
    expect(
      codes(await t.executeAs(analyst, Ops.ConsultationRateDocument, { from: '2021-01-02', to: '2021-01-01' })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.executeAs(analyst, Ops.ConsultationRateDocument, { from: '2021-13-01' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('a hand-checked fixture in 2020 (the seed has no decision that year)', () => {
  it('counts each community once, by its own or a street’s platform, within local days', async () => {
    const em = t.em();
    const street = await em.findOneOrFail(Division, { code: STREET });
    const district = await em.findOneOrFail(Division, { code: DISTRICT });
    const inStreet = await em.find(
      Division,
      { path: { $like: `${street.path}%` }, kind: { $in: [DivisionKind.COMMUNITY, DivisionKind.VILLAGE] } },
      { orderBy: { code: 'asc' } },
    );
    expect(inStreet.length).toBeGreaterThanOrEqual(6);
    const [c1, c2, c3, c4, c5] = inStreet;
    const otherStreet = await em.findOneOrFail(
      Division,
      { path: { $like: `${district.path}%` }, kind: DivisionKind.STREET, code: { $ne: STREET } },
      { orderBy: { code: 'asc' } },
    );
    const c6 = await em.findOneOrFail(
      Division,
      { path: { $like: `${otherStreet.path}%` }, kind: DivisionKind.COMMUNITY },
      { orderBy: { code: 'asc' } },
    );
    const elsewhere = await em.findOneOrFail(
      Division,
      { path: { $like: '/530100000000/530103000000/%' }, kind: DivisionKind.COMMUNITY },
      { orderBy: { code: 'asc' } },
    );
    const groupOf = async (c: Division) =>
      em.findOneOrFail(Division, { parent: c.id, kind: DivisionKind.GROUP }, { orderBy: { code: 'asc' } });
    const g4 = await groupOf(c4);
    const decided = async (
      platform: Division,
      level: 'COMMUNITY' | 'STREET',
      affected: string[],
      decidedAt: string | null,
      state = 'CLOSED',
    ) =>
      em.execute(
        `insert into consultation_matter (platform_id, platform_path, level, title, description, category, affected_paths, attachments, state, decided_at)
         values (?, ?, ?, '测试议题', '测试', 'OTHER', array[?]::text[], '[]', ?, ?)`,
        [platform.id, platform.path, level, affected, state, decidedAt],
      );
    await decided(c1, 'COMMUNITY', [c1.path], '2020-06-01T02:00:00Z');
    await decided(c1, 'COMMUNITY', [c1.path], '2020-07-01T02:00:00Z'); // the same community again: counted once
    await decided(c2, 'COMMUNITY', [c2.path], '2020-12-31T15:30:00Z'); // 23:30 on 31 December in Kunming: inside
    await decided(c3, 'COMMUNITY', [c3.path], '2020-12-31T16:30:00Z'); // 00:30 on 1 January in Kunming: outside
    await decided(street, 'STREET', [g4.path], '2020-05-05T02:00:00Z'); // a street's matter affecting a group of c4
    await decided(street, 'STREET', [street.path], '2020-05-06T02:00:00Z'); // a street-wide matter names no community
    await decided(c5, 'COMMUNITY', [c5.path], null, 'DELIBERATING'); // undecided
    await decided(c6, 'COMMUNITY', [c6.path], '2020-03-01T02:00:00Z'); // same district, other street
    await decided(elsewhere, 'COMMUNITY', [elsewhere.path], '2020-03-01T02:00:00Z'); // another district

    const countUnder = async (d: Division) => {
      const f = (await t.executeAs(analyst, Ops.FiguresDocument, { code: d.code })).data!.figures;
      return f.communities + f.villages;
    };
    const s = await rate(STREET, '2020-01-01', '2020-12-31');
    expect(s).toMatchObject({ communities: inStreet.length, consulted: 3 }); // c1, c2, c4
    expect(s.rate).toBeCloseTo(3 / inStreet.length, 10);
    const d = await rate(DISTRICT, '2020-01-01', '2020-12-31');
    expect(d).toMatchObject({ communities: await countUnder(district), consulted: 4 }); // + c6
    const city = await rate('530100000000', '2020-01-01', '2020-12-31');
    expect(city.consulted).toBe(5); // + the other district's
    // Only the first half of the year: c1 (June), c4 (May), c6 (March) in the district.
    expect((await rate(DISTRICT, '2020-01-01', '2020-06-30')).consulted).toBe(3);
    // A community's own rate is 0 or 1.
    expect((await rate(c3.code, '2020-01-01', '2020-12-31')).rate).toBe(0);
    expect((await rate(c2.code, '2020-01-01', '2020-12-31')).rate).toBe(1);
  });
});
