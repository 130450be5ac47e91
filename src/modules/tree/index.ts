import { defineModule } from '../../shared/module';
import { Division } from './division.entity';
import { divisionLoaders } from './division.loaders';
import { DivisionResolver } from './division.resolver';
import { divisionRules } from './division.rules';

// What other modules may use: the tree's nodes, their kinds, the city's code and path, the tree's service.
export { Division } from './division.entity';
export { CommunityType, DivisionKind } from './division.enums';
export { CITY_CODE, CITY_PATH, DIVISION_CHILDREN_MAX } from './division.constants';
export { DivisionService } from './division.service';
export { figuresOfNodeRule } from './division.rules';

/** The governance tree (五级治理). */
export const treeModule = defineModule({
  name: 'tree',
  entities: [Division],
  resolvers: [DivisionResolver],
  rules: divisionRules,
  loaders: divisionLoaders,
});
