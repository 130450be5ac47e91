import type { Knex } from '@mikro-orm/postgresql';

interface NodeRef {
  id: number;
  path: string;
  kind: string;
  name: string;
  code: string;
  parentCode: string | null;
  communityType: string | null;
}

/** Yearly targets of the five batches, as in the platform's constants. */
const FIVE_BATCHES: [string, string, number][] = [
  ['PURCHASED_SERVICE_PROJECT', '政府购买服务示范项目', 10],
  ['CO_BUILDING_COMMUNITY', '共建共治共享示范社区', 10],
  ['SOCIAL_ORGANISATION', '优秀社区社会组织', 10],
  ['VOLUNTEER_STATION', '学雷锋志愿服务示范站', 20],
  ['DEMOCRACY_RULE_OF_LAW', '民主法治示范社区', 20],
];

/**
 * The designations of the seed document: national harmonious-community demonstrations (2
 * districts, 4 streets, 12 communities), 盘龙区's national innovation zone, the 金江路社区 work
 * method, rural pilots (2 provincial, 7 municipal, 30 county), and the five batches from 2019,
 * all met but the volunteer stations of the latest year (18 of 20).
 */
export async function seedDesignations(knex: Knex, nodes: NodeRef[]): Promise<void> {
  const of = (kind: string) => nodes.filter((n) => n.kind === kind);
  const urban = nodes.filter((n) => n.communityType === 'URBAN');
  const rural = nodes.filter((n) => n.kind === 'VILLAGE' || n.communityType === 'VILLAGE_TO_RESIDENCE');
  const panlong = nodes.find((n) => n.code === '530103000000')!;
  const jinjiang = urban.find((n) => n.path.startsWith(panlong.path))!;
  await knex('division').where({ id: jinjiang.id }).update({ name: '金江路社区' });
  // Later seed steps name things after their node: they see the new name.
  jinjiang.name = '金江路社区';
  const row = (holder: NodeRef, title: string, level: string, category: string, year: number) => ({
    title,
    level,
    category,
    year,
    holder_id: holder.id,
    holder_path: holder.path,
  });
  const rows = [
    ...of('DISTRICT')
      .filter((d) => ['530102000000', '530103000000'].includes(d.code))
      .map((d) => row(d, '全国和谐社区建设示范城区', 'NATIONAL', 'HARMONIOUS_COMMUNITY', 2012)),
    ...of('STREET')
      .filter((_, i) => i % 30 === 0)
      .slice(0, 4)
      .map((s) => row(s, '全国和谐社区建设示范街道', 'NATIONAL', 'HARMONIOUS_COMMUNITY', 2012)),
    ...urban
      .filter((_, i) => i % 25 === 0)
      .slice(0, 12)
      .map((c) => row(c, '全国和谐社区建设示范社区', 'NATIONAL', 'HARMONIOUS_COMMUNITY', 2013)),
    row(panlong, '全国社区治理和服务创新实验区', 'NATIONAL', 'INNOVATION_ZONE', 2015),
    row(jinjiang, '金江路社区工作法', 'MUNICIPAL', 'WORK_METHOD', 2016),
    ...rural
      .filter((_, i) => i % 40 === 0)
      .slice(0, 2)
      .map((v) => row(v, '省级农村社区建设试点', 'PROVINCIAL', 'RURAL_PILOT', 2017)),
    ...rural
      .filter((_, i) => i % 40 === 1)
      .slice(0, 7)
      .map((v) => row(v, '市级农村社区建设试点', 'MUNICIPAL', 'RURAL_PILOT', 2017)),
    ...rural
      .filter((_, i) => i % 40 === 2)
      .slice(0, 30)
      .map((v) => row(v, '县级农村社区建设试点', 'COUNTY', 'RURAL_PILOT', 2018)),
  ];
  const latest = 2025;
  let k = 0;
  for (let year = 2019; year <= latest; year++) {
    for (const [category, title, target] of FIVE_BATCHES) {
      const achieved = category === 'VOLUNTEER_STATION' && year === latest ? target - 2 : target;
      for (let i = 0; i < achieved; i++)
        rows.push(row(urban[k++ % urban.length], `${year}年度${title}`, 'MUNICIPAL', category, year));
    }
  }
  await knex.batchInsert('designation', rows, 1000);
}
