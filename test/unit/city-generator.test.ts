import { generateCity, createRandom, CITY_CODE, DISTRICTS, type DivisionSeed } from '../../src/db/seed/city/generate';
import { toChineseNumeral } from '../../src/db/seed/city/names';

// Independent fixture: the real statistical codes of Kunming's 14 county-level divisions.
const EXPECTED_DISTRICTS: Record<string, string> = {
  '530102000000': '五华区',
  '530103000000': '盘龙区',
  '530111000000': '官渡区',
  '530112000000': '西山区',
  '530113000000': '东川区',
  '530114000000': '呈贡区',
  '530115000000': '晋宁区',
  '530124000000': '富民县',
  '530125000000': '宜良县',
  '530126000000': '石林彝族自治县',
  '530127000000': '嵩明县',
  '530128000000': '禄劝彝族苗族自治县',
  '530129000000': '寻甸回族彝族自治县',
  '530181000000': '安宁市',
};
const CORE_URBAN = ['530102000000', '530103000000', '530111000000', '530112000000', '530114000000'];
const COUNTIES = ['530124000000', '530125000000', '530126000000', '530127000000', '530128000000', '530129000000'];
const LEVEL: Record<DivisionSeed['kind'], number> = {
  CITY: 0,
  DISTRICT: 1,
  STREET: 2,
  COMMUNITY: 3,
  VILLAGE: 3,
  GROUP: 4,
  BUILDING: 5,
};
const CODE_LENGTH = [12, 12, 12, 12, 15, 18];

const city = generateCity();
const all = city.divisions;
const ofKind = (k: DivisionSeed['kind'], ds: DivisionSeed[] = all) => ds.filter((d) => d.kind === k);
const byCode = new Map(all.map((d) => [d.code, d]));
const childrenOf = (ds: DivisionSeed[]) => {
  const m = new Map<string, DivisionSeed[]>();
  for (const d of ds) if (d.parentCode) m.set(d.parentCode, [...(m.get(d.parentCode) ?? []), d]);
  return m;
};
const children = childrenOf(all);
const districtOf = (d: DivisionSeed) => `${d.code.slice(0, 6)}000000`;

function expectExactTotals(ds: DivisionSeed[]): void {
  const communities = ofKind('COMMUNITY', ds);
  expect(ofKind('CITY', ds)).toHaveLength(1);
  expect(ofKind('DISTRICT', ds)).toHaveLength(14);
  expect(communities).toHaveLength(770);
  expect(communities.filter((c) => c.communityType === 'URBAN')).toHaveLength(333);
  expect(communities.filter((c) => c.communityType === 'VILLAGE_TO_RESIDENCE')).toHaveLength(437);
  expect(ofKind('VILLAGE', ds)).toHaveLength(930);
}

describe('createRandom', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const seq = (s: number) => {
      const r = createRandom(s);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(seq(42)).toEqual(seq(42));
    expect(seq(42)).not.toEqual(seq(43));
  });

  it('next() is in [0,1), int() is inclusive, pick() covers the array', () => {
    const r = createRandom(7);
    const ints = new Set<number>();
    const picks = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(r.int(3, 6));
      picks.add(r.pick(['a', 'b', 'c']));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
    expect([...picks].sort()).toEqual(['a', 'b', 'c']);
    expect(() => r.pick([])).toThrow();
  });
});

describe('toChineseNumeral', () => {
  it('formats group numbers', () => {
    expect([1, 10, 11, 20, 21, 100, 105, 110].map(toChineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '一百',
      '一百零五',
      '一百一十',
    ]);
  });
});

describe('generateCity (default seed)', () => {
  it('has the city root', () => {
    expect(all[0]).toEqual({
      code: CITY_CODE,
      name: '昆明市',
      kind: 'CITY',
      parentCode: null,
      communityType: null,
      level: 0,
    });
    expect(CITY_CODE).toBe('530100000000');
  });

  it('has exactly the 14 real county-level divisions', () => {
    const districts = ofKind('DISTRICT');
    expect(Object.fromEntries(districts.map((d) => [d.code, d.name]))).toEqual(EXPECTED_DISTRICTS);
    expect(Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name]))).toEqual(EXPECTED_DISTRICTS);
    for (const d of districts) expect(d.parentCode).toBe(CITY_CODE);
    expect(DISTRICTS.find((d) => d.code === '530181000000')?.kind).toBe('city');
    expect(
      DISTRICTS.filter((d) => d.kind === 'county')
        .map((d) => d.code)
        .sort(),
    ).toEqual(COUNTIES);
  });

  it('has the exact community and village totals', () => {
    expectExactTotals(all);
    expect(all.filter((d) => (d.kind === 'COMMUNITY') !== (d.communityType !== null))).toEqual([]);
  });

  it('uses unique, numeric codes of the right length per level and kind/level pairs', () => {
    expect(byCode.size).toBe(all.length);
    const bad = all.filter(
      (d) => d.level !== LEVEL[d.kind] || !/^\d+$/.test(d.code) || d.code.length !== CODE_LENGTH[d.level],
    );
    expect(bad).toEqual([]);
  });

  it('lists every parent before its children, one level up', () => {
    const seen = new Map<string, DivisionSeed>();
    const bad: DivisionSeed[] = [];
    for (const d of all) {
      const ok = d.kind === 'CITY' ? d.parentCode === null : seen.get(d.parentCode ?? '')?.level === d.level - 1;
      if (!ok) bad.push(d);
      seen.set(d.code, d);
    }
    expect(bad).toEqual([]);
  });

  it('derives child codes from parent codes', () => {
    const ok = (d: DivisionSeed): boolean => {
      const p = d.parentCode ?? '';
      const last3 = Number(d.code.slice(-3));
      switch (d.kind) {
        case 'STREET':
          return d.code.slice(0, 6) === p.slice(0, 6) && Number(d.code.slice(6, 9)) >= 1 && d.code.endsWith('000');
        case 'COMMUNITY':
          return d.code.slice(0, 9) === p.slice(0, 9) && last3 >= 1 && last3 <= 199;
        case 'VILLAGE':
          return d.code.slice(0, 9) === p.slice(0, 9) && last3 >= 200 && last3 <= 399;
        case 'GROUP':
        case 'BUILDING':
          return d.code.slice(0, -3) === p && last3 >= 1;
        default:
          return true;
      }
    };
    expect(all.filter((d) => !ok(d))).toEqual([]);
  });

  it('has a plausible set of streets, each non-empty and uniquely named within its district', () => {
    const streets = ofKind('STREET');
    expect(streets.length).toBeGreaterThanOrEqual(130);
    expect(streets.length).toBeLessThanOrEqual(150);
    for (const code of Object.keys(EXPECTED_DISTRICTS)) {
      const own = (children.get(code) ?? []).map((s) => s.name);
      expect(own.length).toBeGreaterThanOrEqual(5);
      expect(own.length).toBeLessThanOrEqual(16);
      expect(new Set(own).size).toBe(own.length);
      for (const n of own) expect(n).toMatch(/(街道|镇|乡)$/);
      // Street numbers are consecutive from 001.
      expect((children.get(code) ?? []).map((s) => Number(s.code.slice(6, 9)))).toEqual(own.map((_, i) => i + 1));
    }
    for (const n of CORE_URBAN.flatMap((c) => (children.get(c) ?? []).map((s) => s.name))) expect(n).toMatch(/街道$/);
    expect((children.get('530102000000') ?? []).map((s) => s.name)).toEqual(
      expect.arrayContaining([
        '华山街道',
        '护国街道',
        '大观街道',
        '龙翔街道',
        '丰宁街道',
        '莲华街道',
        '红云街道',
        '黑林铺街道',
        '普吉街道',
        '西翥街道',
      ]),
    );
    for (const s of streets) expect((children.get(s.code) ?? []).length).toBeGreaterThan(0);
  });

  it('names communities and villages correctly and uniquely within each street', () => {
    for (const s of ofKind('STREET')) {
      const units = children.get(s.code) ?? [];
      expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
      for (const u of units) expect(u.name).toMatch(u.kind === 'COMMUNITY' ? /^.+社区$/ : /^.+村$/);
      // Numbering is consecutive: communities from 001, villages from 200.
      const nums = (k: DivisionSeed['kind']) => units.filter((u) => u.kind === k).map((u) => Number(u.code.slice(9)));
      expect(nums('COMMUNITY')).toEqual(nums('COMMUNITY').map((_, i) => i + 1));
      expect(nums('VILLAGE')).toEqual(nums('VILLAGE').map((_, i) => i + 200));
    }
  });

  it('creates 2–5 numbered groups per unit and 1–3 numbered buildings per group', () => {
    const groupCounts = new Set<number>();
    const buildingCounts = new Set<number>();
    const bad: DivisionSeed[] = [];
    for (const u of [...ofKind('COMMUNITY'), ...ofKind('VILLAGE')]) {
      const groups = children.get(u.code) ?? [];
      groupCounts.add(groups.length);
      groups.forEach((g, i) => {
        const groupName = `第${toChineseNumeral(i + 1)}${u.kind === 'VILLAGE' ? '村民' : '居民'}小组`;
        if (g.kind !== 'GROUP' || g.code !== `${u.code}${String(i + 1).padStart(3, '0')}` || g.name !== groupName)
          bad.push(g);
        const buildings = children.get(g.code) ?? [];
        buildingCounts.add(buildings.length);
        buildings.forEach((b, j) => {
          if (b.kind !== 'BUILDING' || b.name !== (u.kind === 'VILLAGE' ? `${j + 1}号院` : `${j + 1}栋`)) bad.push(b);
        });
      });
    }
    expect(bad).toEqual([]);
    expect([...groupCounts].sort()).toEqual([2, 3, 4, 5]);
    expect([...buildingCounts].sort()).toEqual([1, 2, 3]);
    expect(byCode.get('530102001001001')?.name).toMatch(/^第一(居民|村民)小组$/);
  });

  it('concentrates urban communities in core districts and villages in counties', () => {
    for (const seed of [20261125, 1, 99, 123456]) {
      const ds = generateCity({ seed }).divisions;
      const urban = ofKind('COMMUNITY', ds).filter((c) => c.communityType === 'URBAN');
      const villages = ofKind('VILLAGE', ds);
      expect(urban.filter((c) => CORE_URBAN.includes(districtOf(c))).length).toBeGreaterThan(333 / 2);
      expect(villages.filter((v) => COUNTIES.includes(districtOf(v))).length).toBeGreaterThan(930 / 2);
    }
  });
});

describe('determinism and options', () => {
  const perStreet = (ds: DivisionSeed[]) => {
    const kids = childrenOf(ds);
    return ofKind('STREET', ds).map((s) =>
      (kids.get(s.code) ?? []).map((u) => `${u.kind}:${u.communityType}`).join(','),
    );
  };

  // Index of the first differing division (-1 if deep-equal); avoids huge jest diffs on failure.
  const firstDiff = (a: DivisionSeed[], b: DivisionSeed[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return i;
    }
    return -1;
  };

  it('same seed gives identical output; default seed is 20261125', () => {
    expect(firstDiff(generateCity({ seed: 5 }).divisions, generateCity({ seed: 5 }).divisions)).toBe(-1);
    expect(firstDiff(generateCity({ seed: 20261125 }).divisions, all)).toBe(-1);
    expect(Object.keys(generateCity({ seed: 5 }))).toEqual(['divisions']);
  });

  it('another seed keeps exact totals but changes the distribution', () => {
    const other = generateCity({ seed: 777 }).divisions;
    expectExactTotals(other);
    expect(perStreet(other)).not.toEqual(perStreet(all));
    const kids = childrenOf(other);
    for (const s of ofKind('STREET', other)) expect((kids.get(s.code) ?? []).length).toBeGreaterThan(0);
  });

  it('honours groupsPerCommunity and buildingsPerGroup', () => {
    const ds = generateCity({ seed: 3, groupsPerCommunity: [1, 1], buildingsPerGroup: [2, 2] }).divisions;
    expectExactTotals(ds);
    expect(ofKind('GROUP', ds)).toHaveLength(1700);
    expect(ofKind('BUILDING', ds)).toHaveLength(3400);
  });

  it('rejects invalid ranges', () => {
    expect(() => generateCity({ groupsPerCommunity: [5, 2] })).toThrow(RangeError);
    expect(() => generateCity({ buildingsPerGroup: [1, 1000] })).toThrow(RangeError);
  });

  it('runs fast', () => {
    const t0 = Date.now();
    generateCity({ seed: 11 });
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
