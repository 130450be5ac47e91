import { FacilityResolver } from './facility.resolver';
import { facilityRules } from './facility.rules';

/** Service facilities (综合服务设施): areas, computed compliance, upgrades, figures. */
export const facilitiesModule = { name: 'facilities', resolvers: [FacilityResolver], rules: facilityRules } as const;
