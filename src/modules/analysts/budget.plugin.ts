import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { requestCost, UncoercibleVariables, withinCeiling } from '../../shared/cost';
import { chargeAnalyst } from './analyst';
import type { CostBudget } from './budget';

/**
 * Prices every operation before it runs (after validation), with its variables: refused over the
 * one ceiling (BAD_USER_INPUT, LIMITS.COST_EXCEEDED); otherwise an analyst is charged the same
 * cost to their budget, RATE_LIMITED once spent. One hook, so the two never disagree.
 */
export function costPlugin(budget?: CostBudget): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          let cost: number;
          try {
            cost = requestCost(schema, document, request.variables ?? {}, operationName);
          } catch (err) {
            // Variables that do not coerce stop execution before any resolver runs: it answers them.
            if (err instanceof UncoercibleVariables) return;
            throw err;
          }
          withinCeiling(cost);
          await chargeAnalyst(budget, contextValue.viewer, cost);
        },
      };
    },
  };
}
