import { defineErrors } from '../../shared/errors';

/** The reasons the analysts module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const ANALYSTS_ERRORS = defineErrors('ANALYSTS', {
  ANALYST_REQUIRED: { code: 'FORBIDDEN', meaning: 'Only analysts use saved queries.' },
  BAD_DOCUMENT: { code: 'BAD_USER_INPUT', meaning: 'The document (or its name) is empty or too long.' },
  BAD_VARIABLES: { code: 'BAD_USER_INPUT', meaning: 'The variables must be a JSON object.' },
  INVALID_DOCUMENT: { code: 'BAD_USER_INPUT', meaning: 'The document does not validate against the schema.' },
  NAME_TAKEN: { code: 'CONFLICT', meaning: 'You already have a saved query with this name.' },
  NESTED_RUN: { code: 'BAD_USER_INPUT', meaning: 'A saved query cannot run saved queries.' },
  NOT_SHARED_WITH_YOU: { code: 'FORBIDDEN', meaning: 'This saved query is not shared with you.' },
  NOT_YOURS: { code: 'FORBIDDEN', meaning: 'Only the owner of a saved query changes it.' },
  NO_LIST: { code: 'BAD_USER_INPUT', meaning: 'The result of this query holds no list to export.' },
  NO_ORGANISATION: {
    code: 'CONFLICT',
    meaning: 'This query was saved outside any organisation: there is no one to share it with.',
  },
  ONE_OPERATION: { code: 'BAD_USER_INPUT', meaning: 'A saved query holds exactly one operation.' },
  QUERIES_ONLY: { code: 'BAD_USER_INPUT', meaning: 'Only queries can be saved, not mutations or subscriptions.' },
  TOO_MANY_QUERIES: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: saved queries of a person (`extensions.limit`).',
  },
  TOO_MANY_SHARED: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: queries shared in an organisation (`extensions.limit`).',
  },
  UNKNOWN_QUERY: { code: 'NOT_FOUND', meaning: 'No saved query has the id given.' },
  UNKNOWN_VARIABLES: { code: 'BAD_USER_INPUT', meaning: 'The variables name some the operation does not declare.' },
  VARIABLES_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    meaning: 'Variables must take at most the allowed number of characters as JSON.',
  },
});

export const ANALYTICS_ERRORS = defineErrors('ANALYTICS', {
  BUDGET_EXCEEDED: {
    code: 'RATE_LIMITED',
    meaning: 'The analyst cost budget for this window is spent; retry after `retryAfterSeconds`.',
  },
});
