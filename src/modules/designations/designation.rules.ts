import { allow, argsRule, isPerson, isSignedIn, and } from '../../shared/rules';
import { CITY_PATH } from '../tree';

const bureau = argsRule('designations:grant', (ctx) => ctx.viewer.canOversee(CITY_PATH));

/** Honours are public to signed-in callers; the bureau grants them. */
export const designationRules = {
  Query: { designations: isSignedIn, fiveBatches: isSignedIn },
  Mutation: { designate: and(isPerson, bureau) },
  Designation: isSignedIn,
  FiveBatchesRow: allow,
};
