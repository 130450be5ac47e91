import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../../shared/loaders';
import { readRows } from '../../shared/read-rows';
import { readStanding, type Standing } from './consultation.access';
import {
  ConsultationFeedback,
  ConsultationLineage,
  ConsultationMatter,
  ConsultationOpinion,
  ConsultationParticipant,
  ConsultationProgress,
  ConsultationSession,
  ConsultationTask,
  ConsultationTransition,
  ConsultationVote,
} from './consultation.entities';
import { VoteOutcome } from './consultation.enums';

const byId = { orderBy: { id: 'asc' } } as const;

/**
 * People's standing in consultations (see consultation.access), loaded on first use and kept for
 * the request; `peek` answers without I/O once it is loaded.
 */
export class StandingLoader {
  private readonly loaded = new Map<number, Standing>();
  private readonly loader: DataLoader<number, Standing>;

  constructor(em: EntityManager) {
    this.loader = new DataLoader<number, Standing>((ids) =>
      Promise.all(
        ids.map(async (id) => {
          const s = await readStanding(em, id);
          this.loaded.set(id, s);
          return s;
        }),
      ),
    );
  }

  load(personId: number): Promise<Standing> {
    return this.loader.load(personId);
  }

  peek(personId: number): Standing | undefined {
    return this.loaded.get(personId);
  }
}

/** Per-request loaders of the consultation module: every list under a matter in one batch per level. */
export function consultationLoaders(em: EntityManager) {
  return {
    /** The caller's standing (a request has one caller: one key). */
    consultationStanding: new StandingLoader(em),
    consultationMatterById: oneByKey<number, ConsultationMatter>(
      (ids) => readRows(em, ConsultationMatter, { id: { $in: [...ids] } }),
      (m) => m.id,
    ),
    transitionsOf: manyByKey<number, ConsultationTransition>(
      (ids) => readRows(em, ConsultationTransition, { matter: { $in: [...ids] } }, byId),
      (t) => t.matter.id,
    ),
    sessionsOf: manyByKey<number, ConsultationSession>(
      (ids) => readRows(em, ConsultationSession, { matter: { $in: [...ids] } }, byId),
      (s) => s.matter.id,
    ),
    participantsOf: manyByKey<number, ConsultationParticipant>(
      (ids) => readRows(em, ConsultationParticipant, { session: { $in: [...ids] } }, byId),
      (p) => p.session.id,
    ),
    opinionsOf: manyByKey<number, ConsultationOpinion>(
      (ids) => readRows(em, ConsultationOpinion, { session: { $in: [...ids] } }, byId),
      (o) => o.session.id,
    ),
    /** The adopted vote of each matter (published matters have one), for their public result. */
    adoptedVoteOf: oneByKey<number, ConsultationVote>(
      (ids) => readRows(em, ConsultationVote, { matter: { $in: [...ids] }, outcome: VoteOutcome.ADOPTED }, byId),
      (v) => v.matter.id,
    ),
    votesOf: manyByKey<number, ConsultationVote>(
      (ids) => readRows(em, ConsultationVote, { matter: { $in: [...ids] } }, byId),
      (v) => v.matter.id,
    ),
    tasksOf: manyByKey<number, ConsultationTask>(
      (ids) => readRows(em, ConsultationTask, { matter: { $in: [...ids] } }, byId),
      (t) => t.matter.id,
    ),
    progressOf: manyByKey<number, ConsultationProgress>(
      (ids) => readRows(em, ConsultationProgress, { task: { $in: [...ids] } }, byId),
      (p) => p.task.id,
    ),
    feedbackOf: manyByKey<number, ConsultationFeedback>(
      (ids) => readRows(em, ConsultationFeedback, { progress: { $in: [...ids] } }, byId),
      (f) => f.progress.id,
    ),
    originsOf: manyByKey<number, ConsultationLineage>(
      (ids) => readRows(em, ConsultationLineage, { successor: { $in: [...ids] } }, byId),
      (l) => l.successor.id,
    ),
    successorsOf: manyByKey<number, ConsultationLineage>(
      (ids) => readRows(em, ConsultationLineage, { origin: { $in: [...ids] } }, byId),
      (l) => l.origin.id,
    ),
    /** Ballots cast so far per vote (a count: who voted how is never loaded for display). */
    ballotsCastOf: new DataLoader<number, number>(async (ids) => {
      const rows = await em.execute<{ vote_id: number; n: number }[]>(
        `select vote_id, count(*)::int as n from consultation_ballot where vote_id = any(array[?]::int[]) group by vote_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.vote_id, r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    /** The caller's own ballot per vote; keys are `personId:voteId` (a request has one caller). */
    ownBallotOf: new DataLoader<string, number | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':').map(Number));
      const rows = await em.execute<{ vote_id: number; option: number }[]>(
        `select vote_id, option from consultation_ballot where voter_id = ? and vote_id = any(array[?]::int[])`,
        [pairs[0][0], pairs.map(([, vote]) => vote)],
      );
      const map = new Map(rows.map((r) => [r.vote_id, r.option]));
      return pairs.map(([, vote]) => map.get(vote) ?? null);
    }),
    evaluationsOf: new DataLoader<number, { count: number; average: number | null }>(async (ids) => {
      const rows = await em.execute<{ matter_id: number; n: number; avg: string | null }[]>(
        `select matter_id, count(*)::int as n, round(avg(rating), 2) as avg from consultation_evaluation where matter_id = any(array[?]::int[]) group by matter_id`,
        [[...ids]],
      );
      const map = new Map(
        rows.map((r) => [r.matter_id, { count: r.n, average: r.avg === null ? null : Number(r.avg) }]),
      );
      return ids.map((id) => map.get(id) ?? { count: 0, average: null });
    }),
  };
}
