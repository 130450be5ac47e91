import { OrganisationResolver } from './organisation.resolver';
import { organisationRules } from './organisation.rules';

/** Organisations and partners joining. */
export const organisationsModule = { name: 'organisations', resolvers: [OrganisationResolver], rules: organisationRules } as const;
