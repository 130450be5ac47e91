import { defineModule } from '../../shared/module';
import { Designation } from './designation.entities';
import { DesignationResolver } from './designation.resolver';
import { designationRules } from './designation.rules';

// The five batches (五个一批), for the table of list bounds.
export { FIVE_BATCHES } from './designation.entities';

/** Demonstrations and pilots (示范/试点), and the yearly five batches (五个一批). */
export const designationsModule = defineModule({
  name: 'designations',
  entities: [Designation],
  resolvers: [DesignationResolver],
  rules: designationRules,
});
