import type { Context } from '../../context';
import { badInput, forbidden, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isWithin } from '../../shared/tree-path';
import { text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { Organisation } from '../organisations';
import { DivisionService } from '../tree';
import { platformLevelOf } from './consultation.access';
import { closeDueVotes } from './consultation.deadlines';
import { ConsultationLineage, ConsultationMatter, type AttachmentRef } from './consultation.entities';
import { MatterAction as A } from './consultation.enums';
import type {
  AttachmentInput,
  EditMatterInput,
  MergeMattersInput,
  ProposeMatterInput,
  PublishDecisionInput,
  SplitMatterInput,
} from './consultation.inputs';
import { MatterActivity, STEPS, SUCCESSOR_STATE, VOTING_STATES } from './consultation.machine';
import { assertAllowed, lockMatter, readMatter, recordTransition, takeStep, type Locked } from './consultation.steps';

/** The most nodes a matter affects (the bound of its `affected`). */
export const AFFECTED_MAX = 20;

/**
 * 民提 and 公开: a matter raised, accepted or declined, withdrawn, edited, merged or split, and
 * its decision published. Each step checks the matter's state under a row lock (see
 * consultation.steps), writes its change and its timeline entry in one transaction, or refuses
 * with a coded error and writes nothing.
 */
export class MatterService {
  constructor(private readonly ctx: Context) {}

  /** A matter as a reader gets it: its vote closed first if past its deadline. */
  async current(id: string, field = 'matterId'): Promise<ConsultationMatter> {
    await closeDueVotes(this.ctx.em, { matterIds: [parseId(id, field)] });
    return this.matter(id, field);
  }

  matter(id: string, field = 'matterId'): Promise<ConsultationMatter> {
    return readMatter(this.ctx, id, field);
  }

  /** A node that has a consultation platform: a community, a village or a street. */
  async platform(code: string) {
    const node = await new DivisionService(this.ctx).byCode(code, 'platformCode');
    const level = platformLevelOf(node.kind);
    if (level) return { node, level };
    throw badInput(
      'CONSULTATION.NOT_A_PLATFORM',
      'Consultation platforms are a community’s, a village’s or a street’s.',
      [{ field: 'platformCode', message: 'a community, village or street' }],
    );
  }

  async propose(input: ProposeMatterInput): Promise<ConsultationMatter> {
    const { node, level } = await this.platform(input.platformCode);
    const title = text(input.title, 'title', 2, 120);
    const description = text(input.description, 'description', 2, 2000);
    const affected = await this.affected(input.affectedCodes, node.path);
    const attachments = attachmentsOf(input.attachments ?? []);
    const organisationId = input.organisationId
      ? await this.proposingOrganisation(input.organisationId, node.path)
      : null;
    const to = STEPS[A.PROPOSE].to;
    const id = await this.ctx.em.transactional(async (em) => {
      const m = em.create(ConsultationMatter, {
        platform: node.id,
        platformPath: node.path,
        level,
        title,
        description,
        category: input.category,
        affectedPaths: affected,
        attachments,
        proposer: this.ctx.viewer.personId,
        proposerOrganisation: organisationId,
        state: to,
      });
      await em.flush();
      recordTransition(this.ctx, em, m.id, A.PROPOSE, null, to, null);
      await em.flush();
      return m.id;
    });
    this.ctx.audit.target(id);
    this.ctx.audit.scope(node.path);
    return this.matter(String(id));
  }

  accept(input: { matterId: string; reason?: string | null }) {
    return takeStep(this.ctx, input.matterId, A.ACCEPT, optionalReason(input.reason));
  }

  decline(input: { matterId: string; reason?: string | null }) {
    const reason = input.reason ? text(input.reason, 'reason', 2, 500) : null;
    if (!reason)
      throw badInput('CONSULTATION.REASON_REQUIRED', 'A matter is declined with a reason.', [
        { field: 'reason', message: 'required' },
      ]);
    return takeStep(this.ctx, input.matterId, A.DECLINE, reason);
  }

  /** The proposer withdraws before a decision; an open vote is cancelled with it. */
  withdraw(input: { matterId: string; reason?: string | null }) {
    return takeStep(this.ctx, input.matterId, A.WITHDRAW, optionalReason(input.reason), async (em, m) => {
      if (VOTING_STATES.includes(m.state))
        await em.execute(
          `update consultation_vote set status = 'CANCELLED', closed_at = clock_timestamp() where matter_id = ? and status = 'OPEN'`,
          [m.id],
        );
    });
  }

  /** Edits the text of a matter before its vote; a published result is never edited. */
  async edit(input: EditMatterInput): Promise<ConsultationMatter> {
    const id = parseId(input.matterId, 'matterId');
    const changes: Partial<Record<'title' | 'description' | 'category' | 'attachments', unknown>> = {};
    if (input.title != null) changes.title = text(input.title, 'title', 2, 120);
    if (input.description != null) changes.description = text(input.description, 'description', 2, 2000);
    if (input.category != null) changes.category = input.category;
    if (input.attachments != null) changes.attachments = attachmentsOf(input.attachments);
    if (!Object.keys(changes).length)
      throw badInput('CONSULTATION.NOTHING_TO_CHANGE', 'Name at least one thing to change.');
    await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, id);
      assertAllowed(MatterActivity.EDIT, m.state, (reason) =>
        reason === 'CONSULTATION.ALREADY_PUBLISHED'
          ? 'A published result is not edited.'
          : `A matter in state ${m.state} is not edited.`,
      );
      await em.nativeUpdate(ConsultationMatter, { id }, changes as never);
    });
    this.ctx.audit.target(id);
    return this.matter(String(id));
  }

  /** Merges matters of one platform into a new, accepted matter; each keeps its link to it. */
  async merge(input: MergeMattersInput): Promise<ConsultationMatter> {
    const ids = [...new Set(input.matterIds.map((m) => parseId(m, 'matterIds')))].sort((a, b) => a - b);
    if (ids.length < 2 || ids.length > 10)
      throw badInput('CONSULTATION.BAD_MERGE', 'Merge 2–10 different matters.', [
        { field: 'matterIds', message: '2–10 ids' },
      ]);
    const title = text(input.title, 'title', 2, 120);
    const description = text(input.description, 'description', 2, 2000);
    const id = await this.ctx.em.transactional(async (em) => {
      const origins: Locked[] = [];
      for (const o of ids) origins.push(await lockMatter(em, o));
      const platformPath = origins[0].platform_path;
      if (origins.some((o) => o.platform_path !== platformPath))
        throw badInput('CONSULTATION.BAD_MERGE', 'Only matters of one platform are merged.', [
          { field: 'matterIds', message: 'one platform' },
        ]);
      for (const o of origins) assertAllowed(A.MERGE, o.state, `Matter ${o.id} in state ${o.state} cannot be merged.`);
      const [platform] = await em.execute<{ id: number }[]>(
        `select platform_id as id from consultation_matter where id = ?`,
        [origins[0].id],
      );
      const affected = [...new Set(origins.flatMap((o) => o.affected_paths))].sort();
      if (affected.length > AFFECTED_MAX)
        throw badInput('CONSULTATION.BAD_AFFECTED', `Together these matters affect more than ${AFFECTED_MAX} nodes.`, [
          { field: 'matterIds', message: `≤ ${AFFECTED_MAX} affected nodes together` },
        ]);
      const m = em.create(ConsultationMatter, {
        platform: platform.id,
        platformPath,
        level: origins[0].level,
        title,
        description,
        category: input.category,
        affectedPaths: affected,
        attachments: [],
        proposer: this.ctx.viewer.personId,
        state: SUCCESSOR_STATE,
      });
      await em.flush();
      recordTransition(
        this.ctx,
        em,
        m.id,
        A.MERGE,
        null,
        SUCCESSOR_STATE,
        `merged from ${ids.map((i) => `#${i}`).join(', ')}`,
      );
      const to = STEPS[A.MERGE].to;
      for (const o of origins) {
        await em.execute(`update consultation_matter set state = ? where id = ?`, [to, o.id]);
        recordTransition(this.ctx, em, o.id, A.MERGE, o.state, to, `merged into #${m.id}`);
        em.create(ConsultationLineage, { origin: o.id, successor: m.id, kind: A.MERGE });
      }
      await em.flush();
      return m.id;
    });
    this.ctx.audit.target(id);
    return this.matter(String(id));
  }

  /** Splits a matter into accepted parts, each linked to it. */
  async split(input: SplitMatterInput): Promise<ConsultationMatter[]> {
    const id = parseId(input.matterId, 'matterId');
    if (input.parts.length < 2 || input.parts.length > 10)
      throw badInput('CONSULTATION.BAD_SPLIT', 'Split into 2–10 parts.', [{ field: 'parts', message: '2–10 parts' }]);
    const origin = await this.matter(input.matterId);
    const parts = await Promise.all(
      input.parts.map(async (p) => ({
        title: text(p.title, 'title', 2, 120),
        description: text(p.description, 'description', 2, 2000),
        affected: await this.affected(p.affectedCodes, origin.platformPath),
      })),
    );
    for (const p of parts) {
      if (!p.affected.every((a) => origin.affectedPaths.some((o) => isWithin(a, o)))) {
        throw badInput('CONSULTATION.AFFECTED_OUTSIDE', 'A part affects only nodes the original affects.', [
          { field: 'affectedCodes', message: 'within the original’s' },
        ]);
      }
    }
    const ids = await this.ctx.em.transactional(async (em) => {
      const m = await lockMatter(em, id);
      assertAllowed(A.SPLIT, m.state, `A matter in state ${m.state} cannot be split.`);
      const created: number[] = [];
      for (const p of parts) {
        const part = em.create(ConsultationMatter, {
          platform: origin.platform.id,
          platformPath: origin.platformPath,
          level: origin.level,
          title: p.title,
          description: p.description,
          category: origin.category,
          affectedPaths: p.affected,
          attachments: origin.attachments,
          proposer: origin.proposer?.id ?? null,
          proposerOrganisation: origin.proposerOrganisation?.id ?? null,
          state: SUCCESSOR_STATE,
        });
        await em.flush();
        created.push(part.id);
        recordTransition(this.ctx, em, part.id, A.SPLIT, null, SUCCESSOR_STATE, `split from #${id}`);
        em.create(ConsultationLineage, { origin: id, successor: part.id, kind: A.SPLIT });
      }
      const to = STEPS[A.SPLIT].to;
      await em.execute(`update consultation_matter set state = ? where id = ?`, [to, id]);
      recordTransition(this.ctx, em, id, A.SPLIT, m.state, to, `split into ${created.map((c) => `#${c}`).join(', ')}`);
      await em.flush();
      return created;
    });
    this.ctx.audit.target(id);
    return readRows(this.ctx.em, ConsultationMatter, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
  }

  /** Publishes the decision with its reasons (公开). */
  publish(input: PublishDecisionInput) {
    const reasons = text(input.reasons, 'reasons', 2, 2000);
    return takeStep(this.ctx, input.matterId, A.PUBLISH, null, async (em, m) => {
      await em.execute(`update consultation_matter set reasons = ?, published_at = clock_timestamp() where id = ?`, [
        reasons,
        m.id,
      ]);
    });
  }

  /** Affected nodes: 1–20 codes of nodes within the platform. */
  private async affected(codes: string[], platformPath: string): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (unique.length < 1 || unique.length > AFFECTED_MAX)
      throw badInput('CONSULTATION.BAD_AFFECTED', `Name 1–${AFFECTED_MAX} affected nodes.`, [
        { field: 'affectedCodes', message: `1–${AFFECTED_MAX} codes` },
      ]);
    const tree = new DivisionService(this.ctx);
    const nodes = await Promise.all(unique.map((c) => tree.byCode(c, 'affectedCodes')));
    if (!nodes.every((n) => isWithin(n.path, platformPath)))
      throw badInput('CONSULTATION.AFFECTED_OUTSIDE', 'Affected nodes lie within the platform’s area.', [
        { field: 'affectedCodes', message: 'within the platform' },
      ]);
    return nodes.map((n) => n.path).sort();
  }

  /** An organisation the caller belongs to, serving the platform's area. */
  private async proposingOrganisation(id: string, platformPath: string): Promise<number> {
    const orgId = parseId(id, 'organisationId');
    const [org] = await readRows(this.ctx.em, Organisation, { id: orgId });
    if (!org) throw notFound('CONSULTATION.UNKNOWN_ORGANISATION', `No organisation has the id ${id}.`);
    if (!this.ctx.viewer.belongsTo(orgId))
      throw forbidden('CONSULTATION.NOT_A_MEMBER', 'You raise matters only on behalf of your own organisation.');
    if (!isWithin(org.divisionPath, platformPath) && !isWithin(platformPath, org.divisionPath)) {
      throw badInput('CONSULTATION.ORGANISATION_ELSEWHERE', 'The organisation does not serve this platform’s area.', [
        { field: 'organisationId', message: 'serving the platform’s area' },
      ]);
    }
    return orgId;
  }
}

function optionalReason(reason: string | null | undefined): string | null {
  return reason ? text(reason, 'reason', 2, 500) : null;
}

function attachmentsOf(list: AttachmentInput[]): AttachmentRef[] {
  if (list.length > 10)
    throw badInput('CONSULTATION.BAD_ATTACHMENTS', 'Up to 10 attachments.', [
      { field: 'attachments', message: 'up to 10' },
    ]);
  return list.map((a) => {
    const uri = a.uri.trim();
    if (uri.length > 500 || !/^(https:\/\/[^\s]+|urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+)$/i.test(uri)) {
      throw badInput('CONSULTATION.BAD_ATTACHMENT', 'An attachment is referenced by an https: or urn: address.', [
        { field: 'attachments', message: 'https: or urn:' },
      ]);
    }
    return { name: text(a.name, 'attachments', 1, 120), uri };
  });
}
