/**
 * Deterministic generator of Kunming's (昆明市) community-governance tree as plain data:
 * city → 14 county-level divisions → streets/townships → communities & villages
 * → residents'/villagers' groups → buildings.
 *
 * Pure logic: no I/O, no dependencies beyond the standard library.
 */
import {
  COMMUNITY_HEADS,
  COMMUNITY_TAILS,
  STREET_NAMES,
  VILLAGE_HEADS,
  VILLAGE_TAILS,
  toChineseNumeral,
} from './names';

export type DivisionKind = 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'VILLAGE' | 'GROUP' | 'BUILDING';
export type CommunityType = 'URBAN' | 'VILLAGE_TO_RESIDENCE';

export interface DivisionSeed {
  code: string;
  name: string;
  kind: DivisionKind;
  parentCode: string | null;
  communityType: CommunityType | null;
  /** CITY 0, DISTRICT 1, STREET 2, COMMUNITY/VILLAGE 3, GROUP 4, BUILDING 5 */
  level: number;
}

export interface CitySeed {
  /** Parents always come before their children (depth-first order). */
  divisions: DivisionSeed[];
}

export interface GenerateOptions {
  /** PRNG seed, coerced to an unsigned 32-bit integer; default 20261125. */
  seed?: number;
  /** Inclusive range of groups under each community/village; default [2, 5]. */
  groupsPerCommunity?: [number, number];
  /** Inclusive range of buildings under each group; default [1, 3]. */
  buildingsPerGroup?: [number, number];
}

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniformly chosen element of a non-empty array. */
  pick<T>(arr: readonly T[]): T;
}

export const CITY_CODE = '530100000000';
export const CITY_NAME = '昆明市';
export const DEFAULT_SEED = 20261125;

/** Exact totals the generated tree always satisfies. */
export const TOTALS = { urbanCommunities: 333, villageToResidenceCommunities: 437, villages: 930 } as const;

export const DISTRICTS: ReadonlyArray<{ code: string; name: string; kind: 'district' | 'city' | 'county' }> = [
  { code: '530102000000', name: '五华区', kind: 'district' },
  { code: '530103000000', name: '盘龙区', kind: 'district' },
  { code: '530111000000', name: '官渡区', kind: 'district' },
  { code: '530112000000', name: '西山区', kind: 'district' },
  { code: '530113000000', name: '东川区', kind: 'district' },
  { code: '530114000000', name: '呈贡区', kind: 'district' },
  { code: '530115000000', name: '晋宁区', kind: 'district' },
  { code: '530124000000', name: '富民县', kind: 'county' },
  { code: '530125000000', name: '宜良县', kind: 'county' },
  { code: '530126000000', name: '石林彝族自治县', kind: 'county' },
  { code: '530127000000', name: '嵩明县', kind: 'county' },
  { code: '530128000000', name: '禄劝彝族苗族自治县', kind: 'county' },
  { code: '530129000000', name: '寻甸回族彝族自治县', kind: 'county' },
  { code: '530181000000', name: '安宁市', kind: 'city' },
];

/** The five core urban districts that hold most urban communities. */
export const URBAN_CORE_CODES: ReadonlySet<string> = new Set([
  '530102000000',
  '530103000000',
  '530111000000',
  '530112000000',
  '530114000000',
]);

const MAX_COMMUNITIES_PER_STREET = 199; // 居委会 numbered 001–199
const MAX_VILLAGES_PER_STREET = 200; // 村委会 numbered 200–399
const VILLAGE_NUMBER_BASE = 200;

/** Creates a seeded mulberry32 PRNG; the same seed always yields the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min: number, max: number): number {
      if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
        throw new RangeError(`int(${min}, ${max}): need integers with min <= max`);
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(arr: readonly T[]): T {
      if (arr.length === 0) throw new RangeError('pick() from an empty array');
      return arr[Math.floor(next() * arr.length)] as T;
    },
  };
}

/** Splits `total` into integer parts proportional to `weights` (largest-remainder method). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  if (!(sum > 0)) throw new RangeError('apportion: weights must have a positive sum');
  const quotas = weights.map((w) => (total * w) / sum);
  const counts = quotas.map((q) => Math.floor(q));
  // Indices ordered by descending fractional part (ties: lower index first).
  const order = quotas
    .map((q, i) => ({ i, frac: q - Math.floor(q) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
    .map((x) => x.i);
  let diff = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; diff > 0; k = (k + 1) % order.length, diff--) counts[order[k] as number]! += 1;
  // Guard against floating-point overshoot (practically never happens).
  for (let k = order.length - 1; diff < 0; k = (k - 1 + order.length) % order.length) {
    const i = order[k] as number;
    if (counts[i]! > 0) {
      counts[i]! -= 1;
      diff++;
    }
  }
  return counts;
}

type Tier = 'core' | 'suburban' | 'county';
interface StreetPlan {
  code: string;
  name: string;
  parentCode: string;
  weights: [number, number, number]; // [urban, village-to-residence, village]
  counts: [number, number, number];
}

const TIER_WEIGHTS: Record<Tier, [number, number, number]> = {
  core: [10, 4, 1],
  suburban: [3, 5, 4],
  county: [1, 2.5, 8],
};

function tierOf(district: (typeof DISTRICTS)[number]): Tier {
  if (URBAN_CORE_CODES.has(district.code)) return 'core';
  return district.kind === 'county' ? 'county' : 'suburban';
}

function validateRange(label: string, range: [number, number]): void {
  const [min, max] = range;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || min > max || max > 999) {
    throw new RangeError(`${label} must be integers with 0 <= min <= max <= 999, got [${min}, ${max}]`);
  }
}

/** Plans every street and decides how many units of each type it holds (exact city totals). */
function planStreets(rng: Random): StreetPlan[] {
  const plans: StreetPlan[] = [];
  for (const district of DISTRICTS) {
    const names = STREET_NAMES[district.code];
    if (!names || names.length === 0) throw new Error(`No street names for ${district.code}`);
    const base = TIER_WEIGHTS[tierOf(district)];
    names.forEach((name, idx) => {
      const rural = !name.endsWith('街道');
      const mod: [number, number, number] = rural
        ? [0.2, 0.6, 1.6]
        : tierOf(district) === 'core'
          ? [1, 1, 1]
          : [1.5, 1, 1];
      const weights = base.map((w, t) => w * mod[t]! * (0.4 + 1.2 * rng.next())) as [number, number, number];
      const code = `${district.code.slice(0, 6)}${String(idx + 1).padStart(3, '0')}000`;
      plans.push({ code, name, parentCode: district.code, weights, counts: [0, 0, 0] });
    });
  }
  const totals = [TOTALS.urbanCommunities, TOTALS.villageToResidenceCommunities, TOTALS.villages];
  // Every street first gets one unit of its dominant type, so no street is empty.
  for (const p of plans) {
    const dominant = p.weights.indexOf(Math.max(...p.weights));
    p.counts[dominant]! += 1;
  }
  for (let t = 0; t < 3; t++) {
    const remaining = totals[t]! - plans.reduce((a, p) => a + p.counts[t]!, 0);
    if (remaining < 0) throw new Error('Too many streets for the requested totals');
    apportion(
      remaining,
      plans.map((p) => p.weights[t]!),
    ).forEach((n, i) => {
      plans[i]!.counts[t]! += n;
    });
  }
  for (const p of plans) {
    if (p.counts[0] + p.counts[1] > MAX_COMMUNITIES_PER_STREET || p.counts[2] > MAX_VILLAGES_PER_STREET) {
      throw new Error(`Street ${p.code} exceeds its code capacity`);
    }
  }
  return plans;
}

/** Picks a two-syllable name + suffix not yet in `used` (random first, then exhaustive). */
function uniqueName(
  rng: Random,
  heads: readonly string[],
  tails: readonly string[],
  suffix: string,
  used: Set<string>,
): string {
  const ok = (h: string, t: string): string | null => {
    const name = `${h}${t}${suffix}`;
    return h !== t && !used.has(name) ? name : null;
  };
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = ok(rng.pick(heads), rng.pick(tails));
    if (name) return (used.add(name), name);
  }
  for (const h of heads) {
    for (const t of tails) {
      const name = ok(h, t);
      if (name) return (used.add(name), name);
    }
  }
  throw new Error(`Ran out of unique ${suffix} names`);
}

/** In-place Fisher–Yates shuffle driven by the seeded PRNG. */
function shuffle<T>(rng: Random, arr: T[]): T[] {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [arr[i], arr[j]] = [arr[j] as T, arr[i] as T];
  }
  return arr;
}

/** Generates the full, deterministic Kunming governance tree for the given options. */
export function generateCity(opts: GenerateOptions = {}): CitySeed {
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const groupsRange = opts.groupsPerCommunity ?? [2, 5];
  const buildingsRange = opts.buildingsPerGroup ?? [1, 3];
  validateRange('groupsPerCommunity', groupsRange);
  validateRange('buildingsPerGroup', buildingsRange);

  const rng = createRandom(seed);
  const plans = planStreets(rng);
  const divisions: DivisionSeed[] = [
    { code: CITY_CODE, name: CITY_NAME, kind: 'CITY', parentCode: null, communityType: null, level: 0 },
  ];

  const emitUnit = (code: string, name: string, parentCode: string, type: CommunityType | null): void => {
    const isVillage = type === null;
    divisions.push({
      code,
      name,
      kind: isVillage ? 'VILLAGE' : 'COMMUNITY',
      parentCode,
      communityType: type,
      level: 3,
    });
    const groupCount = rng.int(groupsRange[0], groupsRange[1]);
    for (let g = 1; g <= groupCount; g++) {
      const groupCode = `${code}${String(g).padStart(3, '0')}`;
      const groupName = `第${toChineseNumeral(g)}${isVillage ? '村民小组' : '居民小组'}`;
      divisions.push({
        code: groupCode,
        name: groupName,
        kind: 'GROUP',
        parentCode: code,
        communityType: null,
        level: 4,
      });
      const buildingCount = rng.int(buildingsRange[0], buildingsRange[1]);
      for (let b = 1; b <= buildingCount; b++) {
        divisions.push({
          code: `${groupCode}${String(b).padStart(3, '0')}`,
          name: isVillage ? `${b}号院` : `${b}栋`,
          kind: 'BUILDING',
          parentCode: groupCode,
          communityType: null,
          level: 5,
        });
      }
    }
  };

  for (const district of DISTRICTS) {
    divisions.push({
      code: district.code,
      name: district.name,
      kind: 'DISTRICT',
      parentCode: CITY_CODE,
      communityType: null,
      level: 1,
    });
    for (const street of plans.filter((p) => p.parentCode === district.code)) {
      divisions.push({
        code: street.code,
        name: street.name,
        kind: 'STREET',
        parentCode: district.code,
        communityType: null,
        level: 2,
      });
      const prefix = street.code.slice(0, 9);
      const used = new Set<string>();
      const types: CommunityType[] = shuffle(rng, [
        ...Array<CommunityType>(street.counts[0]).fill('URBAN'),
        ...Array<CommunityType>(street.counts[1]).fill('VILLAGE_TO_RESIDENCE'),
      ]);
      types.forEach((type, i) => {
        // 村改居 communities keep village-style names; urban ones get urban-style names.
        const name =
          type === 'URBAN'
            ? uniqueName(rng, COMMUNITY_HEADS, COMMUNITY_TAILS, '社区', used)
            : uniqueName(rng, VILLAGE_HEADS, VILLAGE_TAILS, '社区', used);
        emitUnit(`${prefix}${String(i + 1).padStart(3, '0')}`, name, street.code, type);
      });
      for (let v = 0; v < street.counts[2]; v++) {
        const name = uniqueName(rng, VILLAGE_HEADS, VILLAGE_TAILS, '村', used);
        emitUnit(`${prefix}${String(VILLAGE_NUMBER_BASE + v).padStart(3, '0')}`, name, street.code, null);
      }
    }
  }
  return { divisions };
}
