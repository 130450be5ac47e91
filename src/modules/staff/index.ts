import { defineModule } from '../../shared/module';
import { PayScale, StaffRecord } from './staff.entities';
import { staffLoaders } from './staff.loaders';
import { StaffResolver } from './staff.resolver';
import { staffRules } from './staff.rules';

/** Staff and pay (专职社区工作者, 村干部): the pay scale, records, pay restricted to HR. */
export const staffModule = defineModule({
  name: 'staff',
  entities: [PayScale, StaffRecord],
  resolvers: [StaffResolver],
  rules: staffRules,
  loaders: staffLoaders,
});
