import { PersonResolver } from './person.resolver';
import { personRules } from './person.rules';

/** People and their masked personal data. */
export const peopleModule = { name: 'people', resolvers: [PersonResolver], rules: personRules } as const;
