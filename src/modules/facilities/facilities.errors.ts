import { defineErrors } from '../../shared/errors';

/** The reasons the facilities module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const FACILITIES_ERRORS = defineErrors('FACILITIES', {
  TOO_MANY_AT_NODE: { code: 'CONFLICT', meaning: 'The cap is reached: facilities at a node (`extensions.limit`).' },
  TOO_MANY_UPGRADES: { code: 'CONFLICT', meaning: 'The cap is reached: upgrades of a facility (`extensions.limit`).' },
  UNKNOWN_FACILITY: { code: 'NOT_FOUND', meaning: 'No facility has the id given.' },
});
