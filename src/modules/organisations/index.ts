import { defineModule } from '../../shared/module';
import { Organisation } from './organisation.entity';
import { organisationLoaders } from './organisation.loaders';
import { OrganisationResolver } from './organisation.resolver';
import { organisationRules } from './organisation.rules';

// What other modules may use: organisations, their kinds and statuses, their service and who governs them.
export { Organisation } from './organisation.entity';
export { OrganisationKind, OrganisationStatus } from './organisation.enums';
export { assertNodeRoom, OrganisationService } from './organisation.service';
export { governsOrganisation } from './organisation.access';

/** Organisations and partners joining. */
export const organisationsModule = defineModule({
  name: 'organisations',
  entities: [Organisation],
  resolvers: [OrganisationResolver],
  rules: organisationRules,
  loaders: organisationLoaders,
});
