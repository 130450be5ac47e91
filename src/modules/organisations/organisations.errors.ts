import { defineErrors } from '../../shared/errors';

/** The reasons the organisations module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const ORG_ERRORS = defineErrors('ORG', {
  ALREADY_DECIDED: { code: 'CONFLICT', meaning: 'The application was already approved or rejected.' },
  NOT_ACTIVE: { code: 'CONFLICT', meaning: 'Only an approved organisation can accept beans.' },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', meaning: 'Give a reason when declining.' },
  TOO_MANY_AT_NODE: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: active organisations at a node (`extensions.limit`).',
  },
  UNKNOWN_ORGANISATION: { code: 'NOT_FOUND', meaning: 'No organisation has the id given.' },
});
