import { Role } from '../../auth/roles';
import type { Viewer } from '../../auth/viewer';
import { AppError } from '../../shared/errors';
import type { CostBudget } from './budget';

/** True when the caller is a person holding the ANALYST role (analysts' budgets and saved queries are theirs). */
export function isAnalyst(viewer: Viewer): boolean {
  return viewer.kind === 'person' && viewer.grants.some((g) => g.role === Role.ANALYST);
}

/** The organisations the caller is an analyst of (their ANALYST assignments' organisations), in assignment order. */
export function analystOrganisations(viewer: Viewer): number[] {
  if (viewer.kind !== 'person') return [];
  return [
    ...new Set(
      viewer.grants.filter((g) => g.role === Role.ANALYST && g.organisationId !== null).map((g) => g.organisationId!),
    ),
  ];
}

/** RATE_LIMITED (HTTP 429, `Retry-After`): the analyst's budget for this window is spent. */
export function budgetExceeded(budget: CostBudget, cost: number, retryAfterSeconds: number): AppError {
  const err = new AppError(
    'RATE_LIMITED',
    'ANALYTICS.BUDGET_EXCEEDED',
    `This operation costs ${cost}; your analyst budget of ${budget.limit} per ${budget.windowSeconds} s is spent. Try again in ${retryAfterSeconds} s.`,
  );
  Object.assign(err.extensions, {
    retryAfterSeconds,
    cost,
    budget: budget.limit,
    windowSeconds: budget.windowSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
  return err;
}

/** Charges `cost` to the caller's budget when the caller is an analyst; RATE_LIMITED when it does not fit. */
export async function chargeAnalyst(budget: CostBudget | undefined, viewer: Viewer, cost: number): Promise<void> {
  if (!budget || !isAnalyst(viewer)) return;
  const charge = await budget.charge(viewer.personId!, cost);
  if (!charge.ok) throw budgetExceeded(budget, cost, charge.retryAfterSeconds);
}
