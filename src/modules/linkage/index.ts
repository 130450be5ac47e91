import { SocialOrganisationResolver, SocialWorkerResolver } from './linkage.resolver';
import { linkageRules } from './linkage.rules';
import { ProjectResolver } from './project.resolver';
import { projectRules } from './project.rules';

/** The three-way linkage (三社联动): social organisations and licensed social workers. */
export const linkageModule = { name: 'linkage', resolvers: [SocialOrganisationResolver, SocialWorkerResolver], rules: linkageRules } as const;

/** Service projects bought from social organisations (政府购买服务项目). */
export const projectsModule = { name: 'projects', resolvers: [ProjectResolver], rules: projectRules } as const;
