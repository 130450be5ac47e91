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
import { CITY_CODE, Division } from '../tree';
import { CommitteeSeat, PartyCommittee } from './committee.entities';
import { CommitteeService } from './committee.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

@InputType({ description: "A member unit's nomination of its delegate. 推荐兼职委员" })
export class NominateDelegateInput {
  @Field(() => ID, { description: 'The committee. 党委' })
  committeeId!: string;

  @Field(() => ID, { description: 'Your unit. 驻社区单位' })
  unitId!: string;

  @Field(() => ID, { description: 'The delegate. 人员' })
  personId!: string;

  @Field({ description: 'Term starts (YYYY-MM-DD). 任期开始' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Term ends (YYYY-MM-DD). 任期结束' })
  endsOn?: string | null;
}

@InputType({ description: "The secretary's decision on a nomination. 确认或不同意" })
export class DecideSeatInput {
  @Field(() => ID, { description: 'The seat. 席位' })
  seatId!: string;

  @Field({ description: 'Confirm (true) or decline. 是否确认' })
  confirm!: boolean;

  @Field(() => String, { nullable: true, description: 'Reason (required to decline). 原因' })
  reason?: string | null;
}

@InputType({ description: 'End a seat. 终止席位' })
export class EndSeatInput {
  @Field(() => ID, { description: 'The seat. 席位' })
  seatId!: string;

  @Field({ description: 'Why. 原因' })
  reason!: string;
}

@ObjectType({ description: 'Party committee figures of a subtree. 社区党组织统计' })
export class CommitteeFiguresType {
  @Field(() => Int, { description: 'Community party committees. 社区党组织' })
  committees!: number;

  @Field(() => Int, { description: 'Big committees (大党委). 大党委' })
  bigCommittees!: number;

  @Field(() => Int, { description: 'Part-time members with an active seat today. 兼职委员' })
  partTimeMembers!: number;
}

const what = { description: 'What to do. 输入' };

/** Community party committees (大党委) and their seats. */
@Resolver(() => PartyCommittee)
export class CommitteeResolver {
  @Query(() => PartyCommittee, { description: "A community's party committee. 社区党委" })
  partyCommittee(
    @Arg('communityCode', { description: 'Community code. 社区代码' }) communityCode: string,
    @Ctx() ctx: Context,
  ) {
    return new CommitteeService(ctx).ofCommunity(communityCode);
  }

  @Query(() => [PartyCommittee], { description: 'The committees beneath a node. 辖区党组织' })
  @MaxItems(1000)
  partyCommittees(@Arg('under', { description: 'Node code. 节点代码' }) under: string, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).under(under);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The community. 社区' })
  community(@Root() c: PartyCommittee, @Ctx() ctx: Context) {
    return ctx.loaders.divisionById.load(c.community.id);
  }

  @Query(() => CommitteeFiguresType, {
    description: 'Committees, big committees and part-time members of a subtree. 党组织统计',
  })
  committeeFigures(
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return new CommitteeService(ctx).figures(code);
  }

  @Mutation(() => CommitteeSeat, { description: "Nominate your unit's delegate to a big committee. 推荐兼职委员" })
  nominateDelegate(@Arg('input', what) input: NominateDelegateInput, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).nominate(input);
  }

  @Mutation(() => CommitteeSeat, { description: 'Confirm or decline a nomination (the secretary). 确认兼职委员' })
  decideSeat(@Arg('input', what) input: DecideSeatInput, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).decide(input);
  }

  @Mutation(() => CommitteeSeat, { description: 'End a seat (the unit or the secretary); history is kept. 终止席位' })
  endSeat(@Arg('input', what) input: EndSeatInput, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).end(input);
  }

  @FieldResolver(() => [CommitteeSeat], { description: 'Its seats, all of them (history included). 委员席位' })
  @MaxItems(CAP.committeeSeats.limit)
  seats(@Root() c: PartyCommittee, @Ctx() ctx: Context) {
    return ctx.loaders.seatsOf.load(c.id);
  }
}

@Resolver(() => CommitteeSeat)
export class SeatResolver {
  @FieldResolver(() => Boolean, { description: 'Confirmed and within its term today (computed). 是否在任' })
  active(@Root() s: CommitteeSeat): boolean {
    return CommitteeService.active(s);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who holds it. 委员' })
  person(@Root() s: CommitteeSeat, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(s.person.id);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The member unit that delegated it. 推荐单位' })
  unit(@Root() s: CommitteeSeat, @Ctx() ctx: Context) {
    return s.unit ? ctx.loaders.organisationById.load(s.unit.id) : null;
  }
}
