import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { chargeAnalyst } from './analyst';
import type { CostBudget } from './budget';
import { operationCost } from './cost';

/**
 * Charges every operation an analyst sends to their budget, before it runs (after validation,
 * so graphql-armor's per-query limits have already passed): refused with RATE_LIMITED once spent.
 */
export function analystBudgetPlugin(budget: CostBudget): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (operation) await chargeAnalyst(budget, contextValue.viewer, operationCost(schema, document, operation));
        },
      };
    },
  };
}
