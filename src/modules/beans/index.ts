import { defineModule } from '../../shared/module';
import { BeanAccount } from './bean-account.entity';
import { BeanDonation } from './bean-donation.entity';
import { BeanFund } from './bean-fund.entity';
import { BeanTransfer } from './bean-transfer.entity';
import { beanExportRouter } from './bean.export';
import { beanLoaders } from './bean.loaders';
import { BeanDonationResolver, BeanFundResolver, BeanResolver } from './bean.resolver';
import { beanRules } from './bean.rules';
import { CatalogueItem, Redemption } from './catalogue.entities';
import { Participation, Volunteer, VolunteerActivity, VolunteerStation } from './volunteer.entities';
import {
  ActivityResolver,
  CatalogueItemResolver,
  ParticipationResolver,
  StationResolver,
  VolunteerResolver,
} from './volunteer.resolver';
import { volunteerRules } from './volunteer.rules';

// Bounds for the table of list bounds.
export { LEDGER_VIOLATIONS_MAX } from './ledger';
export { ACTIVITY_CAPACITY_MAX } from './volunteer.service';

/**
 * Golden Beans (“金豆”): the fund, accounts and the double-entry ledger, with their statements
 * exported as CSV; earning and spending beans: volunteers at stations, merchants' catalogues.
 */
export const beansModule = defineModule({
  name: 'beans',
  entities: [
    BeanFund,
    BeanAccount,
    BeanTransfer,
    BeanDonation,
    Volunteer,
    VolunteerStation,
    VolunteerActivity,
    Participation,
    CatalogueItem,
    Redemption,
  ],
  resolvers: [
    BeanResolver,
    BeanFundResolver,
    BeanDonationResolver,
    VolunteerResolver,
    StationResolver,
    ParticipationResolver,
    ActivityResolver,
    CatalogueItemResolver,
  ],
  rules: [beanRules, volunteerRules],
  loaders: beanLoaders,
  routers: [{ path: '/export', router: (deps) => beanExportRouter(deps.orm, deps.config) }],
});
