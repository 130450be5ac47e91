import { provideLoaders } from '../loaders';
import { composeModules } from '../shared/module';
import { analystsModule } from './analysts';
import { analyticsModule } from './analytics';
import { auditModule } from './audit';
import { authModule } from './auth';
import { beansModule } from './beans';
import { committeesModule } from './committees';
import { consultationModule } from './consultation';
import { designationsModule } from './designations';
import { facilitiesModule } from './facilities';
import { linkageModule } from './linkage';
import { organisationsModule } from './organisations';
import { peopleModule } from './people';
import { propertyModule } from './property';
import { rolesModule } from './roles';
import { staffModule } from './staff';
import { tokensModule } from './tokens';
import { treeModule } from './tree';
import { worklistModule } from './worklist';

/**
 * Every capability of the platform, one line each: its manifest (src/shared/module.ts) says what
 * it contributes. Entities, resolvers, rules, loaders, routes and plugins are read from here.
 */
export const MODULES = [
  treeModule,
  peopleModule,
  organisationsModule,
  rolesModule,
  authModule,
  tokensModule,
  auditModule,
  analyticsModule,
  beansModule,
  worklistModule,
  facilitiesModule,
  staffModule,
  designationsModule,
  linkageModule,
  committeesModule,
  propertyModule,
  consultationModule,
  analystsModule,
] as const;

/** The modules added up, checked at start: two modules declaring the same loader, rule or entity is an error naming both. */
export const PLATFORM = composeModules(MODULES);

provideLoaders(PLATFORM.loaders);
