import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { refId } from '../../shared/loaders';
import { RoleAssignment } from '../roles';
import { Division } from '../tree';
import { maskIdNumber, maskPhone } from './masking';
import { Person } from './person.entity';
import { PersonService } from './person.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

/** People, with personal data masked for all but the roles that need it. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'A person by id; NOT_FOUND if none. 按标识查询人员' })
  person(@Arg('id', () => ID, { description: 'Identifier. 标识' }) id: string, @Ctx() ctx: Context): Promise<Person> {
    return new PersonService(ctx).byId(id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Mobile phone, masked (138****5678) unless your role needs it. 手机号',
  })
  phone(@Root() p: Person, @Ctx() ctx: Context): string | null {
    if (!p.phone) return null;
    return new PersonService(ctx).seesPersonalData(p) ? p.phone : maskPhone(p.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'National ID number, masked unless your role needs it. 身份证号',
  })
  idNumber(@Root() p: Person, @Ctx() ctx: Context): string | null {
    if (!p.idNumber) return null;
    return new PersonService(ctx).seesPersonalData(p) ? p.idNumber : maskIdNumber(p.idNumber);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'Where the person lives. 居住地' })
  home(@Root() p: Person, @Ctx() ctx: Context) {
    const id = refId(p.home);
    return id === null ? null : ctx.loaders.divisionById.load(id);
  }

  @FieldResolver(() => [RoleAssignment], { nullable: true, description: 'Roles the person holds today. 当前任职' })
  @MaxItems(CAP.personRoles.limit)
  roles(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.activeRolesOfPerson.load(p.id);
  }
}
