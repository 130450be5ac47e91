import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { Division, DivisionService } from '../tree';
import { Designation, DesignationCategory, DesignationLevel, FIVE_BATCHES } from './designation.entities';
import { assertRoom, CAP, lockList } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@InputType({ description: 'Filters of the designations. 筛选' })
export class DesignationFilter {
  @Field(() => DesignationCategory, { nullable: true, description: 'Category. 类别' })
  category?: DesignationCategory | null;

  @Field(() => DesignationLevel, { nullable: true, description: 'Level. 级别' })
  level?: DesignationLevel | null;

  @Field(() => Int, { nullable: true, description: 'Year. 年度' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Only holders beneath this node (code). 节点代码' })
  under?: string | null;
}

@InputType({ description: 'A new designation. 授予称号' })
export class DesignateInput {
  @Field({ description: 'Title. 称号' })
  title!: string;

  @Field(() => DesignationLevel, { description: 'Level. 级别' })
  level!: DesignationLevel;

  @Field(() => DesignationCategory, { description: 'Category. 类别' })
  category!: DesignationCategory;

  @Field(() => Int, { description: 'Year. 年度' })
  year!: number;

  @Field({ description: 'The holder (node code). 获得者代码' })
  holderCode!: string;
}

@ObjectType({ description: 'One category of the five batches in a year: target and achieved. 五个一批完成情况' })
export class FiveBatchesRow {
  @Field(() => DesignationCategory, { description: 'Category. 类别' })
  category!: DesignationCategory;

  @Field(() => Int, { description: 'Target. 目标' })
  target!: number;

  @Field(() => Int, { description: 'Designations made. 完成' })
  achieved!: number;

  @Field({ description: 'Whether the target was met. 是否完成' })
  met!: boolean;
}

/** Demonstrations and pilots (示范/试点) and the yearly five batches (五个一批). */
@Resolver(() => Designation)
export class DesignationResolver {
  @Query(() => [Designation], { description: 'Designations, newest first. 示范/试点' })
  @MaxItems(CAP.designations.limit)
  async designations(
    @Arg('filter', () => DesignationFilter, { nullable: true, description: 'Filters. 筛选' })
    filter: DesignationFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const under = f.under ? (await new DivisionService(ctx).byCode(f.under, 'under')).path : null;
    const where = {
      ...(f.category ? { category: f.category } : {}),
      ...(f.level ? { level: f.level } : {}),
      ...(f.year ? { year: f.year } : {}),
      ...(under ? { holderPath: { $like: `${under}%` } } : {}),
    };
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(ctx.em, Designation, where, {
      orderBy: { year: 'desc', id: 'asc' },
      limit: CAP.designations.limit + 1,
    });
  }

  @Query(() => [FiveBatchesRow], { description: 'The five batches of a year: target against achieved. 五个一批' })
  @MaxItems(Object.keys(FIVE_BATCHES).length)
  async fiveBatches(
    @Arg('year', () => Int, { description: 'Year (from 2019). 年度' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<FiveBatchesRow[]> {
    if (!Number.isInteger(year) || year < 2019 || year > 2100)
      throw badInput('DESIGNATIONS.BAD_YEAR', 'The five batches run from 2019.', [
        { field: 'year', message: '2019 or later' },
      ]);
    const counts = await ctx.em.execute<{ category: string; n: string }[]>(
      'select category, count(*) as n from designation where year = ? group by category',
      [year],
    );
    return Object.entries(FIVE_BATCHES).map(([category, target]) => {
      const achieved = Number(counts.find((c) => c.category === category)?.n ?? 0);
      return { category: category as DesignationCategory, target: target!, achieved, met: achieved >= target! };
    });
  }

  @Mutation(() => Designation, { description: 'Grant a designation (the bureau). 授予称号' })
  async designate(@Arg('input', { description: 'What to do. 输入' }) input: DesignateInput, @Ctx() ctx: Context) {
    const holder = await new DivisionService(ctx).byCode(input.holderCode, 'holderCode');
    const title = input.title.trim();
    if (title.length < 2 || title.length > 200)
      throw badInput('INPUT.BAD_LENGTH', 'The title must be 2–200 characters.', [
        { field: 'title', message: '2–200 characters' },
      ]);
    if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100)
      throw badInput('DESIGNATIONS.BAD_YEAR', 'The year is 1990–2100.', [{ field: 'year', message: '1990–2100' }]);
    const d = await ctx.em.transactional(async (em) => {
      await lockList(em, CAP.designations);
      await assertRoom(em, CAP.designations, `select count(*) as n from designation`, []);
      const created = em.create(Designation, {
        title,
        level: input.level,
        category: input.category,
        year: input.year,
        holder: em.getReference(Division, holder.id),
        holderPath: holder.path,
      });
      await em.flush();
      return created;
    });
    ctx.audit.scope(holder.path, true);
    return d;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Title of the service project, for purchased-service demonstrations. 示范项目',
  })
  async projectTitle(@Root() d: Designation, @Ctx() ctx: Context): Promise<string | null> {
    return d.project ? ((await ctx.loaders.projectById.load(Number(d.project.id)))?.title ?? null) : null;
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The holder. 获得者' })
  holder(@Root() d: Designation, @Ctx() ctx: Context) {
    return ctx.loaders.divisionById.load(d.holder.id);
  }
}
