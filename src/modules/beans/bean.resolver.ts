import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionOf } from '../../shared/pagination';
import { BeanAccount } from './bean-account.entity';
import { BeanDonation } from './bean-donation.entity';
import { BeanFund } from './bean-fund.entity';
import { BeanTransfer } from './bean-transfer.entity';
import { BeanAccountKind } from './bean.enums';
import {
  AwardBeansInput,
  BeanHistoryArgs,
  CreateBeanFundInput,
  IssueBeansInput,
  RedeemBeansInput,
  ReverseBeanTransferInput,
  SettleBeansInput,
} from './bean.inputs';
import { BeanService } from './bean.service';
import { Organisation } from '../organisations';
import { CITY_CODE, DivisionService } from '../tree';
import { BeanFigures, BeanLedgerAudit } from './ledger.types';
import { auditLedger } from './ledger';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

export const { Edge: BeanTransferEdge, Connection: BeanTransferConnection } = connectionOf(
  BeanTransfer,
  'BeanTransfer',
  '金豆流水',
);

/** The answer of a transfer-making mutation. */
@ObjectType({ description: 'A transfer made, or the one made earlier with the same idempotency key. 流转结果' })
export class BeanTransferPayload {
  @Field(() => BeanTransfer, { description: 'The transfer. 流水' })
  transfer!: BeanTransfer;

  @Field({ description: 'True when the key had been used and this is the first result again. 是否重放' })
  replayed!: boolean;
}

const what = { description: 'What to do. 输入' };

/** Golden Beans (“金豆”): funds, accounts, and the ledger's transfers. */
@Resolver(() => BeanTransfer)
export class BeanResolver {
  @Query(() => BeanAccount, {
    nullable: true,
    description: 'Your volunteer account, if you have opened one. 我的金豆账户',
  })
  myBeanAccount(@Ctx() ctx: Context) {
    return new BeanService(ctx).myAccount();
  }

  @Query(() => BeanAccount, { description: 'An account you control or oversee. 金豆账户' })
  beanAccount(@Arg('id', () => ID, { description: 'The account. 账户' }) id: string, @Ctx() ctx: Context) {
    return new BeanService(ctx).account(id, 'id');
  }

  @Query(() => BeanFund, { description: 'A fund you manage. 金豆基金' })
  beanFund(@Arg('id', () => ID, { description: 'The fund. 基金' }) id: string, @Ctx() ctx: Context) {
    return new BeanService(ctx).fund(id, 'id');
  }

  @Query(() => BeanTransferConnection, { description: "An account's movements, newest first. 账户流水" })
  beanTransfers(@Args() args: BeanHistoryArgs, @Ctx() ctx: Context) {
    return new BeanService(ctx).history(args);
  }

  @Query(() => BeanLedgerAudit, { description: "The ledger's invariants, checked now (the bureau only). 金豆账本审计" })
  beanLedgerAudit(@Ctx() ctx: Context) {
    return auditLedger(ctx.em);
  }

  @Query(() => BeanFigures, { description: 'Golden Bean figures of a subtree (the city by default). 金豆统计' })
  async beanFigures(
    @Arg('code', () => String, { defaultValue: CITY_CODE, description: 'Node code. 节点代码' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return new BeanService(ctx).figures((await new DivisionService(ctx).byCode(code)).path);
  }

  @Mutation(() => BeanFund, { description: 'Create a fund for a subtree, with its accounts. 新建金豆基金' })
  createBeanFund(@Arg('input', what) input: CreateBeanFundInput, @Ctx() ctx: Context) {
    return new BeanService(ctx).createFund(input);
  }

  @Mutation(() => BeanAccount, { description: 'Open your volunteer account (or get it, if open). 开通志愿者账户' })
  openVolunteerAccount(@Ctx() ctx: Context) {
    return new BeanService(ctx).openVolunteerAccount();
  }

  @Mutation(() => BeanAccount, {
    description: "Open your organisation's merchant account (or get it, if open). 开通商家账户",
  })
  openMerchantAccount(
    @Arg('organisationId', () => ID, { description: 'The merchant organisation. 商家' }) organisationId: string,
    @Ctx() ctx: Context,
  ) {
    return new BeanService(ctx).openMerchantAccount(organisationId);
  }

  @Mutation(() => BeanTransferPayload, { description: 'Issue beans into a fund against a donation. 发行金豆' })
  issueBeans(@Arg('input', what) input: IssueBeansInput, @Ctx() ctx: Context) {
    return new BeanService(ctx).issue(input);
  }

  @Mutation(() => BeanTransferPayload, { description: 'Award beans for verified service. 服务奖励' })
  awardBeans(@Arg('input', what) input: AwardBeansInput, @Ctx() ctx: Context) {
    return new BeanService(ctx).award(input);
  }

  @Mutation(() => BeanTransferPayload, { description: 'Spend beans from your account at a merchant. 兑换' })
  redeemBeans(@Arg('input', what) input: RedeemBeansInput, @Ctx() ctx: Context) {
    return new BeanService(ctx).redeem(input);
  }

  @Mutation(() => BeanTransferPayload, { description: "Settle a merchant's beans with a fund. 结算" })
  settleBeans(@Arg('input', what) input: SettleBeansInput, @Ctx() ctx: Context) {
    return new BeanService(ctx).settle(input);
  }

  @Mutation(() => BeanTransferPayload, { description: 'Reverse a transfer with an opposite one. 冲正' })
  reverseBeanTransfer(@Arg('input', what) input: ReverseBeanTransferInput, @Ctx() ctx: Context) {
    return new BeanService(ctx).reverse(input);
  }

  @FieldResolver(() => ID, { description: 'The debited account. 付出账户' })
  fromAccountId(@Root() t: BeanTransfer): string {
    return String(t.from.id);
  }

  @FieldResolver(() => ID, { description: 'The credited account. 收入账户' })
  toAccountId(@Root() t: BeanTransfer): string {
    return String(t.to.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The transfer this one reverses. 被冲正流水' })
  reversesId(@Root() t: BeanTransfer): string | null {
    return t.reverses ? String(t.reverses.id) : null;
  }
}

/** Fields of funds. */
@Resolver(() => BeanFund)
export class BeanFundResolver {
  @FieldResolver(() => BeanAccount, { description: "The fund's beans available to award. 基金账户" })
  account(@Root() f: BeanFund, @Ctx() ctx: Context) {
    return new BeanService(ctx).fundAccount(f, BeanAccountKind.FUND);
  }

  @FieldResolver(() => [BeanDonation], { description: 'Donations backing the fund, newest first. 捐赠记录' })
  @MaxItems(CAP.fundDonations.limit)
  donations(@Root() f: BeanFund, @Ctx() ctx: Context) {
    return new BeanService(ctx).donations(f);
  }

  @FieldResolver(() => BeanAccount, {
    description: "The fund's issuance account (minus the beans in circulation). 发行账户",
  })
  issuance(@Root() f: BeanFund, @Ctx() ctx: Context) {
    return new BeanService(ctx).fundAccount(f, BeanAccountKind.ISSUANCE);
  }
}

/** Fields of donations. */
@Resolver(() => BeanDonation)
export class BeanDonationResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The donor. 捐赠方' })
  donor(@Root() d: BeanDonation, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(d.donor.id);
  }

  @FieldResolver(() => ID, { description: 'The issuance it backs. 发行流水' })
  issuanceId(@Root() d: BeanDonation): string {
    return String(d.issuance.id);
  }
}
