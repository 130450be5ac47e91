import { DesignationResolver } from './designation.resolver';
import { designationRules } from './designation.rules';

/** Demonstrations and pilots (示范/试点), and the yearly five batches (五个一批). */
export const designationsModule = { name: 'designations', resolvers: [DesignationResolver], rules: designationRules } as const;
