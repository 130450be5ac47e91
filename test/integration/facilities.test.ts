/**
 * Service facilities (综合服务设施): the seed's three steps read back through the figures,
 * compliance computed from the area and the kind's standard, upgrades recorded by the node's
 * administrators only.
 */
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
let community: string;

beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
});
afterAll(() => t?.close());

describe('the three steps (“三步走”), as seeded', () => {
  it('read back: 374 village venues for ¥228M, 1,813 group venues for ¥250M, every “两房” at 400 m² or more', async () => {
    const res = await t.executeAs({ username: 'analyst' }, Ops.FacilityFiguresDocument, {});
    expect(res.errors).toBeUndefined();
    const { kinds, steps } = res.data!.facilityFigures;
    expect(steps).toEqual([
      { step: 2, upgrades: 374, investmentYuan: 228_000_000 },
      { step: 3, upgrades: 1813, investmentYuan: 250_000_000 },
    ]);
    const kind = (k: string) => kinds.find((x) => x.kind === k)!;
    expect(kind('OFFICE_ACTIVITY_SPACE')).toMatchObject({ facilities: 770, meetingStandard: 770 });
    expect(kind('VILLAGE_VENUE')).toMatchObject({ facilities: 930, meetingStandard: 930, upgraded: 374 });
    expect(kind('GROUP_VENUE').upgraded).toBe(1813);
    expect(kind('GROUP_VENUE').meetingStandard).toBe(kind('GROUP_VENUE').facilities);
    expect(kind('READING_ROOM').meetingStandard).toBeNull();
  });
});

describe('compliance and upgrades', () => {
  it('computes compliance from the area, and an upgrade moves it', async () => {
    const small = await t.executeAs({ username: 'community.secretary' }, Ops.RecordFacilityDocument, {
      input: { divisionCode: community, kind: 'OFFICE_ACTIVITY_SPACE', name: '临时办公用房', floorAreaM2: 180 },
    });
    expect(small.data?.recordFacility).toMatchObject({ floorAreaM2: 180, meetsStandard: false });
    const id = small.data!.recordFacility.id;
    const upgraded = await t.executeAs({ username: 'street.official' }, Ops.RecordFacilityUpgradeDocument, {
      input: {
        facilityId: id,
        step: 1,
        year: 2026,
        investmentYuan: 1_200_000,
        areaAfterM2: 420,
        result: '购置改造后达标',
      },
    });
    expect(upgraded.data?.recordFacilityUpgrade).toMatchObject({ step: 1, areaBeforeM2: 180, areaAfterM2: 420 });
    const listed = await t.executeAs({ username: 'analyst' }, Ops.FacilitiesDocument, { code: community });
    expect(listed.data?.facilities.find((f) => f.id === id)).toMatchObject({
      floorAreaM2: 420,
      standardM2: 400,
      meetsStandard: true,
      upgrades: [{ step: 1, investmentYuan: 1_200_000 }],
    });
  });

  it('are recorded only by administrators of the node, with coded errors for bad figures', async () => {
    const input = { divisionCode: community, kind: 'READING_ROOM' as const, name: '书屋', floorAreaM2: 50 };
    expect(codes(await t.executeAs({ username: 'analyst' }, Ops.RecordFacilityDocument, { input }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.RecordFacilityDocument, {
          input: { ...input, divisionCode: '530102002001' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs({ username: 'community.secretary' }, Ops.RecordFacilityDocument, {
          input: { ...input, floorAreaM2: 0 },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const facility = (await t.executeAs({ username: 'analyst' }, Ops.FacilitiesDocument, { code: community })).data!
      .facilities[0];
    const bad = await t.executeAs({ username: 'community.secretary' }, Ops.RecordFacilityUpgradeDocument, {
      input: { facilityId: facility.id, step: 4, year: 2026, investmentYuan: 1, areaAfterM2: 500, result: '无效步骤' },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const after = (await t.executeAs({ username: 'analyst' }, Ops.FacilitiesDocument, { code: community })).data!
      .facilities[0];
    expect(after.floorAreaM2).toBe(facility.floorAreaM2);
  });
});
