import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/passwords';
import { Role } from '../../auth/roles';
import { OrganisationKind } from '../../modules/organisations';
import { childPath } from '../../shared/tree-path';
import { createRandom, DEFAULT_SEED, generateCity, type DivisionSeed } from './city/generate';
import { idNumber, mobile, personName } from './city/people';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoPlace } from '../../auth/demo-accounts';
import { seedCommittees } from './committees';
import { seedConsultations } from './consultation';
import { seedDesignations } from './designations';
import { seedFacilities } from './facilities';
import { seedDemonstrationProjects, seedLinkage } from './linkage';
import { seedProperty } from './property';
import { seedStaff } from './staff';
import { seedWorkList } from './worklist';
import { insertRows } from './insert';

/** Reports progress: `done` of `total` steps, and what is being loaded. */
export type Progress = (done: number, total: number, step: string) => void;

const BATCH = 2000;
const TERM_START = '2024-01-01';

interface Node extends DivisionSeed {
  id: number;
  path: string;
}

/** What to seed besides the city itself. */
export interface SeedOptions {
  seed?: number;
  /**
   * Give the demo people their logins (password DEMO_PASSWORD, published). Never in production:
   * by default, only when NODE_ENV is not `production`; the platform passes its own setting.
   */
  demoLogins?: boolean;
}

/**
 * Loads the city of the seed document into an empty database: the governance tree,
 * household heads, the organisations at each node, their officials, the demo people and,
 * outside production, their logins. Deterministic: the same seed gives the same city.
 */
export async function seedCity(
  em: EntityManager,
  progress: Progress = () => undefined,
  options: SeedOptions = {},
): Promise<void> {
  const { seed = DEFAULT_SEED, demoLogins = process.env.NODE_ENV !== 'production' } = options;
  await em.getKnex().transaction((trx) => seedWith(trx, progress, seed, demoLogins));
  await em.getKnex().raw('analyze');
}

async function seedWith(knex: Knex, progress: Progress, seed: number, demoLogins: boolean): Promise<void> {
  const r = createRandom(seed ^ 0x5eed);
  const TOTAL = 13;
  progress(0, TOTAL, 'governance tree');
  const { divisions } = generateCity({ seed });
  const byCode = new Map<string, Node>();
  for (let level = 0; level <= 5; level++) {
    const rows = divisions.filter((d) => d.level === level);
    const nodes = rows.map((d) => {
      const parent = d.parentCode ? byCode.get(d.parentCode)! : null;
      return { ...d, id: 0, path: childPath(parent?.path ?? null, d.code), parentId: parent?.id ?? null };
    });
    const ids = await insertRows(
      knex,
      'division',
      nodes.map((n) => ({
        code: n.code,
        name: n.name,
        kind: n.kind,
        community_type: n.communityType,
        level: n.level,
        path: n.path,
        parent_id: n.parentId,
      })),
    );
    nodes.forEach((n, i) => byCode.set(n.code, { ...n, id: ids[i] }));
  }
  const nodes = [...byCode.values()];
  const ofKind = (kind: DivisionSeed['kind']) => nodes.filter((n) => n.kind === kind);

  progress(1, TOTAL, 'household heads');
  const buildings = ofKind('BUILDING');
  const heads = buildings.map((b) => ({
    name: personName(r),
    phone: mobile(r),
    id_number: idNumber(r, b.code.slice(0, 6)),
    home_id: b.id,
    home_path: b.path,
  }));
  const headIds = await insertRows(knex, 'person', heads);
  for (let i = 0; i < buildings.length; i += BATCH) {
    const slice = buildings.slice(i, i + BATCH);
    await knex.raw(
      `update division d set household_head_id = v.head from (select unnest(?::int[]) as id, unnest(?::int[]) as head) v where d.id = v.id`,
      [slice.map((b) => b.id), headIds.slice(i, i + BATCH)],
    );
  }

  progress(2, TOTAL, 'organisations');
  const city = ofKind('CITY')[0];
  const orgRows: Record<string, unknown>[] = [];
  const org = (name: string, kind: OrganisationKind, n: Node) =>
    orgRows.push({ name, kind, status: 'ACTIVE', division_id: n.id, division_path: n.path });
  org('昆明市民政局', OrganisationKind.CIVIL_AFFAIRS_BUREAU, city);
  for (const s of ofKind('STREET')) {
    org(`${s.name}${s.name.endsWith('街道') ? '办事处' : '人民政府'}`, OrganisationKind.STREET_OFFICE, s);
    org(`${s.name.replace(/(街道|镇|乡)$/, '')}派出所`, OrganisationKind.POLICE_STATION, s);
  }
  const places = nodes.filter((n) => n.kind === 'COMMUNITY' || n.kind === 'VILLAGE');
  for (const c of places) {
    const village = c.kind === 'VILLAGE';
    org(`${c.name}${village ? '村民委员会' : '居民委员会'}`, OrganisationKind.COMMUNITY_COMMITTEE, c);
    org(`中共${c.name}${village ? '总支部委员会' : '委员会'}`, OrganisationKind.PARTY_ORGANISATION, c);
    if (c.communityType === 'URBAN') {
      org(`${c.name.replace(/社区$/, '')}物业服务有限公司`, OrganisationKind.PROPERTY_COMPANY, c);
      org(`${c.name.replace(/社区$/, '')}小区业主委员会`, OrganisationKind.OWNERS_COMMITTEE, c);
    }
  }
  const orgIds = await insertRows(knex, 'organisation', orgRows);

  progress(3, TOTAL, 'officials');
  // The demo accounts sit in 五华区, its first street and that street's first urban community.
  const district = byCode.get('530102000000')!;
  const street = nodes.find((n) => n.kind === 'STREET' && n.parentCode === district.code)!;
  const community = nodes.find(
    (n) => n.kind === 'COMMUNITY' && n.communityType === 'URBAN' && n.parentCode === street.code,
  )!;

  // One secretary and two staff per community and village; one official per street and district.
  const officials: { node: Node; role: Role }[] = [];
  for (const d of ofKind('DISTRICT')) officials.push({ node: d, role: Role.DISTRICT_OFFICIAL });
  for (const s of ofKind('STREET')) officials.push({ node: s, role: Role.STREET_OFFICIAL });
  for (const c of places) {
    // The demo community's secretary is the demo account.
    if (c !== community) officials.push({ node: c, role: Role.COMMUNITY_SECRETARY });
    officials.push({ node: c, role: Role.COMMUNITY_STAFF }, { node: c, role: Role.COMMUNITY_STAFF });
  }
  const officialIds = await insertRows(
    knex,
    'person',
    officials.map(({ node }) => ({
      name: personName(r),
      phone: mobile(r),
      id_number: idNumber(r, node.code.slice(0, 6)),
      home_id: node.id,
      home_path: node.path,
    })),
  );
  await insertRows(
    knex,
    'role_assignment',
    officials.map(({ node, role }, i) => ({
      person_id: officialIds[i],
      role,
      division_id: node.id,
      scope_path: node.path,
      starts_on: TERM_START,
    })),
  );

  progress(4, TOTAL, demoLogins ? 'demo accounts' : 'demo people (no logins)');
  const bureauIndex = orgRows.findIndex((o) => o.kind === OrganisationKind.CIVIL_AFFAIRS_BUREAU);
  const propertyIndex = orgRows.findIndex(
    (o) => o.kind === OrganisationKind.PROPERTY_COMPANY && o.division_id === community.id,
  );
  const placeOf: Record<DemoPlace, Node> = { city, district, street, community, 'property-company': community };
  const demoIds = await insertRows(
    knex,
    'person',
    DEMO_ACCOUNTS.map((a) => ({
      name: a.name,
      phone: mobile(r),
      id_number: idNumber(r, placeOf[a.place].code.slice(0, 6)),
      home_id: placeOf[a.place].id,
      home_path: placeOf[a.place].path,
    })),
  );
  if (demoLogins) await insertDemoLogins(knex, demoIds);
  await insertRows(
    knex,
    'role_assignment',
    DEMO_ACCOUNTS.map((a, i) => {
      const node = placeOf[a.place];
      const organisational = a.place === 'property-company';
      return {
        person_id: demoIds[i],
        role: a.role,
        division_id: organisational ? null : node.id,
        // The demo analyst works for the bureau: the organisation their saved queries are shared in.
        organisation_id: organisational ? orgIds[propertyIndex] : a.role === Role.ANALYST ? orgIds[bureauIndex] : null,
        scope_path: node.path,
        starts_on: TERM_START,
      };
    }),
  );
  progress(5, TOTAL, 'work-item access list');
  await seedWorkList(knex, city);
  progress(6, TOTAL, 'demonstrations and pilots');
  await seedDesignations(knex, nodes);
  progress(7, TOTAL, 'service facilities');
  await seedFacilities(knex, nodes, seed);
  progress(8, TOTAL, 'staff and pay');
  await seedStaff(knex, seed);
  progress(9, TOTAL, 'social organisations and workers');
  await seedLinkage(knex, nodes, seed);
  await seedDemonstrationProjects(knex);
  progress(10, TOTAL, 'party committees');
  await seedCommittees(knex, nodes, seed);
  progress(11, TOTAL, 'red property');
  await seedProperty(knex, seed);
  progress(12, TOTAL, 'democratic consultation');
  await seedConsultations(knex, nodes, seed);
  progress(TOTAL, TOTAL, 'done');
}

/** The demo people's logins, marked as demo accounts (their password is published). */
async function insertDemoLogins(knex: Knex, personIds: number[]): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await insertRows(
    knex,
    'account',
    DEMO_ACCOUNTS.map((a, i) => ({ person_id: personIds[i], username: a.username, password_hash: hash, demo: true })),
  );
}

/** True when the database holds no tree yet. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  const [{ n }] = await em
    .getKnex()
    .raw('select count(*)::int as n from (select 1 from division limit 1) x')
    .then((res: { rows: { n: number }[] }) => res.rows);
  return n === 0;
}
