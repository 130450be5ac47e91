import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { refId } from '../../shared/loaders';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { Division } from '../tree';
import { RoleAssignment } from './role-assignment.entity';
import { AssignRoleInput, EndRoleInput } from './role.inputs';
import { RoleService } from './role.service';

/** Role assignments: who holds which role where, for which term. */
@Resolver(() => RoleAssignment)
export class RoleResolver {
  @Mutation(() => RoleAssignment, { description: 'Give a person a role, for a term. 任命' })
  assignRole(@Arg('input', { description: 'What to do. 输入' }) input: AssignRoleInput, @Ctx() ctx: Context) {
    return new RoleService(ctx).assign(input);
  }

  @Mutation(() => RoleAssignment, { description: 'End a role assignment (history is kept). 免职' })
  endRoleAssignment(@Arg('input', { description: 'What to do. 输入' }) input: EndRoleInput, @Ctx() ctx: Context) {
    return new RoleService(ctx).end(input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who holds the role. 任职人' })
  person(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(r.person.id);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The node it is held at, for node roles. 任职节点' })
  division(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    const id = refId(r.division);
    return id === null ? null : ctx.loaders.divisionById.load(id);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation, for organisational roles. 任职机构',
  })
  organisation(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    const id = refId(r.organisation);
    return id === null ? null : ctx.loaders.organisationById.load(id);
  }
}
