import { defineModule } from '../../shared/module';
import { SocialOrganisation, SocialOrganisationArea, SocialWorker } from './linkage.entities';
import { linkageLoaders } from './linkage.loaders';
import { SocialOrganisationResolver, SocialWorkerResolver } from './linkage.resolver';
import { linkageRules } from './linkage.rules';
import { ServiceProject, ServiceProjectCommunity, ServiceProjectWorker, ServiceRecord } from './project.entities';
import { ProjectResolver } from './project.resolver';
import { projectRules } from './project.rules';

// What other modules may use: service projects (a designation may name one).
export type { ServiceProject } from './project.entities';
// The check character of a unified social credit code (the city's reference data carries valid ones).
export { withCheck } from './credit-code';

/**
 * The three-way linkage (三社联动): social organisations and licensed social workers, and the
 * service projects bought from them (政府购买服务项目).
 */
export const linkageModule = defineModule({
  name: 'linkage',
  entities: [
    SocialOrganisation,
    SocialOrganisationArea,
    SocialWorker,
    ServiceProject,
    ServiceProjectCommunity,
    ServiceProjectWorker,
    ServiceRecord,
  ],
  resolvers: [SocialOrganisationResolver, SocialWorkerResolver, ProjectResolver],
  rules: [linkageRules, projectRules],
  loaders: linkageLoaders,
});
