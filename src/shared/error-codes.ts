import { defineErrors } from './errors';

/** The reasons of the edge (sign-in, tokens, input checks, cost limits, pagination) every module shares. */
export const AUTH_ERRORS = defineErrors('AUTH', {
  BAD_CREDENTIALS: { code: 'UNAUTHENTICATED', meaning: 'Wrong username or password.' },
  BAD_CREDENTIALS_SHAPE: {
    code: 'BAD_USER_INPUT',
    meaning: 'Give a username (≤ 60) and a password (≤ 200 characters).',
  },
  BAD_HEADER: { code: 'UNAUTHENTICATED', meaning: 'Send credentials as "Authorization: Bearer <token>".' },
  BAD_TOKEN: {
    code: 'UNAUTHENTICATED',
    meaning: 'The bearer token (a session or a partner token) is malformed or not valid.',
  },
  FORBIDDEN: { code: 'FORBIDDEN', meaning: 'The viewer may not do this (the default refusal of a permission rule).' },
  INTROSPECTION_REQUIRES_SIGN_IN: {
    code: 'UNAUTHENTICATED',
    meaning: 'Anonymous callers may not introspect the schema: sign in first.',
  },
  NOT_TOKEN_ORGANISATION: { code: 'FORBIDDEN', meaning: 'A token writes for its own organisation only.' },
  ORGANISATION_INACTIVE: { code: 'UNAUTHENTICATED', meaning: "The token's organisation is not active." },
  OUTSIDE_TOKEN_SUBTREE: { code: 'FORBIDDEN', meaning: "That lies outside the token's subtree." },
  PERSON_REQUIRED: { code: 'FORBIDDEN', meaning: 'Only a signed-in person (not a partner token) may do this.' },
  REQUIRED: { code: 'UNAUTHENTICATED', meaning: 'Sign in to do this.' },
  SCOPE_REQUIRED: { code: 'FORBIDDEN', meaning: 'The token lacks the scope this needs.' },
  SESSION_EXPIRED: { code: 'UNAUTHENTICATED', meaning: 'The session has expired: sign in again.' },
  SESSION_REVOKED: { code: 'UNAUTHENTICATED', meaning: 'This session has been signed out: sign in again.' },
  TOKEN_EXPIRED: { code: 'UNAUTHENTICATED', meaning: 'The partner token has expired.' },
  TOKEN_REVOKED: { code: 'UNAUTHENTICATED', meaning: 'The partner token has been revoked.' },
  TOO_MANY_ATTEMPTS: { code: 'RATE_LIMITED', meaning: 'Too many failed sign-ins; retry after `retryAfterSeconds`.' },
});

export const INPUT_ERRORS = defineErrors('INPUT', {
  BAD_CHARACTERS: { code: 'BAD_USER_INPUT', meaning: 'A text field holds a character that is not allowed.' },
  BAD_DATE: { code: 'BAD_USER_INPUT', meaning: 'A date (or date and time) is not one.' },
  BAD_ID: { code: 'BAD_USER_INPUT', meaning: 'Not a valid id.' },
  BAD_LENGTH: { code: 'BAD_USER_INPUT', meaning: 'A text is empty or longer than allowed.' },
  BAD_PHONE: { code: 'BAD_USER_INPUT', meaning: 'A phone number must be an 11-digit mobile number.' },
  OUT_OF_RANGE: { code: 'BAD_USER_INPUT', meaning: 'A number is outside its allowed range.' },
});

export const LIMITS_ERRORS = defineErrors('LIMITS', {
  COST_EXCEEDED: {
    code: 'BAD_USER_INPUT',
    meaning:
      'The request may return more values than the cost ceiling allows (`extensions.cost`, `extensions.ceiling`).',
  },
  LIST_BOUND_EXCEEDED: {
    code: 'INTERNAL_SERVER_ERROR',
    meaning: 'A list outgrew its declared bound (a server fault; logged, never truncated).',
  },
});

export const PAGINATION_ERRORS = defineErrors('PAGINATION', {
  BAD_CURSOR: { code: 'BAD_USER_INPUT', meaning: 'The cursor is not valid.' },
  BAD_PAGE_SIZE: { code: 'BAD_USER_INPUT', meaning: '`first` is out of the allowed page size.' },
});
