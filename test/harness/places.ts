import type { EntityManager } from '@mikro-orm/postgresql';
import { Division } from '../../src/modules/tree/division.entity';
import { CommunityType, DivisionKind } from '../../src/modules/tree/division.enums';
import { MeDocument } from '../generated/graphql';
import type { TestApp } from './app';

/** The first urban community (by code) beneath `under`, other than `except`. */
export function firstUrbanCommunity(em: EntityManager, under: Division, except = ''): Promise<Division> {
  return em.findOneOrFail(
    Division,
    {
      path: { $like: `${under.path}%` },
      kind: DivisionKind.COMMUNITY,
      communityType: CommunityType.URBAN,
      code: { $ne: except },
    },
    { orderBy: { code: 'asc' } },
  );
}

/** The code of the first urban community beneath the node `underCode`, other than `except`. */
export async function firstUrbanCommunityCode(em: EntityManager, underCode: string, except = ''): Promise<string> {
  return (await firstUrbanCommunity(em, await em.findOneOrFail(Division, { code: underCode }), except)).code;
}

/** The demo community secretary's community, and its first building (by code). */
export async function secretaryCommunity(
  t: TestApp,
  em: EntityManager,
): Promise<{ community: Division; building: Division }> {
  const me = await t.executeAs({ username: 'community.secretary' }, MeDocument);
  const code = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const community = await em.findOneOrFail(Division, { code });
  const building = await em.findOneOrFail(
    Division,
    { path: { $like: `${community.path}%` }, kind: DivisionKind.BUILDING },
    { orderBy: { code: 'asc' } },
  );
  return { community, building };
}
