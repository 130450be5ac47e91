import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { parseId } from '../../shared/ids';
import { settleDueVote } from './consultation.deadlines';
import { ConsultationMatter, ConsultationTransition } from './consultation.entities';
import { MatterAction as A, MatterState as S, PlatformLevel } from './consultation.enums';
import { allows, refusalReason, STEPS, type Action } from './consultation.machine';

/**
 * What the consultation services share: a matter locked for a step, the step checked against
 * the machine, and its entry on the timeline. Writes go through the unit of work and SQL under
 * the matter's row lock; reads of what a step returns go through `readRows` (no identity map).
 */

/** A matter's row as locked for a step. */
export interface Locked {
  id: number;
  state: S;
  platform_path: string;
  level: PlatformLevel;
  affected_paths: string[];
}

/**
 * Locks a matter's row for a step (or shares it, for writes that only need its state held). A
 * step meets the matter as it stands: locked for update, a vote past its deadline is closed
 * first (unless `settle` is false: closing the vote is the step).
 */
export async function lockMatter(
  em: EntityManager,
  id: number,
  mode: 'update' | 'share' = 'update',
  settle = mode === 'update',
): Promise<Locked> {
  const [m] = await em.execute<Locked[]>(
    `select id, state, platform_path, level, affected_paths from consultation_matter where id = ? for ${mode === 'update' ? 'update' : 'share'}`,
    [id],
  );
  if (!m) throw notFound('CONSULTATION.UNKNOWN_MATTER', `No matter has the id ${id}.`);
  return settle ? { ...m, state: (await settleDueVote(em, m)).state } : m;
}

/**
 * Refuses (CONFLICT, with the machine's reason for `action` in `state`) a step the machine does
 * not allow; `message` may depend on the reason.
 */
export function assertAllowed(action: Action, state: S, message: string | ((reason: string) => string)): void {
  if (allows(action, state)) return;
  const reason = refusalReason(action, state);
  throw conflict(reason, typeof message === 'string' ? message : message(reason));
}

/** Puts a step on the matter's timeline (written with the transaction's next flush). */
export function recordTransition(
  ctx: Context,
  em: EntityManager,
  matterId: number,
  action: A,
  from: S | null,
  to: S,
  reason: string | null,
): void {
  em.create(ConsultationTransition, {
    matter: matterId,
    action,
    fromState: from,
    toState: to,
    actor: ctx.viewer.personId,
    reason,
  });
}

/** A matter as it is stored (NOT_FOUND otherwise); its platform noted for the audit log. */
export async function readMatter(ctx: Context, id: string, field = 'matterId'): Promise<ConsultationMatter> {
  const [m] = await readRows(ctx.em, ConsultationMatter, { id: parseId(id, field) });
  if (!m) throw notFound('CONSULTATION.UNKNOWN_MATTER', `No matter has the id ${id}.`);
  ctx.audit.scope(m.platformPath);
  return m;
}

/** A simple step: lock, check the state, run `extra`, move, record; all or nothing. */
export async function takeStep(
  ctx: Context,
  matterId: string,
  action: A,
  reason: string | null,
  extra?: (em: EntityManager, m: Locked) => Promise<void>,
): Promise<ConsultationMatter> {
  const id = parseId(matterId, 'matterId');
  await ctx.em.transactional(async (em) => {
    const m = await lockMatter(em, id);
    assertAllowed(action, m.state, `A matter in state ${m.state} cannot take the step ${action}.`);
    await extra?.(em, m);
    const to = STEPS[action].to;
    await em.execute(`update consultation_matter set state = ? where id = ?`, [to, id]);
    recordTransition(ctx, em, id, action, m.state, to, reason);
    await em.flush();
  });
  ctx.audit.target(id);
  return readMatter(ctx, matterId);
}
