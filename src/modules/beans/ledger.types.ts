import { Field, Int, ObjectType } from 'type-graphql';
import { MaxItems } from '../../shared/cost';
import { LEDGER_VIOLATIONS_MAX } from './ledger';

/** A broken invariant. */
@ObjectType({ description: 'An invariant the ledger breaks. 违反的不变量' })
export class LedgerViolation {
  @Field({ description: 'Which invariant. 规则' })
  rule!: string;

  @Field({ description: 'Where and by how much. 详情' })
  detail!: string;
}

/** The auditor's report. */
@ObjectType({ description: "The ledger auditor's report: the invariants and the totals checked. 金豆账本审计" })
export class BeanLedgerAudit {
  @Field(() => Int, { description: 'Transfers. 流水数' })
  transfers!: number;

  @Field(() => Int, { description: 'Accounts. 账户数' })
  accounts!: number;

  @Field(() => Int, { description: 'Beans ever issued (out of issuance accounts). 累计发行' })
  issued!: number;

  @Field(() => Int, { description: 'Beans retired by settlement (into issuance accounts). 累计回收' })
  retired!: number;

  @Field(() => Int, { description: 'Beans in circulation: every account but issuance. 流通中' })
  outstanding!: number;

  @Field(() => [LedgerViolation], { description: 'Broken invariants: empty when the ledger is sound. 违反项' })
  @MaxItems(LEDGER_VIOLATIONS_MAX)
  violations!: LedgerViolation[];
}

/** Golden Bean aggregates of a subtree. */
@ObjectType({ description: 'Golden Bean figures of a subtree. 金豆统计' })
export class BeanFigures {
  @Field(() => Int, { description: 'Registered volunteers living in the subtree. 志愿者人数' })
  volunteers!: number;

  @Field(() => Int, { description: 'Beans issued by funds of the subtree. 发行' })
  issued!: number;

  @Field(() => Int, { description: 'Beans earned by volunteers of the subtree. 奖励' })
  earned!: number;

  @Field(() => Int, { description: 'Beans redeemed at merchants of the subtree. 兑换' })
  redeemed!: number;

  @Field(() => Int, { description: 'Beans settled by merchants of the subtree. 结算' })
  settled!: number;

  @Field(() => Int, { description: 'Beans held by volunteers and merchants of the subtree. 持有' })
  held!: number;
}
