import type { Knex } from '@mikro-orm/postgresql';
import { createRandom } from './city/generate';
import { idNumber, mobile, personName } from './city/people';
import { insertRows } from './insert';

interface NodeRef {
  id: number;
  path: string;
  kind: string;
  name: string;
  code: string;
  parentCode: string | null;
  communityType: string | null;
}

const TERM = { starts_on: '2024-01-01', ends_on: '2028-12-31' };

/**
 * Every community's party committee with its secretary's full-time seat; 361 big committees
 * (大党委) with 1,492 part-time members delegated by member units: the street's police station,
 * the property company and the owners' committee (urban communities), and units stationed in the
 * community (驻区单位).
 */
export async function seedCommittees(knex: Knex, nodes: NodeRef[], seed: number): Promise<void> {
  const r = createRandom(seed ^ 0xc0_33);
  const communities = nodes.filter((n) => n.kind === 'COMMUNITY');
  const big = new Set([
    ...communities.filter((c) => c.communityType === 'URBAN'),
    ...communities.filter((c) => c.communityType !== 'URBAN').slice(0, 28),
  ]);
  const committeeIds = await insertRows(
    knex,
    'party_committee',
    communities.map((c) => ({
      community_id: c.id,
      community_path: c.path,
      name: `中共${c.name}委员会`,
      big: big.has(c),
    })),
  );
  const committeeOf = new Map(communities.map((c, i) => [c.id, committeeIds[i]]));
  const { rows: secretaries } = await knex.raw<{
    rows: { person_id: number; division_id: number; scope_path: string }[];
  }>(
    `select r.person_id, r.division_id, r.scope_path from role_assignment r join division d on d.id = r.division_id where r.role = 'COMMUNITY_SECRETARY' and d.kind = 'COMMUNITY' order by r.id`,
  );
  await insertRows(
    knex,
    'committee_seat',
    secretaries.map((s) => ({
      committee_id: committeeOf.get(s.division_id),
      community_path: s.scope_path,
      person_id: s.person_id,
      kind: 'FULL_TIME',
      status: 'ACTIVE',
      ...TERM,
    })),
  );

  const { rows: units } = await knex.raw<{
    rows: { id: number; kind: string; division_id: number; division_path: string }[];
  }>(
    `select id, kind, division_id, division_path from organisation where kind in ('POLICE_STATION', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE') order by id`,
  );
  const policeAt = new Map(units.filter((u) => u.kind === 'POLICE_STATION').map((u) => [u.division_id, u.id]));
  const atCommunity = (id: number, kind: string) => units.find((u) => u.division_id === id && u.kind === kind)?.id;
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const delegations: { c: NodeRef; unit: number }[] = [];
  const bigList = [...big];
  for (const c of bigList) {
    delegations.push({ c, unit: policeAt.get(byCode.get(c.parentCode!)!.id)! });
    for (const kind of ['PROPERTY_COMPANY', 'OWNERS_COMMITTEE']) {
      const unit = atCommunity(c.id, kind);
      if (unit) delegations.push({ c, unit });
    }
  }
  const stationed = 1492 - delegations.length;
  const enterpriseIds = await insertRows(
    knex,
    'organisation',
    Array.from({ length: stationed }, (_, i) => {
      const c = bigList[i % bigList.length];
      return {
        name: `${c.name}驻区单位${Math.floor(i / bigList.length) + 1}`,
        kind: 'ENTERPRISE',
        status: 'ACTIVE',
        division_id: c.id,
        division_path: c.path,
      };
    }),
  );
  enterpriseIds.forEach((unit, i) => delegations.push({ c: bigList[i % bigList.length], unit }));
  const delegates = await insertRows(
    knex,
    'person',
    delegations.map(({ c }) => ({
      name: personName(r),
      phone: mobile(r),
      id_number: idNumber(r, c.code.slice(0, 6)),
      home_id: c.id,
      home_path: c.path,
    })),
  );
  await insertRows(
    knex,
    'committee_seat',
    delegations.map(({ c, unit }, i) => ({
      committee_id: committeeOf.get(c.id),
      community_path: c.path,
      person_id: delegates[i],
      kind: 'PART_TIME',
      unit_id: unit,
      status: 'ACTIVE',
      ...TERM,
    })),
  );
}
