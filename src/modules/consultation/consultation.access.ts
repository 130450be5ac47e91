import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../auth/roles';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { isWithin } from '../../shared/tree-path';
import { DivisionKind } from '../tree';
import { PlatformLevel } from './consultation.enums';

/**
 * What the caller is to consultations, beyond their roles: where they live, which committees
 * they sit on, which sessions they were invited to. Loaded lazily, once per request (one round
 * trip), by the request's loader `consultationStanding`, whoever asks first.
 */
export interface Standing {
  homePath: string | null;
  /** Paths of the communities on whose party committee the caller holds a seat today. */
  committeePaths: string[];
  /** Sessions the caller was invited to, and their matters. */
  sessionIds: Set<number>;
  matterIds: Set<number>;
}

/** The standing of anyone who is not a person (a token, nobody): none. */
const NOBODY: Standing = { homePath: null, committeePaths: [], sessionIds: new Set(), matterIds: new Set() };

/** The caller's standing: loaded on first use, memoised for the rest of the request. */
export function standing(ctx: Context): Promise<Standing> {
  const id = ctx.viewer.personId;
  if (ctx.viewer.kind !== 'person' || id === null) return Promise.resolve(NOBODY);
  return ctx.loaders.consultationStanding.load(id);
}

/**
 * The caller's standing if it is already at hand, without I/O (undefined: not loaded yet). For
 * the synchronous fast path of object rules, which must not take its absence for a refusal.
 */
export function loadedStanding(ctx: Context): Standing | undefined {
  const id = ctx.viewer.personId;
  if (ctx.viewer.kind !== 'person' || id === null) return NOBODY;
  return ctx.loaders.consultationStanding.peek(id);
}

/** Reads a person's standing (one round trip). */
export async function readStanding(em: EntityManager, personId: number): Promise<Standing> {
  const day = today();
  const [row] = await em.execute<
    { home_path: string | null; committees: string[]; sessions: number[]; matters: number[] }[]
  >(
    `select (select home_path from person where id = ?) as home_path,
            array(select community_path from committee_seat where person_id = ? and status = 'ACTIVE' and starts_on <= ? and (ends_on is null or ends_on >= ?)) as committees,
            array(select session_id from consultation_participant where person_id = ?) as sessions,
            array(select distinct matter_id from consultation_participant where person_id = ?) as matters`,
    [personId, personId, day, day, personId, personId],
  );
  return {
    homePath: row.home_path,
    committeePaths: row.committees,
    sessionIds: new Set(row.sessions),
    matterIds: new Set(row.matters),
  };
}

const OVERSEERS: readonly Role[] = [Role.STREET_OFFICIAL, Role.DISTRICT_OFFICIAL, Role.BUREAU_ADMIN];

/** The street and above see everything beneath them. */
export function oversees(ctx: Context, path: string): boolean {
  return (
    ctx.viewer.kind === 'person' && ctx.viewer.grants.some((g) => OVERSEERS.includes(g.role) && isWithin(path, g.path))
  );
}

/**
 * Who runs a platform: a community's (or village's) by its secretary, staff and the members of
 * its party committee; a street's by the street office's officials.
 */
export function runsPlatform(ctx: Context, s: Standing, platformPath: string, level: PlatformLevel): boolean {
  if (ctx.viewer.kind !== 'person') return false;
  if (level === PlatformLevel.STREET) return ctx.viewer.holdsAt([Role.STREET_OFFICIAL], platformPath);
  return (
    ctx.viewer.holdsAt([Role.COMMUNITY_SECRETARY, Role.COMMUNITY_STAFF], platformPath) ||
    s.committeePaths.includes(platformPath)
  );
}

/** A resident of one of `paths` (lives at or beneath it). */
export function livesIn(s: Standing, paths: readonly string[]): boolean {
  return !!s.homePath && paths.some((p) => isWithin(s.homePath!, p));
}

interface MatterLike {
  id: number;
  platformPath: string;
  level: PlatformLevel;
  proposer?: { id: number } | null;
  proposerOrganisation?: { id: number } | null;
}

/**
 * Who sees a matter (beyond its published result): the street and above, the platform's
 * runners, its proposer, the residents of the platform's area, and the participants invited to
 * its sessions. Analysts and partner tokens see aggregates and published results only.
 */
export function seesMatter(ctx: Context, s: Standing, m: MatterLike): boolean {
  return (
    oversees(ctx, m.platformPath) ||
    runsPlatform(ctx, s, m.platformPath, m.level) ||
    (!!m.proposer && m.proposer.id === ctx.viewer.personId) ||
    (!!m.proposerOrganisation && ctx.viewer.kind === 'person' && ctx.viewer.belongsTo(m.proposerOrganisation.id)) ||
    livesIn(s, [m.platformPath]) ||
    s.matterIds.has(m.id)
  );
}

/** Sessions: the street and above, the platform's runners, and the participants invited to them. */
export function seesSession(
  ctx: Context,
  s: Standing,
  session: { id: number; platformPath: string },
  level: PlatformLevel,
): boolean {
  return (
    oversees(ctx, session.platformPath) ||
    runsPlatform(ctx, s, session.platformPath, level) ||
    s.sessionIds.has(session.id)
  );
}

/** The consultation platform a node has: a street's, a community's or village's, or none. */
export function platformLevelOf(kind: DivisionKind): PlatformLevel | null {
  if (kind === DivisionKind.STREET) return PlatformLevel.STREET;
  return kind === DivisionKind.COMMUNITY || kind === DivisionKind.VILLAGE ? PlatformLevel.COMMUNITY : null;
}

/** The level of a platform from its path: streets sit at depth 2 (city/district/street). */
export function levelOfPath(path: string): PlatformLevel {
  return path.split('/').filter(Boolean).length === 3 ? PlatformLevel.STREET : PlatformLevel.COMMUNITY;
}
