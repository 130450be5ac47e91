import type { Context } from '../../context';
import { CommunityType, Division, DivisionKind } from '../tree';
import type { Figures } from './figures.types';

/** Aggregates of the tree, computed by PostgreSQL in one statement. */
export class FiguresService {
  constructor(private readonly ctx: Context) {}

  async of(division: Division): Promise<Figures> {
    const rows: { kind: DivisionKind; community_type: CommunityType | null; n: string }[] = await this.ctx.em.execute(
      'select kind, community_type, count(*) as n from division where path like ? group by kind, community_type',
      [`${division.path}%`],
    );
    const count = (kind: DivisionKind, type?: CommunityType) =>
      rows
        .filter((r) => r.kind === kind && (type === undefined || r.community_type === type))
        .reduce((a, r) => a + Number(r.n), 0);
    return {
      division,
      districts: count(DivisionKind.DISTRICT),
      streets: count(DivisionKind.STREET),
      communities: count(DivisionKind.COMMUNITY),
      urbanCommunities: count(DivisionKind.COMMUNITY, CommunityType.URBAN),
      villageToResidenceCommunities: count(DivisionKind.COMMUNITY, CommunityType.VILLAGE_TO_RESIDENCE),
      villages: count(DivisionKind.VILLAGE),
      groups: count(DivisionKind.GROUP),
      buildings: count(DivisionKind.BUILDING),
    };
  }
}
