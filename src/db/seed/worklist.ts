import type { Knex } from '@mikro-orm/postgresql';

/** The departments that place tasks on communities, with what they place. */
const AREAS: readonly { department: string; category: string; subjects: readonly string[] }[] = [
  { department: '市委组织部', category: '党的建设', subjects: ['党员', '流动党员', '党组织换届', '发展党员', '党费'] },
  {
    department: '市委政法委',
    category: '综合治理',
    subjects: ['矛盾纠纷', '网格员', '平安创建', '社区矫正对象', '重点人员'],
  },
  {
    department: '市人力资源和社会保障局',
    category: '社会保障',
    subjects: ['城乡居民养老保险', '失业人员', '医疗保险', '劳动保障', '退休人员'],
  },
  {
    department: '市民政局',
    category: '民政服务',
    subjects: ['低保家庭', '特困人员', '残疾人', '高龄老人', '临时救助'],
  },
  {
    department: '市卫生健康委员会',
    category: '卫生健康',
    subjects: ['计划生育', '健康档案', '疫苗接种', '爱国卫生', '老年人体检'],
  },
  {
    department: '市城市管理局',
    category: '城市管理',
    subjects: ['违法建设', '市容环境', '垃圾分类', '占道经营', '户外广告'],
  },
  {
    department: '市文化和旅游局',
    category: '文化体育',
    subjects: ['文化活动', '全民健身', '农家书屋', '文物保护', '群众体育'],
  },
  {
    department: '市应急管理局',
    category: '安全生产',
    subjects: ['安全隐患', '消防安全', '防灾减灾', '应急演练', '危化品'],
  },
  {
    department: '市生态环境局',
    category: '环境保护',
    subjects: ['环境投诉', '餐饮油烟', '噪声污染', '河长制', '生态创建'],
  },
  {
    department: '市退役军人事务局',
    category: '退役军人服务',
    subjects: ['退役军人', '优抚对象', '烈属', '双拥', '军休人员'],
  },
  { department: '市公安局', category: '治安管理', subjects: ['出租房屋', '流动人口', '居住证', '治安巡防', '养犬'] },
  {
    department: '市市场监督管理局',
    category: '市场监管',
    subjects: ['食品安全', '个体工商户', '价格监督', '特种设备', '消费投诉'],
  },
];
const ACTIONS = [
  '信息采集',
  '政策宣传',
  '台账登记',
  '走访排查',
  '资格初审',
  '数据报送',
  '活动组织',
  '情况统计',
] as const;
const PROOFS = ['居住', '困难', '家庭关系', '婚姻状况', '无违法犯罪', '收入', '身份', '死亡', '就业状况'] as const;

interface ItemSeed {
  code: string;
  kind: 'WORK' | 'SEAL';
  title: string;
  category: string;
  legal_basis: string;
  department: string;
}

function workItem(n: number): ItemSeed {
  const area = AREAS[n % AREAS.length];
  const subject = area.subjects[Math.floor(n / AREAS.length) % area.subjects.length];
  const action = ACTIONS[Math.floor(n / (AREAS.length * area.subjects.length)) % ACTIONS.length];
  return {
    code: `W${String(n + 1).padStart(3, '0')}`,
    kind: 'WORK',
    title: `${subject}${action}`,
    category: area.category,
    legal_basis: `《${area.category}工作规定》第${(n % 30) + 1}条`,
    department: area.department,
  };
}

function sealItem(n: number): ItemSeed {
  const area = AREAS[n % AREAS.length];
  return {
    code: `S${String(n + 1).padStart(3, '0')}`,
    kind: 'SEAL',
    title: `出具${PROOFS[n % PROOFS.length]}证明（${area.subjects[Math.floor(n / AREAS.length) % area.subjects.length]}）`,
    category: area.category,
    legal_basis: `《${area.category}证明事项清单》第${(n % 20) + 1}项`,
    department: area.department,
  };
}

/** Every `step`-th item, up to `count`: the items the current version kept. */
function kept<T>(items: T[], count: number): T[] {
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]);
}

/**
 * The access list of the seed document: the old version (198 work items, 99 seal items) and
 * the current one (76 and 21) — kept items, some merged under new titles — and the departments.
 */
export async function seedWorkList(knex: Knex, city: { id: number; path: string }): Promise<void> {
  // The civil-affairs bureau is an organisation of its own kind already.
  const departments = AREAS.filter((a) => a.department !== '市民政局');
  await knex('organisation').insert(
    departments.map((a) => ({
      name: `昆明${a.department}`,
      kind: 'GOVERNMENT_DEPARTMENT',
      status: 'ACTIVE',
      division_id: city.id,
      division_path: city.path,
    })),
  );
  const [old] = await knex('work_list_version')
    .insert({ label: '2016年版', effective_from: '2016-01-01', published: true })
    .returning('id');
  const [current] = await knex('work_list_version')
    .insert({ label: '2019年版', effective_from: '2019-07-01', published: true })
    .returning('id');
  const work = Array.from({ length: 198 }, (_, n) => workItem(n));
  const seals = Array.from({ length: 99 }, (_, n) => sealItem(n));
  await knex.batchInsert(
    'work_item',
    [...work, ...seals].map((i) => ({ ...i, version_id: old.id })),
    500,
  );
  // The review merged related tasks: every tenth kept item carries a merged title.
  const currentItems = [...kept(work, 76), ...kept(seals, 21)].map((i, n) =>
    n % 10 === 0 ? { ...i, title: `${i.title}（归并）` } : i,
  );
  await knex.batchInsert(
    'work_item',
    currentItems.map((i) => ({ ...i, version_id: current.id })),
    500,
  );
}
