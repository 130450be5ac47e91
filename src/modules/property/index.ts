import { CompoundResolver } from './property.resolver';
import { propertyRules } from './property.rules';

/** Red property (红色物业): compounds, property companies, owners' committees. */
export const propertyModule = { name: 'property', resolvers: [CompoundResolver], rules: propertyRules } as const;
