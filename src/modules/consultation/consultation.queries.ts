import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { badInput, notFound } from '../../shared/errors';
import { readPageArgs, toPage, type Page, type PageArgs } from '../../shared/pagination';
import { readRows } from '../../shared/read-rows';
import { isoDate } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { CITY_CODE, DivisionService } from '../tree';
import { closeDueVotes } from './consultation.deadlines';
import { ConsultationMatter } from './consultation.entities';
import type { MatterState } from './consultation.enums';
import { PUBLISHED_STATES } from './consultation.machine';
import type { ConsultationRate, ConsultationResult } from './consultation.types';

const keyOf = (m: { id: number }) => String(m.id).padStart(10, '0');
const MAX_PERIOD_DAYS = 5 * 366;

/** Reads of the consultation module: lists, public results, the consultation rate. */
export class ConsultationQueries {
  constructor(private readonly ctx: Context) {}

  /** Matters raised on platforms beneath a node, newest first. */
  async matters(args: PageArgs & { under: string; states?: MatterState[] | null }): Promise<Page<ConsultationMatter>> {
    const { first, afterKey } = readPageArgs(args);
    const node = await new DivisionService(this.ctx).byCode(args.under, 'under');
    // Votes past their deadline are closed before the states are read.
    await closeDueVotes(this.ctx.em, { under: node.path });
    const where: FilterQuery<ConsultationMatter> = { platformPath: { $like: `${node.path}%` } };
    if (args.states?.length) where.state = { $in: args.states };
    const page = afterKey ? { ...where, id: { $lt: Number(afterKey) } } : where;
    const rows = await readRows(this.ctx.em, ConsultationMatter, page, { orderBy: { id: 'desc' }, limit: first + 1 });
    return toPage(rows, first, keyOf, () => this.ctx.em.count(ConsultationMatter, where));
  }

  /** Published results beneath a node, newest first: for anyone. */
  async results(args: PageArgs & { code: string }): Promise<Page<ConsultationResult>> {
    const { first, afterKey } = readPageArgs(args);
    const node = await new DivisionService(this.ctx).byCode(args.code, 'code');
    const where: FilterQuery<ConsultationMatter> = {
      platformPath: { $like: `${node.path}%` },
      state: { $in: [...PUBLISHED_STATES] },
    };
    const page = afterKey ? { ...where, id: { $lt: Number(afterKey) } } : where;
    const rows = await readRows(this.ctx.em, ConsultationMatter, page, { orderBy: { id: 'desc' }, limit: first + 1 });
    const results = await this.resultsOf(rows);
    return toPage(
      results,
      first,
      (r) => r.matterId.padStart(10, '0'),
      () => this.ctx.em.count(ConsultationMatter, where),
    );
  }

  /** One published result; unknown and unpublished matters alike are NOT_FOUND. */
  async result(matterId: string): Promise<ConsultationResult> {
    const [m] = await readRows(this.ctx.em, ConsultationMatter, {
      id: parseId(matterId, 'matterId'),
      state: { $in: [...PUBLISHED_STATES] },
    });
    if (!m) throw notFound('CONSULTATION.NO_RESULT', `No published result for matter ${matterId}.`);
    return (await this.resultsOf([m]))[0];
  }

  /**
   * The public view of published matters, with their adopted votes: two batched reads through the
   * request's loaders, shared by every matter asking in the same tick (a list's `result` fields).
   */
  async resultsOf(matters: ConsultationMatter[]): Promise<ConsultationResult[]> {
    if (!matters.length) return [];
    const votes = await this.ctx.loaders.adoptedVoteOf.loadMany(matters.map((m) => m.id));
    const platforms = await this.ctx.loaders.divisionById.loadMany(matters.map((m) => m.platform.id));
    return matters.map((m, i) => {
      const v = votes[i]!;
      if (v instanceof Error) throw v; // a failed read, as before; a published matter has its adopted vote
      const platform = platforms[i] as { code: string; name: string };
      const tallies = v.tallies ?? [];
      return {
        matterId: String(m.id),
        title: m.title,
        category: m.category,
        level: m.level,
        platformCode: platform.code,
        platformName: platform.name,
        question: v.question,
        tallies: v.options.map((option, k) => ({ option, ballots: tallies[k] ?? 0 })),
        decision: v.options[v.adoptedOption!],
        eligible: v.eligibleIds.length,
        ballotsCast: tallies.reduce((a, b) => a + b, 0),
        quorumPercent: v.quorumPercent,
        thresholdPercent: v.thresholdPercent,
        reasons: m.reasons ?? '',
        decidedAt: m.decidedAt!,
        publishedAt: m.publishedAt!,
        state: m.state,
        satisfaction: m.satisfaction == null ? null : Number(m.satisfaction),
      };
    });
  }

  /**
   * The consultation rate (协商率) of a node over a period: the share of the communities and
   * villages beneath it with at least one matter decided in the period, raised on their own
   * platform or on a street's platform naming them (or a node within them) among the affected.
   * The period is inclusive, in local days; by default the year up to today.
   */
  async rate(args: { code?: string | null; from?: string | null; to?: string | null }): Promise<ConsultationRate> {
    const code = args.code ?? CITY_CODE;
    const node = await new DivisionService(this.ctx).byCode(code);
    // Votes past their deadline are closed (and their matters decided) before decisions are counted.
    await closeDueVotes(this.ctx.em, { under: node.path });
    // `to` is checked before the default `from` is counted back from it.
    const to = isoDate(args.to ?? today(), 'to');
    const from = isoDate(args.from ?? shiftDays(to, -364), 'from');
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0 || days > MAX_PERIOD_DAYS)
      throw badInput('CONSULTATION.BAD_PERIOD', 'The period runs forward, for at most five years.', [
        { field: 'from', message: 'from ≤ to, ≤ 5 years' },
      ]);
    const [row] = await this.ctx.em.execute<{ communities: number; consulted: number }[]>(
      `with touched as (
         select distinct substring(p from '^((/[^/]+){4}/)') as path
           from consultation_matter m, unnest(m.affected_paths || m.platform_path::text) p
          where m.decided_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
            and m.decided_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai')
       select count(*)::int as communities, count(t.path)::int as consulted
         from division d left join touched t on t.path = d.path
        where d.kind in ('COMMUNITY', 'VILLAGE') and d.path like ?`,
      [from, to, `${node.path}%`],
    );
    return {
      code,
      from,
      to,
      communities: row.communities,
      consulted: row.consulted,
      rate: row.communities ? row.consulted / row.communities : 0,
    };
  }
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
