import { defineModule } from '../../shared/module';
import { Person } from './person.entity';
import { personLoaders } from './person.loaders';
import { PersonResolver } from './person.resolver';
import { personRules } from './person.rules';

// What other modules may use: people, the rules about them, and how a phone number is masked.
export { Person } from './person.entity';
export { PersonService } from './person.service';
export { maskPhone } from './masking';
// The check character of an identity number (the city's generated residents carry valid ones).
export { idCheckCharacter } from './masking';

/** People and their masked personal data. */
export const peopleModule = defineModule({
  name: 'people',
  entities: [Person],
  resolvers: [PersonResolver],
  rules: personRules,
  loaders: personLoaders,
});
