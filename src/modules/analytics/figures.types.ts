import { Field, Int, ObjectType } from 'type-graphql';
import { Division } from '../tree';

/** Counts of the governance tree beneath a node. */
@ObjectType({ description: 'Figures of a subtree: counts of the tree by kind. 统计数据' })
export class Figures {
  @Field(() => Division, { description: 'The node the figures are for. 统计节点' })
  division!: Division;

  @Field(() => Int, { description: 'County-level divisions. 县级行政区' })
  districts!: number;

  @Field(() => Int, { description: 'Streets and townships. 街道/乡镇' })
  streets!: number;

  @Field(() => Int, { description: 'Communities of both types. 社区' })
  communities!: number;

  @Field(() => Int, { description: 'Urban communities. 城市社区' })
  urbanCommunities!: number;

  @Field(() => Int, { description: 'Village-to-residence communities. “村改居”社区' })
  villageToResidenceCommunities!: number;

  @Field(() => Int, { description: 'Villages. 村' })
  villages!: number;

  @Field(() => Int, { description: "Residents' and villagers' groups. 居民小组/村民小组" })
  groups!: number;

  @Field(() => Int, { description: 'Buildings. 楼栋' })
  buildings!: number;
}
