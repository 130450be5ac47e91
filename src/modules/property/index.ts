import { defineModule } from '../../shared/module';
import { Compound, PropertyCompanyProfile } from './property.entities';
import { propertyLoaders } from './property.loaders';
import { CompoundResolver } from './property.resolver';
import { propertyRules } from './property.rules';

/** Red property (红色物业): compounds, property companies, owners' committees. */
export const propertyModule = defineModule({
  name: 'property',
  entities: [PropertyCompanyProfile, Compound],
  resolvers: [CompoundResolver],
  rules: propertyRules,
  loaders: propertyLoaders,
});
