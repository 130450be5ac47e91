import type { Knex } from '@mikro-orm/postgresql';
import { createRandom } from './city/generate';
import { insertRows } from './insert';

interface NodeRef {
  id: number;
  path: string;
  kind: string;
  name: string;
  parentCode: string | null;
  code: string;
}

/** Splits `total` into `n` whole amounts that add up to it exactly. */
export function splitExactly(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(((i + 1) * total) / n) - Math.floor((i * total) / n));
}

/**
 * The service facilities of the seed document's “three steps”: every community's “两房” of
 * 400 m² or more with its service rooms; every village's activity venue, 374 of them brought to
 * standard for ¥228M in all; every villager group's venue, 1,813 of them under 70 m² brought to
 * standard for ¥250M in all.
 */
export async function seedFacilities(knex: Knex, nodes: NodeRef[], seed: number): Promise<void> {
  const r = createRandom(seed ^ 0xfac);
  const villages = nodes.filter((n) => n.kind === 'VILLAGE');
  const villageCodes = new Set(villages.map((v) => v.code));
  const groups = nodes.filter((n) => n.kind === 'GROUP' && n.parentCode !== null && villageCodes.has(n.parentCode));
  if (villages.length < 374 || groups.length < 1813)
    throw new Error('the tree is too small for the facilities of the seed document');

  const rows: Record<string, unknown>[] = [];
  for (const c of nodes.filter((n) => n.kind === 'COMMUNITY')) {
    rows.push(
      {
        division_id: c.id,
        division_path: c.path,
        kind: 'OFFICE_ACTIVITY_SPACE',
        name: `${c.name}办公和活动用房`,
        floor_area_m2: r.int(400, 900),
      },
      {
        division_id: c.id,
        division_path: c.path,
        kind: 'ONE_STOP_SERVICE',
        name: `${c.name}“一站式”为民服务站`,
        floor_area_m2: r.int(120, 300),
      },
      {
        division_id: c.id,
        division_path: c.path,
        kind: 'PARTY_ACTIVITY_ROOM',
        name: `${c.name}党员活动室`,
        floor_area_m2: r.int(40, 120),
      },
      {
        division_id: c.id,
        division_path: c.path,
        kind: 'READING_ROOM',
        name: `${c.name}图书阅览室`,
        floor_area_m2: r.int(30, 100),
      },
    );
  }
  const upgradedVillages = villages.filter((_, i) => i % Math.floor(villages.length / 374) === 0).slice(0, 374);
  const upgradedGroups = groups.filter((_, i) => i % Math.floor(groups.length / 1813) === 0).slice(0, 1813);
  const villageSet = new Set(upgradedVillages);
  const groupSet = new Set(upgradedGroups);
  const venueRows = [
    ...villages.map((v) => ({
      node: v,
      kind: 'VILLAGE_VENUE',
      name: `${v.name}村级活动场所`,
      area: villageSet.has(v) ? r.int(200, 450) : r.int(200, 600),
      upgraded: villageSet.has(v),
    })),
    ...groups.map((g) => ({
      node: g,
      kind: 'GROUP_VENUE',
      name: `${g.name}活动场所`,
      area: groupSet.has(g) ? r.int(70, 160) : r.int(70, 200),
      upgraded: groupSet.has(g),
    })),
  ];
  await insertRows(knex, 'facility', rows);
  const venueIds = await insertRows(
    knex,
    'facility',
    venueRows.map((v) => ({
      division_id: v.node.id,
      division_path: v.node.path,
      kind: v.kind,
      name: v.name,
      floor_area_m2: v.area,
    })),
  );
  const villageMoney = splitExactly(228_000_000, 374);
  const groupMoney = splitExactly(250_000_000, 1813);
  let vi = 0;
  let gi = 0;
  const upgrades = venueRows.flatMap((v, i) => {
    if (!v.upgraded) return [];
    const village = v.kind === 'VILLAGE_VENUE';
    const before = village ? r.int(60, 190) : r.int(15, 69);
    return [
      {
        facility_id: venueIds[i],
        division_path: v.node.path,
        step: village ? 2 : 3,
        year: village ? r.int(2017, 2018) : r.int(2019, 2020),
        investment_yuan: village ? villageMoney[vi++] : groupMoney[gi++],
        area_before_m2: before,
        area_after_m2: v.area,
        result: village ? '村级活动场所达标' : '村民小组活动场所达标',
      },
    ];
  });
  await insertRows(knex, 'facility_upgrade', upgrades);
}
