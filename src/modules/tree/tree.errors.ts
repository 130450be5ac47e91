import { defineErrors } from '../../shared/errors';

/** The reasons the tree module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const TREE_ERRORS = defineErrors('TREE', {
  BAD_CODE: { code: 'BAD_USER_INPUT', meaning: 'Not a division code (12, 15 or 18 digits).' },
  BAD_NAME: { code: 'BAD_USER_INPUT', meaning: 'The name must be 1–100 characters.' },
  BAD_NAME_FILTER: { code: 'BAD_USER_INPUT', meaning: 'nameContains must be 1–50 characters.' },
  NOT_A_BUILDING: { code: 'BAD_USER_INPUT', meaning: 'Only buildings have a household head.' },
  UNKNOWN_CODE: { code: 'NOT_FOUND', meaning: 'No division has the code given.' },
});
