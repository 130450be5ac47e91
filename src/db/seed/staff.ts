import type { Knex } from '@mikro-orm/postgresql';
import { createRandom } from './city/generate';

/** Monthly pay (yuan, social insurance included) at grades 1–6 of each post; the top is ¥7,540. */
export const PAY_SCALE: Record<'HEAD' | 'DEPUTY' | 'MEMBER' | 'WORKER', readonly number[]> = {
  HEAD: [6080, 6370, 6660, 6950, 7245, 7540],
  DEPUTY: [5420, 5680, 5940, 6200, 6460, 6720],
  MEMBER: [4860, 5090, 5320, 5550, 5780, 6010],
  WORKER: [4260, 4460, 4660, 4860, 5060, 5260],
};

/** A village secretary who is also the director (“一肩挑”) gets about ¥3,600 a month. */
const SECRETARY_DIRECTOR = {
  base_yuan: 1800,
  performance_yuan: 900,
  collective_reward_yuan: 300,
  pension_yuan: 400,
  group_allowance_yuan: 200,
};

/**
 * The pay scale and a staff record for every seeded secretary and staff member: community
 * workers on the scale; village cadres in components, most village secretaries “一肩挑”.
 */
export async function seedStaff(knex: Knex, seed: number): Promise<void> {
  const r = createRandom(seed ^ 0x57aff);
  await knex('pay_scale').insert(
    Object.entries(PAY_SCALE).flatMap(([post, amounts]) =>
      amounts.map((monthly_yuan, i) => ({ post, grade: i + 1, monthly_yuan })),
    ),
  );
  const { rows } = await knex.raw<{
    rows: { person_id: number; role: string; division_id: number; scope_path: string; kind: string }[];
  }>(
    `select r.person_id, r.role, r.division_id, r.scope_path, d.kind
       from role_assignment r join division d on d.id = r.division_id
      where r.role in ('COMMUNITY_SECRETARY', 'COMMUNITY_STAFF') and d.kind in ('COMMUNITY', 'VILLAGE')
      order by r.id`,
  );
  const records = rows.map((a) => {
    const head = a.role === 'COMMUNITY_SECRETARY';
    const common = {
      person_id: a.person_id,
      division_id: a.division_id,
      division_path: a.scope_path,
      post: head ? 'HEAD' : 'WORKER',
    };
    if (a.kind === 'COMMUNITY') return { ...common, kind: 'COMMUNITY_WORKER', grade: r.int(1, 6) };
    if (head && r.next() < 0.7)
      return { ...common, kind: 'VILLAGE_CADRE', secretary_also_director: true, ...SECRETARY_DIRECTOR };
    return {
      ...common,
      kind: 'VILLAGE_CADRE',
      post: head ? 'HEAD' : 'MEMBER',
      base_yuan: head ? 1600 : 1200,
      performance_yuan: r.int(300, 800),
      collective_reward_yuan: r.int(0, 300),
      pension_yuan: 300,
      group_allowance_yuan: head ? 0 : r.int(100, 200),
    };
  });
  for (let i = 0; i < records.length; i += 2000) await knex('staff_record').insert(records.slice(i, i + 2000));
}
