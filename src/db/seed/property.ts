import type { Knex } from '@mikro-orm/postgresql';
import { createRandom } from './city/generate';

const COMPOUNDS = ['花园', '小区', '苑', '家园', '公寓'] as const;

/**
 * Red property (红色物业): one to three residential compounds in every urban community, served by
 * the community's property company (six in ten with a party organisation of their own); the first
 * compound has the owners' committee.
 */
export async function seedProperty(knex: Knex, seed: number): Promise<void> {
  const r = createRandom(seed ^ 0x9e0);
  const { rows } = await knex.raw<{
    rows: { id: number; path: string; name: string; company: number; owners: number | null }[];
  }>(
    `select d.id, d.path, d.name, pc.id as company, oc.id as owners
       from division d
       join organisation pc on pc.division_id = d.id and pc.kind = 'PROPERTY_COMPANY'
       left join organisation oc on oc.division_id = d.id and oc.kind = 'OWNERS_COMMITTEE'
      where d.kind = 'COMMUNITY' and d.community_type = 'URBAN' order by d.code`,
  );
  await knex.batchInsert(
    'property_company_profile',
    rows.map((c) => ({ organisation_id: c.company, has_party_organisation: r.next() < 0.6 })),
    1000,
  );
  const compounds = rows.flatMap((c) =>
    Array.from({ length: r.int(1, 3) }, (_, i) => ({
      community_id: c.id,
      community_path: c.path,
      name: `${c.name.replace(/社区$/, '')}${['一', '二', '三'][i]}期${r.pick(COMPOUNDS)}`,
      property_company_id: c.company,
      owners_committee_id: i === 0 ? c.owners : null,
    })),
  );
  await knex.batchInsert('compound', compounds, 1000);
}
