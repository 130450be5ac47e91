import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../shared/pagination';
import { maskPhone } from '../people';
import { RoleAssignment } from '../roles';
import { Division } from '../tree';
import { Organisation } from './organisation.entity';
import {
  ApplyToJoinInput,
  DecideApplicationInput,
  OrganisationSearchArgs,
  UpdateOrganisationInput,
} from './organisation.inputs';
import { OrganisationService } from './organisation.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

export const { Edge: OrganisationEdge, Connection: OrganisationConnection } = connectionOf(
  Organisation,
  'Organisation',
  '机构',
);

/** Organisations and partner applications. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { description: 'An organisation by id; NOT_FOUND if none. 按标识查询机构' })
  organisation(@Arg('id', () => ID, { description: 'Identifier. 标识' }) id: string, @Ctx() ctx: Context) {
    return new OrganisationService(ctx).byId(id);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations within your reach (PENDING ones are the applications to decide). 机构列表',
  })
  organisations(@Args() args: OrganisationSearchArgs, @Ctx() ctx: Context) {
    return new OrganisationService(ctx).search(args);
  }

  @Mutation(() => Organisation, {
    description: 'Apply for an organisation to join; you become its admin when approved. 申请入驻',
  })
  applyToJoin(@Arg('input', { description: 'What to do. 输入' }) input: ApplyToJoinInput, @Ctx() ctx: Context) {
    return new OrganisationService(ctx).apply(input);
  }

  @Mutation(() => Organisation, {
    description: 'Approve or decline an application (street office or bureau above its node). 审核入驻申请',
  })
  decideApplication(
    @Arg('input', { description: 'What to do. 输入' }) input: DecideApplicationInput,
    @Ctx() ctx: Context,
  ) {
    return new OrganisationService(ctx).decide(input);
  }

  @Mutation(() => Organisation, { description: "Update an organisation's profile. 修改机构信息" })
  updateOrganisation(
    @Arg('input', { description: 'What to do. 输入' }) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return new OrganisationService(ctx).update(input);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The node where it is placed. 所在节点' })
  division(@Root() o: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.divisionById.load(o.division.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Contact phone, masked unless your role needs it. 联系电话',
  })
  contactPhone(@Root() o: Organisation, @Ctx() ctx: Context): string | null {
    if (!o.contactPhone) return null;
    const v = ctx.viewer;
    return v.canSeePersonalData(o.divisionPath) || v.adminsOrganisation(o.id)
      ? o.contactPhone
      : maskPhone(o.contactPhone);
  }

  @FieldResolver(() => [RoleAssignment], {
    nullable: true,
    description: 'Roles currently held in this organisation. 机构成员',
  })
  @MaxItems(CAP.organisationRoles.limit)
  roleHolders(@Root() o: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.activeRolesIn.load(o.id);
  }
}
