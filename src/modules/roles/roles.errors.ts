import { defineErrors } from '../../shared/errors';

/** The reasons the roles module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const ROLES_ERRORS = defineErrors('ROLES', {
  ALREADY_ENDED: { code: 'CONFLICT', meaning: 'The assignment already ends on or before that day.' },
  BAD_PLACE: {
    code: 'BAD_USER_INPUT',
    meaning: 'A role is given at a node (divisionCode) or in an organisation (organisationId), as the role requires.',
  },
  BAD_TERM: { code: 'BAD_USER_INPUT', meaning: 'The term ends before it starts.' },
  ORGANISATION_OUT_OF_REACH: { code: 'FORBIDDEN', meaning: 'Your roles give you no power over that organisation.' },
  OUT_OF_REACH: { code: 'FORBIDDEN', meaning: 'Your roles do not let you give or end this role there.' },
  OWN_ROLE: { code: 'FORBIDDEN', meaning: 'Nobody gives or ends their own roles.' },
  TOO_MANY_ANALYST_ORGANISATIONS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: organisations a person is an analyst of (`extensions.limit`).',
  },
  TOO_MANY_AT_NODE: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: current and future roles held at a node (`extensions.limit`).',
  },
  TOO_MANY_IN_ORGANISATION: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: current and future roles held in an organisation (`extensions.limit`).',
  },
  TOO_MANY_ROLES: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: current and future roles of a person (`extensions.limit`).',
  },
  UNKNOWN_ASSIGNMENT: { code: 'NOT_FOUND', meaning: 'No role assignment has the id given.' },
});
