import { defineErrors } from '../../shared/errors';

/** The reasons the tokens module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const TOKENS_ERRORS = defineErrors('TOKENS', {
  ALREADY_REVOKED: { code: 'CONFLICT', meaning: 'The token was already revoked.' },
  BAD_EXPIRY: { code: 'BAD_USER_INPUT', meaning: 'The lifetime of the token (in days) is out of range.' },
  BAD_NAME: { code: 'BAD_USER_INPUT', meaning: 'The name must be 1–80 characters.' },
  BAD_SCOPES: { code: 'BAD_USER_INPUT', meaning: 'Give at least one scope.' },
  LIMIT_REACHED: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: tokens of an organisation, revoked and expired ones included (`extensions.limit`).',
  },
  UNKNOWN_TOKEN: { code: 'NOT_FOUND', meaning: 'No token has the id given.' },
});
