import type { Knex } from '@mikro-orm/postgresql';
import { withCheck } from '../../modules/linkage';
import { parentPath } from '../../shared/tree-path';
import { createRandom } from './city/generate';
import { idNumber, mobile, personName } from './city/people';
import { insertRows } from './insert';

interface NodeRef {
  id: number;
  path: string;
  kind: string;
  name: string;
  code: string;
}

const CATEGORIES = ['COMMUNITY_SERVICE', 'CHARITY', 'CULTURE_SPORTS', 'MEDIATION', 'ELDERLY_CARE'] as const;
const NAMES: Record<(typeof CATEGORIES)[number], string[]> = {
  COMMUNITY_SERVICE: ['邻里互助会', '社区服务中心', '便民服务队'],
  CHARITY: ['爱心公益协会', '慈善帮扶站', '助学志愿会'],
  CULTURE_SPORTS: ['文艺队', '健身舞蹈队', '书画协会'],
  MEDIATION: ['人民调解协会', '和事佬工作室', '法律服务社'],
  ELDERLY_CARE: ['居家养老服务社', '老年协会', '长者食堂'],
};
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * The three-way linkage of the seed document: 1,963 community social organisations (with valid
 * unified social credit codes) at the communities, and 1,960 licensed social workers employed by
 * them — plus 40 whose licence has expired, who are social workers but not licensed.
 */
export async function seedLinkage(knex: Knex, nodes: NodeRef[], seed: number): Promise<void> {
  const r = createRandom(seed ^ 0x3_5e);
  const communities = nodes.filter((n) => n.kind === 'COMMUNITY');
  const orgs = Array.from({ length: 1963 }, (_, i) => {
    const c = communities[i % communities.length];
    const category = CATEGORIES[i % CATEGORIES.length];
    const serial = Array.from({ length: 9 }, () => CHARSET[r.int(0, 30)]).join('');
    return {
      c,
      category,
      name: `${c.name}${NAMES[category][Math.floor(i / communities.length) % 3]}`,
      code: withCheck(`5${r.pick(['1', '2'])}${c.code.slice(0, 6)}${serial}`),
    };
  });
  const orgIds = await insertRows(
    knex,
    'organisation',
    orgs.map((o) => ({
      name: o.name,
      kind: 'SOCIAL_ORGANISATION',
      status: 'ACTIVE',
      division_id: o.c.id,
      division_path: o.c.path,
    })),
  );
  await insertRows(
    knex,
    'social_organisation',
    orgs.map((o, i) => ({
      organisation_id: orgIds[i],
      organisation_path: o.c.path,
      credit_code: o.code,
      registration_level: r.next() < 0.8 ? 'STREET_FILED' : 'COUNTY',
      category: o.category,
    })),
  );
  await insertRows(
    knex,
    'social_organisation_area',
    orgs.map((o, i) => ({ organisation_id: orgIds[i], division_id: o.c.id })),
  );

  const workers = Array.from({ length: 2000 }, (_, i) => ({ org: i % orgs.length, expired: i >= 1960 }));
  const personIds = await insertRows(
    knex,
    'person',
    workers.map((w) => {
      const c = orgs[w.org].c;
      return {
        name: personName(r),
        phone: mobile(r),
        id_number: idNumber(r, c.code.slice(0, 6)),
        home_id: c.id,
        home_path: c.path,
      };
    }),
  );
  await insertRows(
    knex,
    'social_worker',
    workers.map((w, i) => {
      const issued = r.int(2012, 2024);
      return {
        person_id: personIds[i],
        employer_id: orgIds[w.org],
        employer_path: orgs[w.org].c.path,
        level: r.next() < 0.7 ? 'ASSISTANT' : r.next() < 0.9 ? 'INTERMEDIATE' : 'SENIOR',
        licence_number: `SW${issued}53${String(i + 1).padStart(6, '0')}`,
        issued_on: `${issued}-06-30`,
        expires_on: w.expired ? '2024-06-30' : `${issued + 20}-06-30`,
      };
    }),
  );
}

/**
 * The purchased-service demonstration projects of the five batches: for each such designation, an
 * evaluated project bought by the holder community's street office from a social organisation of
 * the community, for that year; the designation then names its project.
 */
export async function seedDemonstrationProjects(knex: Knex): Promise<void> {
  const { rows } = await knex.raw<{
    rows: {
      id: number;
      year: number;
      community: number;
      path: string;
      name: string;
      buyer: number;
      contractor: number;
    }[];
  }>(
    `select d.id, d.year, c.id as community, c.path, c.name,
            (select o.id from organisation o where o.kind = 'STREET_OFFICE' and o.division_id = c.parent_id limit 1) as buyer,
            (select o.id from organisation o where o.kind = 'SOCIAL_ORGANISATION' and o.division_id = c.id order by o.id limit 1) as contractor
       from designation d join division c on c.id = d.holder_id
      where d.category = 'PURCHASED_SERVICE_PROJECT' order by d.id`,
  );
  for (const d of rows) {
    const [project] = await knex('service_project')
      .insert({
        title: `${d.year}年${d.name}政府购买社区服务项目`,
        buyer_id: d.buyer,
        buyer_path: parentPath(d.path),
        contractor_id: d.contractor,
        budget_yuan: 200000,
        starts_on: `${d.year}-01-01`,
        ends_on: `${d.year}-12-31`,
        status: 'EVALUATED',
        evaluation_score: 5,
        evaluation_note: '评为政府购买服务示范项目',
      })
      .returning('id');
    await knex('service_project_community').insert({ project_id: project.id, community_id: d.community });
    await knex('designation').where({ id: d.id }).update({ project_id: project.id });
  }
}
