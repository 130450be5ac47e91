import { BeanFundResolver, BeanResolver } from './bean.resolver';
import { beanRules } from './bean.rules';

/** Golden Beans (“金豆”): the fund, accounts and the double-entry ledger. */
export const beansModule = { name: 'beans', resolvers: [BeanResolver, BeanFundResolver], rules: beanRules } as const;
