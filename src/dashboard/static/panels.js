// Gongzhi dashboard: the panels — which query each reads, its table of figures and its chart.
// Every figure cell carries data-figure="<panel>.<name>" and data-value="<raw number>".

import { Q } from './api.js';
import { barOption, gaugeOption, groupedBarOption, pieOption } from './charts.js';

export const FACILITY_KINDS = {
  OFFICE_ACTIVITY_SPACE: '社区“两房” Office + activity',
  VILLAGE_VENUE: '村级活动场所 Village venue',
  GROUP_VENUE: '村民小组活动场所 Group venue',
  ONE_STOP_SERVICE: '一站式服务站 One-stop service',
  PARTY_ACTIVITY_ROOM: '党员活动室 Party room',
  READING_ROOM: '图书阅览室 Reading room',
};
export const LEVELS = {
  NATIONAL: '国家级 National',
  PROVINCIAL: '省级 Provincial',
  MUNICIPAL: '市级 Municipal',
  COUNTY: '县级 County',
};
export const CATEGORIES = {
  HARMONIOUS_COMMUNITY: '和谐社区示范 Harmonious community',
  INNOVATION_ZONE: '创新实验区 Innovation zone',
  WORK_METHOD: '社区工作法 Work method',
  RURAL_PILOT: '农村社区试点 Rural pilot',
  PURCHASED_SERVICE_PROJECT: '购买服务示范项目 Purchased service',
  CO_BUILDING_COMMUNITY: '共建共治共享社区 Co-building',
  SOCIAL_ORGANISATION: '优秀社会组织 Social organisation',
  VOLUNTEER_STATION: '学雷锋志愿服务站 Volunteer station',
  DEMOCRACY_RULE_OF_LAW: '民主法治社区 Democracy & rule of law',
};
const short = (label) => label.split(' ')[0];

// ---- formatting and DOM -------------------------------------------------------

export const fmtInt = (n) => Number(n).toLocaleString('zh-CN');
export const fmtPct = (r) => `${(r * 100).toFixed(1)}%`;
const fmtYuan = (n) => `¥${Math.round(n).toLocaleString('zh-CN')}`;

/** Creates an element with attributes (data-*, aria-*, etc.) and children (nodes or text). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** A figure cell: its key, raw value and formatted text. */
const cell = (key, value, text = value === null ? '—' : fmtInt(value)) =>
  el('td', { 'data-figure': key, 'data-value': value === null ? '' : String(value), text });

/** A two-column table (label, figure) with a caption. */
function figureTable(caption, rows) {
  return el(
    'table',
    { className: 'figures' },
    el('caption', { text: caption }),
    el(
      'tbody',
      null,
      rows.map(([label, td]) => el('tr', null, el('th', { scope: 'row', text: label }), td)),
    ),
  );
}

/** A table with column headers, each row a label and several figure cells. */
function gridTable(caption, headers, rows) {
  return el(
    'table',
    { className: 'figures grid' },
    el('caption', { text: caption }),
    el(
      'thead',
      null,
      el(
        'tr',
        null,
        headers.map((h, i) => el('th', { scope: 'col', text: h, className: i ? 'num' : null })),
      ),
    ),
    el(
      'tbody',
      null,
      rows.map(([label, tds]) => el('tr', null, el('th', { scope: 'row', text: label }), tds)),
    ),
  );
}

// ---- the panels ---------------------------------------------------------------------

/** Builds a simple panel: rows of [field, label], a bar of some of them. */
function simple(id, title, query, field, rows, charted) {
  return {
    id,
    title,
    query,
    build(data) {
      const v = data[field];
      return {
        table: figureTable(
          title,
          rows.map(([k, label]) => [label, cell(`${id}.${k}`, v[k])]),
        ),
        option: barOption(charted.map((k) => [short(rows.find((r) => r[0] === k)[1]), v[k]])),
      };
    },
  };
}

const communities = simple(
  'communities',
  '社区 Communities',
  Q.figures,
  'figures',
  [
    ['districts', '区县 Districts'],
    ['streets', '街道/乡镇 Streets'],
    ['communities', '社区 Communities'],
    ['urbanCommunities', '城市社区 Urban'],
    ['villageToResidenceCommunities', '村改居社区 Village-to-residence'],
    ['villages', '村 Villages'],
    ['groups', '居民/村民小组 Groups'],
    ['buildings', '楼栋 Buildings'],
  ],
  ['urbanCommunities', 'villageToResidenceCommunities', 'villages'],
);

const committees = simple(
  'committees',
  '党组织 Party committees',
  Q.committees,
  'committeeFigures',
  [
    ['committees', '社区党组织 Committees'],
    ['bigCommittees', '大党委 Big committees'],
    ['partTimeMembers', '兼职委员 Part-time members'],
  ],
  ['committees', 'bigCommittees', 'partTimeMembers'],
);

const linkage = simple(
  'linkage',
  '三社联动 Social organisations and workers',
  Q.linkage,
  'linkageFigures',
  [
    ['socialOrganisations', '社会组织 Social organisations'],
    ['socialWorkers', '社会工作者 Social workers'],
    ['licensedSocialWorkers', '持证社工 Licensed workers'],
  ],
  ['socialOrganisations', 'socialWorkers', 'licensedSocialWorkers'],
);

const beans = {
  id: 'beans',
  title: '金豆 Golden Beans',
  query: Q.beans,
  build({ beanFigures: b }) {
    const rows = [
      ['issued', '发放 Issued'],
      ['redeemed', '兑换 Redeemed'],
      ['earned', '获得 Earned'],
      ['held', '持有 Held'],
      ['settled', '结算 Settled'],
      ['volunteers', '志愿者 Volunteers'],
    ];
    return {
      table: figureTable(
        this.title,
        rows.map(([k, label]) => [label, cell(`beans.${k}`, b[k])]),
      ),
      option: barOption(rows.slice(0, 5).map(([k, label]) => [short(label), b[k]])),
    };
  },
};

const consultation = {
  id: 'consultation',
  title: '协商率 Consultation rate',
  query: Q.consultation,
  // The consultation module may be missing on this server: the panel then says so, alone.
  optional: true,
  build({ consultationRate: c }) {
    return {
      table: figureTable(this.title, [
        ['协商率 Rate', cell('consultation.rate', c.rate, fmtPct(c.rate))],
        ['已协商社区 Consulted', cell('consultation.consulted', c.consulted)],
        ['社区 Communities', cell('consultation.communities', c.communities)],
        [
          '期间 Period',
          el('td', {
            'data-figure': 'consultation.period',
            'data-value': `${c.from}/${c.to}`,
            text: `${c.from} – ${c.to}`,
          }),
        ],
      ]),
      option: gaugeOption(c.rate),
    };
  },
};

const facilities = {
  id: 'facilities',
  title: '综合服务设施 Facilities',
  query: Q.facilities,
  wide: true,
  build({ facilityFigures: f }) {
    const kinds = f.kinds.filter((k) => k.facilities > 0);
    const standard = kinds.filter((k) => k.meetingStandard !== null);
    const withStd = standard.reduce((s, k) => s + k.facilities, 0);
    const meeting = standard.reduce((s, k) => s + k.meetingStandard, 0);
    const rows = kinds.map((k) => [
      FACILITY_KINDS[k.kind] || k.kind,
      [
        cell(`facilities.${k.kind}.facilities`, k.facilities),
        cell(`facilities.${k.kind}.meetingStandard`, k.meetingStandard),
        cell(`facilities.${k.kind}.upgraded`, k.upgraded),
        cell(`facilities.${k.kind}.investmentYuan`, k.investmentYuan, fmtYuan(k.investmentYuan)),
      ],
    ]);
    rows.push([
      '达标率 Meeting standard (with a standard)',
      [
        cell('facilities.withStandard', withStd),
        cell('facilities.meetingStandard', meeting),
        cell('facilities.standardRate', withStd ? meeting / withStd : null, withStd ? fmtPct(meeting / withStd) : '—'),
        el('td'),
      ],
    ]);
    return {
      table: gridTable(
        this.title,
        ['类型 Kind', '数量 Facilities', '达标 Meeting standard', '改造 Upgraded', '投资 Invested'],
        rows,
      ),
      option: groupedBarOption(
        standard.map((k) => short(FACILITY_KINDS[k.kind] || k.kind)),
        [
          ['数量 Facilities', standard.map((k) => k.facilities)],
          ['达标 Meeting standard', standard.map((k) => k.meetingStandard)],
        ],
      ),
    };
  },
};

const property = {
  id: 'property',
  title: '红色物业 Red property',
  query: Q.property,
  build({ redPropertyFigures: p }) {
    return {
      table: figureTable(this.title, [
        ['小区 Compounds', cell('property.compounds', p.compounds)],
        ['党建引领 Party-led', cell('property.partyLedCompounds', p.partyLedCompounds)],
      ]),
      option: pieOption([
        ['党建引领', p.partyLedCompounds],
        ['其他', p.compounds - p.partyLedCompounds],
      ]),
    };
  },
};

/** Counts of a list by a key, in the order of `labels`. */
function countBy(list, key, labels) {
  const counts = Object.fromEntries(Object.keys(labels).map((k) => [k, 0]));
  for (const item of list) counts[item[key]] = (counts[item[key]] || 0) + 1;
  return counts;
}

const designations = {
  id: 'designations',
  title: '示范/试点 Designations',
  query: Q.designations,
  build({ designations: list }) {
    const byLevel = countBy(list, 'level', LEVELS);
    const byCategory = countBy(list, 'category', CATEGORIES);
    const rows = [['合计 Total', cell('designations.total', list.length)]];
    for (const [k, label] of Object.entries(LEVELS)) rows.push([label, cell(`designations.level.${k}`, byLevel[k])]);
    for (const [k, label] of Object.entries(CATEGORIES))
      rows.push([label, cell(`designations.category.${k}`, byCategory[k])]);
    return {
      table: figureTable(this.title, rows),
      option: barOption(Object.entries(LEVELS).map(([k, label]) => [short(label), byLevel[k]])),
    };
  },
};

/** The panels of a node, in page order. */
export const NODE_PANELS = [communities, committees, linkage, consultation, facilities, beans, property, designations];

/** The five batches of a year (city-wide): target against achieved. */
export const fiveBatches = {
  id: 'fiveBatches',
  title: '五个一批 Five batches',
  wide: true,
  query: Q.fiveBatches,
  build({ fiveBatches: rows }) {
    return {
      table: gridTable(
        this.title,
        ['类别 Category', '目标 Target', '完成 Achieved', '达成 Met'],
        rows.map((r) => [
          CATEGORIES[r.category] || r.category,
          [
            cell(`fiveBatches.${r.category}.target`, r.target),
            cell(`fiveBatches.${r.category}.achieved`, r.achieved),
            el('td', {
              'data-figure': `fiveBatches.${r.category}.met`,
              'data-value': String(r.met),
              text: r.met ? '✓ 是' : '✗ 否',
            }),
          ],
        ]),
      ),
      option: groupedBarOption(
        rows.map((r) => short(CATEGORIES[r.category] || r.category)),
        [
          ['目标 Target', rows.map((r) => r.target)],
          ['完成 Achieved', rows.map((r) => r.achieved)],
        ],
      ),
    };
  },
};
