import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';

/** A new fund. */
@InputType({ description: 'A new Golden Bean fund at the bureau or a street. 新建金豆基金' })
export class CreateBeanFundInput {
  @Field({ description: 'Name, 2–120 characters. 名称' })
  name!: string;

  @Field({ description: 'The node whose subtree it serves (code). 节点代码' })
  divisionCode!: string;
}

/** Fields every transfer-making mutation takes. */
@InputType('BeanTransferFields', { description: 'Amount, idempotency key and memo of a transfer. 金豆流转字段' })
export class TransferFields {
  @Field(() => Int, { description: 'Beans, a whole number above zero. 数量' })
  amount!: number;

  @Field({ description: 'Your key for this request (8–100 characters): resending it returns the first result. 幂等键' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'What it is for, ≤ 200 characters. 备注' })
  memo?: string | null;
}

/** Issuance against a donation. */
@InputType({ description: 'Issue beans into a fund against a donation. 发行金豆' })
export class IssueBeansInput extends TransferFields {
  @Field(() => ID, { description: 'The fund. 基金' })
  fundId!: string;

  @Field(() => ID, { description: 'The donor organisation (enterprise, social organisation, …). 捐赠方' })
  donorOrganisationId!: string;

  @Field(() => Int, { description: 'The donation in yuan, above zero. 捐赠金额（元）' })
  donationYuan!: number;
}

/** An award for verified service. */
@InputType({ description: "Award beans from a fund to a volunteer's account for verified service. 服务奖励" })
export class AwardBeansInput extends TransferFields {
  @Field(() => ID, { description: 'The paying fund. 基金' })
  fundId!: string;

  @Field(() => ID, { description: "The volunteer's account. 志愿者账户" })
  accountId!: string;
}

/** A redemption at a merchant. */
@InputType({ description: 'Spend beans from your own account at a merchant. 兑换' })
export class RedeemBeansInput extends TransferFields {
  @Field(() => ID, { description: "The merchant's account. 商家账户" })
  merchantAccountId!: string;
}

/** A merchant's settlement with a fund. */
@InputType({ description: "Settle a merchant's beans back with a fund, retiring them. 结算" })
export class SettleBeansInput extends TransferFields {
  @Field(() => ID, { description: "The merchant's account. 商家账户" })
  merchantAccountId!: string;

  @Field(() => ID, { description: 'The fund. 基金' })
  fundId!: string;
}

/** A reversal. */
@InputType({ description: 'Reverse a transfer with an opposite one. 冲正' })
export class ReverseBeanTransferInput {
  @Field(() => ID, { description: 'The transfer to reverse. 原流水' })
  transferId!: string;

  @Field({ description: 'Your key for this request. 幂等键' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'Why. 原因' })
  memo?: string | null;
}

/** A page of an account's history. */
@ArgsType()
export class BeanHistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'The account. 账户' })
  accountId!: string;
}
