import { defineModule } from '../../shared/module';
import { Facility, FacilityUpgrade } from './facility.entities';
import { facilityLoaders } from './facility.loaders';
import { FacilityResolver } from './facility.resolver';
import { facilityRules } from './facility.rules';

// Facility kinds, for the table of list bounds.
export { FacilityKind } from './facility.enums';

/** Service facilities (综合服务设施): areas, computed compliance, upgrades, figures. */
export const facilitiesModule = defineModule({
  name: 'facilities',
  entities: [Facility, FacilityUpgrade],
  resolvers: [FacilityResolver],
  rules: facilityRules,
  loaders: facilityLoaders,
});
