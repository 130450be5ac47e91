import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CITY_CODE, DivisionService } from '../tree';
import { Figures } from './figures.types';
import { FiguresService } from './figures.service';

/** The city's figures, for any node. */
@Resolver()
export class FiguresResolver {
  @Query(() => Figures, { description: 'Counts of the tree by kind beneath a node (the city by default). 统计数据' })
  async figures(
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return new FiguresService(ctx).of(await new DivisionService(ctx).byCode(code));
  }
}
