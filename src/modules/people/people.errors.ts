import { defineErrors } from '../../shared/errors';

/** The reasons the people module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const PEOPLE_ERRORS = defineErrors('PEOPLE', {
  UNKNOWN_PERSON: { code: 'NOT_FOUND', meaning: 'No person has the id given.' },
});
