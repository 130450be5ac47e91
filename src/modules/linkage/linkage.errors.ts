import { defineErrors } from '../../shared/errors';

/** The reasons the linkage module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const LINKAGE_ERRORS = defineErrors('LINKAGE', {
  ALREADY_REGISTERED: { code: 'CONFLICT', meaning: 'The organisation or the credit code is already registered.' },
  BAD_CREDIT_CODE: {
    code: 'BAD_USER_INPUT',
    meaning: 'Not a valid unified social credit code (18 characters with its check character).',
  },
  LIMIT_REACHED: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: registered social organisations (`extensions.limit`).',
  },
  NOT_A_SOCIAL_ORGANISATION: { code: 'BAD_USER_INPUT', meaning: 'Only a social organisation registers here.' },
});

export const PROJECTS_ERRORS = defineErrors('PROJECTS', {
  BAD_COMMUNITIES: {
    code: 'BAD_USER_INPUT',
    meaning: "A project serves one or more communities within the buyer's subtree.",
  },
  BAD_PERIOD: { code: 'BAD_USER_INPUT', meaning: 'The project ends before it starts.' },
  BAD_WORKERS: { code: 'BAD_USER_INPUT', meaning: "Assigned workers are the contractor's social workers." },
  BUDGET_RESTRICTED: { code: 'FORBIDDEN', meaning: "Only the buyer's chain sees a project's budget." },
  NOT_ASSIGNED: { code: 'BAD_USER_INPUT', meaning: 'The worker is not assigned to the project.' },
  NOT_A_BUYER: {
    code: 'BAD_USER_INPUT',
    meaning: 'Services are bought by the bureau, a street office or a community committee.',
  },
  NOT_A_CONTRACTOR: { code: 'BAD_USER_INPUT', meaning: 'The contractor is a social organisation.' },
  NOT_RUNNING: { code: 'CONFLICT', meaning: 'Services are recorded while the project runs.' },
  OUTSIDE_PERIOD: { code: 'BAD_USER_INPUT', meaning: "The date is outside the project's period." },
  TOO_MANY_RECORDS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: service records of a project (`extensions.limit`).',
  },
  UNKNOWN_PROJECT: { code: 'NOT_FOUND', meaning: 'No project has the id given.' },
  WRONG_STEP: { code: 'CONFLICT', meaning: 'The project cannot move to that status from its current one.' },
});
