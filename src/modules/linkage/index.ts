import { SocialOrganisationResolver, SocialWorkerResolver } from './linkage.resolver';
import { linkageRules } from './linkage.rules';

/** The three-way linkage (三社联动): social organisations and licensed social workers. */
export const linkageModule = { name: 'linkage', resolvers: [SocialOrganisationResolver, SocialWorkerResolver], rules: linkageRules } as const;
