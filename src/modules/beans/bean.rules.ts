import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and } from '../../shared/rules';
import { CITY_PATH, figuresOfNodeRule } from '../tree';
import type { BeanAccount } from './bean-account.entity';
import type { BeanFund } from './bean-fund.entity';
import { BeanAccountKind } from './bean.enums';
import { BeanService } from './bean.service';

/**
 * Who controls an account — and so may read it and move beans out of it: the volunteer their
 * own; a merchant's admin its merchant's; the bureau, district or street above a fund its fund's.
 */
export function controls(ctx: Context, account: BeanAccount): boolean {
  const v = ctx.viewer;
  if (v.kind !== 'person') return false;
  switch (account.kind) {
    case BeanAccountKind.VOLUNTEER:
      return account.person?.id === v.personId;
    case BeanAccountKind.MERCHANT:
      return !!account.organisation && v.adminsOrganisation(account.organisation.id);
    default:
      return v.canOversee(account.scopePath);
  }
}

const managesFund = (ctx: Context, fund: BeanFund) => ctx.viewer.canOversee(fund.divisionPath);

const readAccount = argsRule<{ id?: string; accountId?: string }>('beans:account', async (ctx, _p, args) =>
  controls(ctx, await new BeanService(ctx).account((args.id ?? args.accountId)!, args.id ? 'id' : 'accountId')),
);
const createFund = argsRule<{ input: { divisionCode: string } }>('beans:createFund', async (ctx, _p, { input }) =>
  ctx.viewer.canOversee((await new BeanService(ctx).fundDivision(input.divisionCode)).path),
);
const readFund = argsRule<{ id: string }>('beans:readFund', async (ctx, _p, args) =>
  managesFund(ctx, await new BeanService(ctx).fund(args.id, 'id')),
);
const fromFund = argsRule<{ input: { fundId: string } }>('beans:fund', async (ctx, _p, { input }) =>
  managesFund(ctx, await new BeanService(ctx).fund(input.fundId)),
);
const fromMerchant = argsRule<{ input: { merchantAccountId: string } }>('beans:merchant', async (ctx, _p, { input }) =>
  controls(ctx, await new BeanService(ctx).account(input.merchantAccountId, 'merchantAccountId')),
);
const adminsMerchant = argsRule<{ organisationId: string }>('beans:openMerchant', (ctx, _p, args) =>
  ctx.viewer.adminsOrganisation(Number(args.organisationId)),
);
const reverse = argsRule<{ input: { transferId: string } }>('beans:reverse', async (ctx, _p, { input }) => {
  const beans = new BeanService(ctx);
  const original = await beans.transferById(input.transferId);
  const [from, to] = await Promise.all([
    beans.account(String(original.from.id)),
    beans.account(String(original.to.id)),
  ]);
  return ctx.viewer.canOversee(from.scopePath) && ctx.viewer.canOversee(to.scopePath);
});
const auditor = argsRule('beans:audit', (ctx) => ctx.viewer.canOversee(CITY_PATH));
const readFigures = figuresOfNodeRule('beans:figures');

/** Who may read and move Golden Beans. Nobody moves beans out of an account they do not control. */
export const beanRules = {
  Query: {
    myBeanAccount: isPerson,
    beanAccount: and(isPerson, readAccount),
    beanTransfers: and(isPerson, readAccount),
    beanLedgerAudit: and(isPerson, auditor),
    beanFigures: readFigures,
    beanFund: and(isPerson, readFund),
  },
  Mutation: {
    createBeanFund: and(isPerson, createFund),
    openVolunteerAccount: isPerson,
    openMerchantAccount: and(isPerson, adminsMerchant),
    issueBeans: and(isPerson, fromFund),
    awardBeans: and(isPerson, fromFund),
    // From the caller's own volunteer account, by construction.
    redeemBeans: isPerson,
    settleBeans: and(isPerson, fromMerchant),
    reverseBeanTransfer: and(isPerson, reverse),
  },
  BeanAccount: { '*': objectRule<BeanAccount>('beans:seeAccount', controls) },
  BeanFund: { '*': objectRule<BeanFund>('beans:seeFund', managesFund) },
  // Reached only through the guarded entry points above.
  BeanTransfer: isSignedIn,
  BeanTransferPayload: isSignedIn,
  BeanTransferConnection: isSignedIn,
  BeanTransferEdge: isSignedIn,
  BeanLedgerAudit: isSignedIn,
  LedgerViolation: isSignedIn,
  BeanFigures: isSignedIn,
  // Reached only through a fund, which its managers alone may read.
  BeanDonation: isSignedIn,
};
