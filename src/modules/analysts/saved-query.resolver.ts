import type { GraphQLResolveInfo } from 'graphql';
import { JSONObject } from '../../shared/json-object';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { SavedQuery } from './saved-query.entity';
import { SaveQueryInput, UpdateSavedQueryInput } from './saved-query.inputs';
import { SAVED_QUERIES_LISTED_MAX, SavedQueryService } from './saved-query.service';
import { MaxItems } from '../../shared/cost';

const idArg = { description: 'Identifier. 标识' };

/** Analysts' saved queries (保存的查询): save from the playground, share within the organisation, run again, export as CSV. */
@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => [SavedQuery], {
    description: 'Your saved queries and those shared with you by analysts of your organisation, by name. 我的查询',
  })
  @MaxItems(SAVED_QUERIES_LISTED_MAX)
  savedQueries(@Ctx() ctx: Context) {
    return new SavedQueryService(ctx).list();
  }

  @Query(() => SavedQuery, { description: 'One saved query (yours, or shared with you). 查询详情' })
  savedQuery(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: Context) {
    return new SavedQueryService(ctx).byId(id);
  }

  @Query(() => JSONObject, {
    description:
      'Runs a saved query as you, with its saved variables overridden by `variables`; answers `{ data, errors }` as /graphql would. Its cost counts against your analyst budget. 运行查询',
  })
  runSavedQuery(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('variables', () => JSONObject, { nullable: true, description: 'Variables overriding the saved ones. 变量' })
    variables: Record<string, unknown> | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new SavedQueryService(ctx).run(info.schema, id, variables);
  }

  @Mutation(() => SavedQuery, {
    description: 'Saves a query (one query operation, valid against the schema) with its variables. 保存查询',
  })
  saveQuery(
    @Arg('input', { description: 'What to save. 输入' }) input: SaveQueryInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new SavedQueryService(ctx).save(info.schema, input);
  }

  @Mutation(() => SavedQuery, { description: 'Changes your saved query. 修改查询' })
  updateSavedQuery(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', { description: 'Changes. 输入' }) input: UpdateSavedQueryInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new SavedQueryService(ctx).update(info.schema, id, input);
  }

  @Mutation(() => SavedQuery, {
    description: 'Shares your saved query with the analysts of your organisation, or stops sharing it. 共享查询',
  })
  shareSavedQuery(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('shared', { description: 'Shared or not. 是否共享' }) shared: boolean,
    @Ctx() ctx: Context,
  ) {
    return new SavedQueryService(ctx).share(id, shared);
  }

  @Mutation(() => ID, { description: 'Deletes your saved query; answers its id. 删除查询' })
  deleteSavedQuery(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: Context) {
    return new SavedQueryService(ctx).delete(id);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who saved it (null when you may not see that person). 保存人',
  })
  owner(@Root() q: SavedQuery, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(q.owner.id);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation it can be shared within. 所属机构',
  })
  organisation(@Root() q: SavedQuery, @Ctx() ctx: Context) {
    return q.organisation ? ctx.loaders.organisationById.load(q.organisation.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you saved it. 是否本人保存' })
  mine(@Root() q: SavedQuery, @Ctx() ctx: Context): boolean {
    return q.owner.id === ctx.viewer.personId;
  }

  @FieldResolver(() => String, {
    description:
      'Where to download its result as CSV (GET, with your bearer token; add `?variables=` JSON to override). 导出地址',
  })
  exportPath(@Root() q: SavedQuery): string {
    return `/export/saved-queries/${q.id}.csv`;
  }
}
