import { StaffResolver } from './staff.resolver';
import { staffRules } from './staff.rules';

/** Staff and pay (专职社区工作者, 村干部): the pay scale, records, pay restricted to HR. */
export const staffModule = { name: 'staff', resolvers: [StaffResolver], rules: staffRules } as const;
