import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { readRows } from '../../shared/read-rows';
import { Organisation } from '../organisations';
import { CITY_CODE, DivisionService } from '../tree';
import { Compound } from './property.entities';
import { MaxItems } from '../../shared/cost';

@ObjectType({ description: 'Red property figures of a subtree. 红色物业统计' })
export class RedPropertyFigures {
  @Field(() => Int, { description: 'Residential compounds. 小区' })
  compounds!: number;

  @Field(() => Int, {
    description: 'Compounds whose property company has its own party organisation. 党建引领物业小区',
  })
  partyLedCompounds!: number;
}

/** Red property (红色物业): compounds, their property companies and owners' committees. */
@Resolver(() => Compound)
export class CompoundResolver {
  @Query(() => [Compound], { description: "A community's residential compounds. 社区小区" })
  @MaxItems(100)
  async compounds(
    @Arg('communityCode', { description: 'Community code. 社区代码' }) communityCode: string,
    @Ctx() ctx: Context,
  ) {
    const community = await new DivisionService(ctx).byCode(communityCode, 'communityCode');
    return readRows(ctx.em, Compound, { community: community.id }, { orderBy: { id: 'asc' } });
  }

  @Query(() => RedPropertyFigures, { description: 'Compounds and party-led compounds of a subtree. 红色物业统计' })
  async redPropertyFigures(
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<RedPropertyFigures> {
    const path = (await new DivisionService(ctx).byCode(code)).path;
    const [row] = await ctx.em.execute<{ compounds: string; led: string }[]>(
      `select count(*) as compounds, count(*) filter (where p.has_party_organisation) as led
         from compound c left join property_company_profile p on p.organisation_id = c.property_company_id
        where c.community_path like ?`,
      [`${path}%`],
    );
    return { compounds: Number(row.compounds), partyLedCompounds: Number(row.led) };
  }

  @FieldResolver(() => Boolean, {
    description:
      'Its property company has its own party organisation (party-led property management). 是否党建引领物业',
  })
  async partyLed(@Root() c: Compound, @Ctx() ctx: Context): Promise<boolean> {
    if (!c.propertyCompany) return false;
    return (await ctx.loaders.partyLedCompany.load(c.propertyCompany.id)) ?? false;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Property company. 物业公司' })
  propertyCompany(@Root() c: Compound, @Ctx() ctx: Context) {
    return c.propertyCompany ? ctx.loaders.organisationById.load(c.propertyCompany.id) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Owners' committee. 业主委员会" })
  ownersCommittee(@Root() c: Compound, @Ctx() ctx: Context) {
    return c.ownersCommittee ? ctx.loaders.organisationById.load(c.ownersCommittee.id) : null;
  }
}
