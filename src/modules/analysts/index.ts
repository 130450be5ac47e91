import { SavedQueryResolver } from './saved-query.resolver';
import { savedQueryRules } from './saved-query.rules';

/** Analysts' saved queries, shared within their organisation and exported as CSV; their cost budgets. */
export const analystsModule = { name: 'analysts', resolvers: [SavedQueryResolver], rules: savedQueryRules } as const;
