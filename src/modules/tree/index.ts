import { DivisionResolver } from './division.resolver';
import { divisionRules } from './division.rules';

/** The governance tree (五级治理). */
export const treeModule = { name: 'tree', resolvers: [DivisionResolver], rules: divisionRules } as const;
