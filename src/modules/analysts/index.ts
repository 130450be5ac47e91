import { defineModule } from '../../shared/module';
import { AnalystCostWindow } from './analyst-cost.entity';
import { costPlugin } from './budget.plugin';
import { SavedQuery } from './saved-query.entity';
import { savedQueryExportRouter } from './saved-query.export';
import { SavedQueryResolver } from './saved-query.resolver';
import { savedQueryRules } from './saved-query.rules';

// What the server uses: analysts' cost budgets.
export { createBudget, type CostBudget } from './budget';
// The bound of the saved queries listed, for the table of list bounds.
export { SAVED_QUERIES_LISTED_MAX } from './saved-query.service';

/** Analysts' saved queries, shared within their organisation and exported as CSV; their cost budgets. */
export const analystsModule = defineModule({
  name: 'analysts',
  entities: [SavedQuery, AnalystCostWindow],
  resolvers: [SavedQueryResolver],
  rules: savedQueryRules,
  routers: [{ path: '/export', router: (deps) => savedQueryExportRouter(deps) }],
  plugins: [(deps) => costPlugin(deps.budget)],
});
