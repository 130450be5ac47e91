import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { CITY_CODE } from '../tree';
import { RegistrationLevel, SocialOrganisation, SocialOrganisationCategory, SocialWorker } from './linkage.entities';
import { LinkageService } from './linkage.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@InputType({ description: "Register a social organisation's credit code and kind. 社会组织登记" })
export class RegisterSocialOrganisationInput {
  @Field(() => ID, { description: 'The organisation (kind SOCIAL_ORGANISATION). 机构' })
  organisationId!: string;

  @Field({ description: 'Unified social credit code. 统一社会信用代码' })
  creditCode!: string;

  @Field(() => RegistrationLevel, { description: 'Registration level. 登记层级' })
  registrationLevel!: RegistrationLevel;

  @Field(() => SocialOrganisationCategory, { description: 'Kind. 类别' })
  category!: SocialOrganisationCategory;
}

@ObjectType({ description: 'Three-way linkage figures of a subtree. 三社联动统计' })
export class LinkageFiguresType {
  @Field(() => Int, { description: 'Community social organisations. 社区社会组织' })
  socialOrganisations!: number;

  @Field(() => Int, { description: 'Social workers. 社会工作者' })
  socialWorkers!: number;

  @Field(() => Int, { description: 'Social workers whose licence is valid today. 持证社工' })
  licensedSocialWorkers!: number;
}

/** Social organisations and social workers (三社联动). */
@Resolver(() => SocialOrganisation)
export class SocialOrganisationResolver {
  @Query(() => [SocialOrganisation], { description: 'Social organisations beneath a node. 社会组织' })
  @MaxItems(CAP.socialOrganisations.limit)
  socialOrganisations(@Arg('under', { description: 'Node code. 节点代码' }) under: string, @Ctx() ctx: Context) {
    return new LinkageService(ctx).organisations(under);
  }

  @Query(() => LinkageFiguresType, {
    description: 'Social organisations and (licensed) social workers of a subtree. 三社联动统计',
  })
  linkageFigures(
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return new LinkageService(ctx).figures(code);
  }

  @Mutation(() => SocialOrganisation, { description: "Register a social organisation's credit code. 社会组织登记" })
  registerSocialOrganisation(
    @Arg('input', { description: 'What to do. 输入' }) input: RegisterSocialOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return new LinkageService(ctx).register(input);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation. 机构' })
  organisation(@Root() s: SocialOrganisation, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(s.organisation.id);
  }
}

@Resolver(() => SocialWorker)
export class SocialWorkerResolver {
  @Query(() => [SocialWorker], { description: "An organisation's social workers. 社会工作者" })
  @MaxItems(500)
  socialWorkers(
    @Arg('organisationId', () => ID, { description: 'The employer. 用人单位' }) organisationId: string,
    @Ctx() ctx: Context,
  ) {
    return new LinkageService(ctx).workers(organisationId);
  }

  @FieldResolver(() => Boolean, { description: 'Licensed: the licence has not expired (computed). 是否持证有效' })
  licensed(@Root() w: SocialWorker): boolean {
    return LinkageService.licensed(w);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The worker. 人员' })
  person(@Root() w: SocialWorker, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(w.person.id);
  }
}
