import { Field, Int, ObjectType } from 'type-graphql';

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
  violations!: LedgerViolation[];
}
