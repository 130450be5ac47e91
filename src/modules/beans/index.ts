import { BeanDonationResolver, BeanFundResolver, BeanResolver } from './bean.resolver';
import { beanRules } from './bean.rules';
import { ActivityResolver, CatalogueItemResolver, ParticipationResolver, StationResolver, VolunteerResolver } from './volunteer.resolver';
import { volunteerRules } from './volunteer.rules';

/** Golden Beans (“金豆”): the fund, accounts and the double-entry ledger. */
export const beansModule = { name: 'beans', resolvers: [BeanResolver, BeanFundResolver, BeanDonationResolver], rules: beanRules } as const;

/** Earning and spending beans: volunteers at stations, merchants' catalogues. */
export const volunteersModule = {
  name: 'volunteers',
  resolvers: [VolunteerResolver, StationResolver, ParticipationResolver, ActivityResolver, CatalogueItemResolver],
  rules: volunteerRules,
} as const;
