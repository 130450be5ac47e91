import { defineErrors } from '../../shared/errors';

/** The reasons the worklist module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const WORKLIST_ERRORS = defineErrors('WORKLIST', {
  ALREADY_CLOSED: { code: 'CONFLICT', meaning: 'The report is already closed.' },
  ALREADY_DECIDED: { code: 'CONFLICT', meaning: 'The request was already approved or rejected.' },
  LABEL_TAKEN: { code: 'CONFLICT', meaning: 'A version already has this label.' },
  NOT_A_COMMUNITY: { code: 'BAD_USER_INPUT', meaning: 'Tasks and reports concern a community or village.' },
  NOT_A_DEPARTMENT: { code: 'BAD_USER_INPUT', meaning: 'Only an active government department does this.' },
  NOT_ON_LIST: { code: 'CONFLICT', meaning: 'The item code is not a work item of the list in force.' },
  NO_VERSION: { code: 'NOT_FOUND', meaning: 'No version of the list has been published.' },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', meaning: 'Give a reason when rejecting.' },
  TOO_MANY_ITEMS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: items of a work-list version (`extensions.limit`).',
  },
  TOO_MANY_REPORTS: { code: 'CONFLICT', meaning: 'The cap is reached: out-of-list reports (`extensions.limit`).' },
  TOO_MANY_REQUESTS: { code: 'CONFLICT', meaning: 'The cap is reached: access requests (`extensions.limit`).' },
  TOO_MANY_TASKS: { code: 'CONFLICT', meaning: 'The cap is reached: tasks of a community (`extensions.limit`).' },
  TOO_MANY_VERSIONS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: published work-list versions (`extensions.limit`).',
  },
  UNKNOWN_CODES: { code: 'BAD_USER_INPUT', meaning: 'Some codes are not on the list.' },
  UNKNOWN_REPORT: { code: 'NOT_FOUND', meaning: 'No report has the id given.' },
  UNKNOWN_REQUEST: { code: 'NOT_FOUND', meaning: 'No access request has the id given.' },
  UNKNOWN_VERSION: { code: 'NOT_FOUND', meaning: 'No version has the id given.' },
});
