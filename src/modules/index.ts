import { analyticsModule } from './analytics';
import { auditModule } from './audit';
import { beansModule, volunteersModule } from './beans';
import { authModule } from './auth';
import { committeesModule } from './committees';
import { consultationModule } from './consultation';
import { designationsModule } from './designations';
import { facilitiesModule } from './facilities';
import { linkageModule, projectsModule } from './linkage';
import { organisationsModule } from './organisations';
import { peopleModule } from './people';
import { propertyModule } from './property';
import { rolesModule } from './roles';
import { staffModule } from './staff';
import { tokensModule } from './tokens';
import { treeModule } from './tree';
import { worklistModule } from './worklist';

/** Every capability of the platform: its resolvers and its permission rules. */
export const MODULES = [treeModule, peopleModule, organisationsModule, rolesModule, authModule, tokensModule, auditModule, analyticsModule, beansModule, volunteersModule, worklistModule, facilitiesModule, staffModule, designationsModule, linkageModule, committeesModule, projectsModule, propertyModule, consultationModule];
