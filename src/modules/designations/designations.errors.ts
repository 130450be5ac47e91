import { defineErrors } from '../../shared/errors';

/** The reasons the designations module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const DESIGNATIONS_ERRORS = defineErrors('DESIGNATIONS', {
  BAD_YEAR: { code: 'BAD_USER_INPUT', meaning: 'The five batches run from 2019.' },
  LIMIT_REACHED: { code: 'CONFLICT', meaning: 'The cap is reached: designations (`extensions.limit`).' },
});
