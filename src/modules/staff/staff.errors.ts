import { defineErrors } from '../../shared/errors';

/** The reasons the staff module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const STAFF_ERRORS = defineErrors('STAFF', {
  PAY_RESTRICTED: { code: 'FORBIDDEN', meaning: "The viewer may not see this staff member's pay." },
});
