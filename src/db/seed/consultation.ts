import type { Knex } from '@mikro-orm/postgresql';
import { createRandom, type Random } from './city/generate';
import { parentPath } from '../../shared/tree-path';
import { insertRows } from './insert';

interface NodeRef {
  id: number;
  path: string;
  kind: string;
  name: string;
}

/** Share of communities and villages with a consultation decided within the last year (the source: "90%以上"). */
const CONSULTED_SHARE = 0.935;
const DAY = 86_400_000;

const TOPICS: { category: string; title: string; question: string; options: string[]; task: string }[] = [
  {
    category: 'PUBLIC_SPACE',
    title: '楼间空地改建为口袋公园',
    question: '是否将楼间空地改建为口袋公园？',
    options: ['同意改建', '维持现状'],
    task: '完成口袋公园施工',
  },
  {
    category: 'PROPERTY_SERVICE',
    title: '小区物业服务费调整',
    question: '物业服务费调整方案',
    options: ['按方案一调整', '按方案二调整', '暂不调整'],
    task: '公示并执行新收费标准',
  },
  {
    category: 'ENVIRONMENT',
    title: '垃圾分类投放点位调整',
    question: '垃圾分类投放点设在何处？',
    options: ['东门', '西门'],
    task: '迁移垃圾分类投放点',
  },
  {
    category: 'SAFETY',
    title: '电动自行车集中充电棚建设',
    question: '是否建设集中充电棚？',
    options: ['建设', '不建设'],
    task: '建成电动自行车充电棚',
  },
  {
    category: 'ELDERLY_AND_CHILDREN',
    title: '社区老年食堂开办时间',
    question: '老年食堂每日供餐时段',
    options: ['午餐', '午餐和晚餐'],
    task: '调整老年食堂供餐时段',
  },
  {
    category: 'FACILITIES',
    title: '老旧楼道照明改造',
    question: '楼道照明改造方案',
    options: ['声控灯', '感应灯'],
    task: '完成楼道照明改造',
  },
  {
    category: 'PUBLIC_SPACE',
    title: '停车位划线与分配办法',
    question: '停车位分配办法',
    options: ['按户抽签', '先到先得'],
    task: '完成停车位划线与分配',
  },
];

/**
 * Democratic consultation across the city: in about 93.5% of communities and villages a matter
 * went the whole cycle — proposed by a resident, accepted, deliberated in a session, decided by
 * a vote of its participants, published, implemented and (mostly) rated — within the last year,
 * dated back from the day of seeding; elsewhere a matter is still open or was decided earlier.
 */
export async function seedConsultations(knex: Knex, nodes: NodeRef[], seed: number, now = new Date()): Promise<void> {
  const r = createRandom(seed ^ 0xc0_5e);
  const communities = nodes
    .filter((n) => n.kind === 'COMMUNITY' || n.kind === 'VILLAGE')
    .sort((a, b) => a.path.localeCompare(b.path));
  const { rows: people } = await knex.raw<{ rows: { id: number; home_path: string }[] }>(
    `select id, home_path from person where home_path is not null order by id`,
  );
  const residents = new Map<string, { id: number; path: string }[]>();
  for (const p of people) {
    const community = /^(?:\/[^/]+){4}\//.exec(p.home_path)?.[0];
    if (!community) continue;
    const list = residents.get(community) ?? [];
    list.push({ id: p.id, path: p.home_path });
    residents.set(community, list);
  }
  const { rows: secretaries } = await knex.raw<{ rows: { person_id: number; scope_path: string }[] }>(
    `select person_id, scope_path from role_assignment where role = 'COMMUNITY_SECRETARY' order by id`,
  );
  const secretaryOf = new Map(secretaries.map((s) => [s.scope_path, s.person_id]));
  const { rows: orgs } = await knex.raw<{ rows: { id: number; kind: string; division_path: string }[] }>(
    `select id, kind, division_path from organisation where kind in ('PROPERTY_COMPANY', 'STREET_OFFICE') and status = 'ACTIVE' order by id`,
  );
  const unitAt = new Map<string, number>();
  for (const o of orgs) if (!unitAt.has(o.division_path)) unitAt.set(o.division_path, o.id);

  const matters: Record<string, unknown>[] = [];
  const plans: Plan[] = [];
  for (const c of communities) {
    const people = residents.get(c.path) ?? [];
    if (people.length < 3) continue;
    const consulted = r.next() < CONSULTED_SHARE;
    const topic = r.pick(TOPICS);
    const decidedDaysAgo = consulted ? r.int(15, 330) : r.int(400, 700);
    const final = r.next();
    const state =
      !consulted && r.next() < 0.5
        ? 'DELIBERATING'
        : final < 0.6
          ? 'CLOSED'
          : final < 0.7
            ? 'EVALUATING'
            : final < 0.85
              ? 'IMPLEMENTING'
              : 'PUBLISHED';
    const streetPath = parentPath(c.path);
    plans.push({
      community: c,
      people,
      topic,
      state,
      decidedAt: new Date(now.getTime() - decidedDaysAgo * DAY),
      secretary: secretaryOf.get(c.path) ?? null,
      unit: unitAt.get(c.path) ?? unitAt.get(streetPath) ?? null,
      r,
    });
    // About a third of communities also have a matter still in progress.
    if (r.next() < 0.3)
      plans.push({
        community: c,
        people,
        topic: r.pick(TOPICS),
        state: r.pick(['PROPOSED', 'ACCEPTED', 'DELIBERATING']),
        decidedAt: null,
        secretary: secretaryOf.get(c.path) ?? null,
        unit: null,
        r,
      });
  }
  for (const p of plans) {
    const affected = [affectedOf(p)];
    const proposedAt = new Date((p.decidedAt ?? now).getTime() - 40 * DAY);
    matters.push({
      created_at: proposedAt,
      platform_id: p.community.id,
      platform_path: p.community.path,
      level: 'COMMUNITY',
      title: p.topic.title,
      description: `${p.community.name}居民提议：${p.topic.title}，请社区协商议事会议定。`,
      category: p.topic.category,
      affected_paths: affected,
      attachments: JSON.stringify([]),
      proposer_id: p.people[0].id,
      state: p.state,
      reasons: p.decidedAt && p.state !== 'DELIBERATING' ? '经议事会协商、参会居民表决，按多数意见办理。' : null,
      decided_at: p.decidedAt && p.state !== 'DELIBERATING' ? p.decidedAt : null,
      published_at: p.decidedAt && p.state !== 'DELIBERATING' ? new Date(p.decidedAt.getTime() + DAY) : null,
      closed_at: p.state === 'CLOSED' ? new Date(p.decidedAt!.getTime() + 30 * DAY) : null,
      satisfaction: null,
    });
  }
  const matterIds = await insertRows(knex, 'consultation_matter', matters);

  const transitions: Record<string, unknown>[] = [];
  const sessions: Record<string, unknown>[] = [];
  const sessionPlans: { matter: number; plan: Plan; index: number; participants: number[] }[] = [];
  const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY);
  plans.forEach((p, i) => {
    const id = matterIds[i];
    const start = matters[i].created_at as Date;
    const step = (
      action: string,
      from: string | null,
      to: string,
      days: number,
      reason: string | null = null,
      actor = p.secretary,
    ) =>
      transitions.push({
        created_at: at(start, days),
        matter_id: id,
        action,
        from_state: from,
        to_state: to,
        actor_id: actor,
        reason,
      });
    step('PROPOSE', null, 'PROPOSED', 0, null, p.people[0].id);
    if (p.state === 'PROPOSED') return;
    step('ACCEPT', 'PROPOSED', 'ACCEPTED', 2, '涉及居民共同利益，予以受理');
    if (p.state === 'ACCEPTED') return;
    step('SCHEDULE_SESSION', 'ACCEPTED', 'DELIBERATING', 5, '居民议事会');
    sessions.push({
      created_at: at(start, 5),
      matter_id: id,
      platform_path: p.community.path,
      title: `${p.topic.title}议事会`,
      starts_at: at(start, 10),
      venue: `${p.community.name}党群服务中心`,
      status: p.decidedAt ? 'HELD' : 'PLANNED',
      summary: p.decidedAt ? '与会各方充分发表意见，形成表决方案。' : null,
    });
    sessionPlans.push({
      matter: id,
      plan: p,
      index: i,
      participants: p.people.slice(0, Math.min(7, p.people.length)).map((x) => x.id),
    });
    if (p.state === 'DELIBERATING') return;
    step('OPEN_VOTE', 'DELIBERATING', 'VOTING', 12, p.topic.question);
    step('CLOSE_VOTE', 'VOTING', 'DECIDED', 40, 'ADOPTED');
    step('PUBLISH', 'DECIDED', 'PUBLISHED', 41);
    if (p.state === 'PUBLISHED') return;
    step('ASSIGN_TASK', 'PUBLISHED', 'IMPLEMENTING', 42, p.topic.task);
    if (p.state === 'IMPLEMENTING') return;
    step('OPEN_EVALUATION', 'IMPLEMENTING', 'EVALUATING', 60);
    if (p.state === 'EVALUATING') return;
    step('CLOSE', 'EVALUATING', 'CLOSED', 70);
  });
  await insertRows(knex, 'consultation_transition', transitions);
  const sessionIds = await insertRows(knex, 'consultation_session', sessions);

  const participants: Record<string, unknown>[] = [];
  sessionPlans.forEach((s, i) =>
    s.participants.forEach((person) =>
      participants.push({ session_id: sessionIds[i], matter_id: s.matter, person_id: person, kind: 'RESIDENT' }),
    ),
  );
  const participantIds = await insertRows(knex, 'consultation_participant', participants);

  const opinions: Record<string, unknown>[] = [];
  const votes: Record<string, unknown>[] = [];
  const ballots: { vote: number; voter: number; option: number; at: Date }[] = [];
  const voteOf: number[] = [];
  let k = 0;
  sessionPlans.forEach((s, i) => {
    const ids = participantIds.slice(k, k + s.participants.length);
    k += s.participants.length;
    const p = s.plan;
    if (!p.decidedAt || p.state === 'DELIBERATING') return;
    ids.slice(0, 3).forEach((pid, j) =>
      opinions.push({
        session_id: sessionIds[i],
        participant_id: pid,
        stance: j === 2 ? 'NEUTRAL' : 'SUPPORT',
        text: j === 2 ? '建议充分听取楼栋居民意见。' : '赞成，尽快实施。',
      }),
    );
    // Everyone but possibly one votes; the first option carries a clear majority.
    const voters = s.participants.slice(0, s.participants.length - (p.r.next() < 0.5 ? 1 : 0));
    const options = p.topic.options;
    const tallies = options.map(() => 0);
    voters.forEach((voter, j) => {
      const option = j < Math.ceil((voters.length * 2) / 3) ? 0 : 1 + (j % (options.length - 1));
      tallies[option]++;
      ballots.push({ vote: votes.length, voter, option, at: at(matters[s.index].created_at as Date, 20 + j) });
    });
    voteOf.push(s.matter);
    votes.push({
      created_at: at(matters[s.index].created_at as Date, 12),
      matter_id: s.matter,
      question: p.topic.question,
      options: options,
      deadline: p.decidedAt,
      quorum_percent: 50,
      threshold_percent: 50,
      eligible_ids: s.participants,
      status: 'CLOSED',
      closed_at: p.decidedAt,
      outcome: 'ADOPTED',
      tallies,
      adopted_option: 0,
    });
  });
  await insertRows(knex, 'consultation_opinion', opinions);
  const voteIds = await insertRows(knex, 'consultation_vote', votes);
  await insertRows(
    knex,
    'consultation_ballot',
    ballots.map((b) => ({ created_at: b.at, vote_id: voteIds[b.vote], voter_id: b.voter, option: b.option })),
  );

  const tasks: Record<string, unknown>[] = [];
  const taskPlans: Plan[] = [];
  plans.forEach((p, i) => {
    if (!p.unit || !['IMPLEMENTING', 'EVALUATING', 'CLOSED'].includes(p.state)) return;
    const done = p.state !== 'IMPLEMENTING';
    tasks.push({
      created_at: at(matters[i].created_at as Date, 42),
      matter_id: matterIds[i],
      platform_path: p.community.path,
      unit_id: p.unit,
      title: p.topic.task,
      due_on: at(matters[i].created_at as Date, 58)
        .toISOString()
        .slice(0, 10),
      status: done ? 'DONE' : 'OPEN',
    });
    taskPlans.push(p);
  });
  const taskIds = await insertRows(knex, 'consultation_task', tasks);
  await insertRows(
    knex,
    'consultation_progress',
    taskIds.map((id, i) => ({
      created_at: at(tasks[i].created_at as Date, 10),
      task_id: id,
      note: taskPlans[i].state === 'IMPLEMENTING' ? '已完成方案设计，正在施工。' : '已按决定完成。',
      done: taskPlans[i].state !== 'IMPLEMENTING',
    })),
  );

  const evaluations: Record<string, unknown>[] = [];
  plans.forEach((p, i) => {
    if (p.state !== 'CLOSED' && p.state !== 'EVALUATING') return;
    const raters = p.people.filter((x) => x.path.startsWith(affectedOf(p))).slice(0, 3);
    for (const rater of raters)
      evaluations.push({
        created_at: at(matters[i].created_at as Date, 65),
        matter_id: matterIds[i],
        resident_id: rater.id,
        rating: p.r.int(3, 5),
        comment: p.r.next() < 0.5 ? '满意' : null,
      });
  });
  await insertRows(knex, 'consultation_evaluation', evaluations);
  await knex.raw(
    `update consultation_matter m set satisfaction = e.avg from (select matter_id, round(avg(rating), 2) as avg from consultation_evaluation group by matter_id) e where e.matter_id = m.id and m.state = 'CLOSED'`,
  );
}

/** The group (or, failing one, the building) of the proposer's home: whom the matter affects. */
function affectedOf(p: Plan): string {
  return /^(?:\/[^/]+){5}\//.exec(p.people[0].path)?.[0] ?? p.people[0].path;
}

interface Plan {
  community: NodeRef;
  people: { id: number; path: string }[];
  topic: (typeof TOPICS)[number];
  state: string;
  decidedAt: Date | null;
  secretary: number | null;
  unit: number | null;
  r: Random;
}
