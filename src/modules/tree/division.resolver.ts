import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { refId } from '../../shared/loaders';
import { connectionOf } from '../../shared/pagination';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { RoleAssignment } from '../roles';
import { DIVISION_CHILDREN_MAX } from './division.constants';
import { Division } from './division.entity';
import { DivisionSearchArgs, UpdateDivisionInput } from './division.inputs';
import { DivisionService } from './division.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

export const { Edge: DivisionEdge, Connection: DivisionConnection } = connectionOf(Division, 'Division', '治理节点');

/** Queries and mutations of the governance tree. */
@Resolver(() => Division)
export class DivisionResolver {
  @Query(() => Division, { description: 'The node with this code; NOT_FOUND if none. 按代码查询节点' })
  division(
    @Arg('code', { description: 'Statistical division code. 区划代码' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<Division> {
    return new DivisionService(ctx).byCode(code);
  }

  @Query(() => DivisionConnection, {
    description: 'Search a subtree by kind, name and parent, cursor-paginated by code. 节点搜索',
  })
  divisions(@Args() args: DivisionSearchArgs, @Ctx() ctx: Context) {
    return new DivisionService(ctx).search(args);
  }

  @Mutation(() => Division, { description: "Rename a node or set a building's household head. 修改节点" })
  updateDivision(
    @Arg('input', { description: 'What to do. 输入' }) input: UpdateDivisionInput,
    @Ctx() ctx: Context,
  ): Promise<Division> {
    return new DivisionService(ctx).update(input);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The node above; null for the city. 上级节点' })
  parent(@Root() d: Division, @Ctx() ctx: Context) {
    const id = refId(d.parent);
    return id === null ? null : ctx.loaders.divisionById.load(id);
  }

  @FieldResolver(() => [Division], { description: 'The nodes directly beneath that you may see, by code. 下级节点' })
  @MaxItems(DIVISION_CHILDREN_MAX)
  children(@Root() d: Division, @Ctx() ctx: Context) {
    return new DivisionService(ctx).children(d);
  }

  @FieldResolver(() => [Division], { description: 'The nodes above, from the city down. 所有上级' })
  @MaxItems(5)
  ancestors(@Root() d: Division, @Ctx() ctx: Context) {
    return new DivisionService(ctx).ancestors(d);
  }

  @FieldResolver(() => Person, { nullable: true, description: "A building's household head. 户长" })
  householdHead(@Root() d: Division, @Ctx() ctx: Context) {
    const id = refId(d.householdHead);
    return id === null ? null : ctx.loaders.personById.load(id);
  }

  @FieldResolver(() => [Organisation], {
    nullable: true,
    description: 'Active organisations placed at this node. 驻点机构',
  })
  @MaxItems(CAP.nodeOrganisations.limit)
  organisations(@Root() d: Division, @Ctx() ctx: Context) {
    return ctx.loaders.organisationsAt.load(d.id);
  }

  @FieldResolver(() => [RoleAssignment], { nullable: true, description: 'Roles currently held at this node. 在任人员' })
  @MaxItems(CAP.nodeRoles.limit)
  roleHolders(@Root() d: Division, @Ctx() ctx: Context) {
    return ctx.loaders.activeRolesAt.load(d.id);
  }
}
