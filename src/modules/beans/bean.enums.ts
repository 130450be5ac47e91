import { registerEnumType } from 'type-graphql';

/** What an account of the bean ledger belongs to. */
export enum BeanAccountKind {
  /** A fund's beans, available to award. */
  FUND = 'FUND',
  /** A fund's issuance: its balance is minus the beans it has put in circulation and not yet retired. */
  ISSUANCE = 'ISSUANCE',
  VOLUNTEER = 'VOLUNTEER',
  MERCHANT = 'MERCHANT',
}

/** Why beans moved. */
export enum BeanTransferKind {
  /** Issuance against a donation: ISSUANCE → FUND. */
  ISSUE = 'ISSUE',
  /** Verified service hours: FUND → VOLUNTEER. */
  EARN = 'EARN',
  /** A redemption at a merchant: VOLUNTEER → MERCHANT. */
  REDEEM = 'REDEEM',
  /** A merchant settles beans back with the fund, retiring them: MERCHANT → ISSUANCE. */
  SETTLE = 'SETTLE',
  /** Undoes an earlier transfer (never an edit). */
  REVERSAL = 'REVERSAL',
}

registerEnumType(BeanAccountKind, {
  name: 'BeanAccountKind',
  description: 'Owner of a Golden Bean account. 金豆账户类型',
  valuesConfig: {
    FUND: { description: "A fund's beans available to award. 基金账户" },
    ISSUANCE: { description: "A fund's issuance (minus the beans in circulation). 发行账户" },
    VOLUNTEER: { description: "A volunteer's beans. 志愿者账户" },
    MERCHANT: { description: "A merchant's beans. 商家账户" },
  },
});

registerEnumType(BeanTransferKind, {
  name: 'BeanTransferKind',
  description: 'Why Golden Beans moved. 金豆流转类型',
  valuesConfig: {
    ISSUE: { description: 'Issued against a donation. 发行' },
    EARN: { description: 'Earned for verified service. 服务奖励' },
    REDEEM: { description: 'Redeemed at a merchant. 兑换' },
    SETTLE: { description: 'Settled back with the fund. 结算' },
    REVERSAL: { description: 'Reverses an earlier transfer. 冲正' },
  },
});
