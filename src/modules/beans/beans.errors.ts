import { defineErrors } from '../../shared/errors';

/** The reasons the beans module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const BEANS_ERRORS = defineErrors('BEANS', {
  ACTIVITY_FULL: { code: 'CONFLICT', meaning: 'No places are left.' },
  BAD_CAPACITY: { code: 'BAD_USER_INPUT', meaning: 'The capacity is out of range.' },
  BAD_DONATION: { code: 'BAD_USER_INPUT', meaning: 'The donation is a whole number of yuan above zero.' },
  BAD_MINUTES: { code: 'BAD_USER_INPUT', meaning: 'Verify from 1 minute up to the signed time.' },
  BAD_PRICE: { code: 'BAD_USER_INPUT', meaning: 'The price is 1–1000000 beans.' },
  BAD_RATE: { code: 'BAD_USER_INPUT', meaning: 'The rate is 1–1000 beans per hour.' },
  BAD_STOCK: { code: 'BAD_USER_INPUT', meaning: 'The stock is 0–1000000.' },
  BAD_TIMES: { code: 'BAD_USER_INPUT', meaning: 'An activity ends after it starts.' },
  CATALOGUE_FULL: { code: 'CONFLICT', meaning: 'The cap is reached: items in the catalogue (`extensions.limit`).' },
  FUND_NOT_ABOVE: { code: 'BAD_USER_INPUT', meaning: "The fund must serve the station's node." },
  FUND_NOT_ABOVE_MERCHANT: {
    code: 'BAD_USER_INPUT',
    meaning: 'A merchant settles with a fund whose subtree it is in.',
  },
  NOT_A_MERCHANT: { code: 'BAD_USER_INPUT', meaning: 'Beans are spent at merchants.' },
  NOT_A_VOLUNTEER: { code: ['BAD_USER_INPUT', 'CONFLICT'], meaning: 'Beans are awarded to volunteers’ accounts.' },
  NO_ACCOUNT: { code: 'NOT_FOUND', meaning: 'Open your volunteer account first.' },
  OUT_OF_STOCK: { code: 'CONFLICT', meaning: 'That item is out of stock.' },
  STATION_PLACE: { code: 'BAD_USER_INPUT', meaning: 'A station is set up at a community or village.' },
  TOO_MANY_ACTIVITIES: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: activities of a station (`extensions.limit`).',
  },
  TOO_MANY_DONATIONS: { code: 'CONFLICT', meaning: 'The cap is reached: donations to a fund (`extensions.limit`).' },
  TOO_MANY_PARTICIPATIONS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: participations of a volunteer (`extensions.limit`).',
  },
  UNKNOWN_ACTIVITY: { code: 'NOT_FOUND', meaning: 'No activity has the id given.' },
  UNKNOWN_FUND: { code: 'NOT_FOUND', meaning: 'No fund has the id given.' },
  UNKNOWN_ITEM: { code: 'NOT_FOUND', meaning: 'No item has the id given.' },
  UNKNOWN_PARTICIPATION: { code: 'NOT_FOUND', meaning: 'No participation has the id given.' },
  UNKNOWN_STATION: { code: 'NOT_FOUND', meaning: 'No station has the id given.' },
  WRONG_STEP: { code: 'CONFLICT', meaning: 'The participation is not at the step this action needs.' },
});

export const LEDGER_ERRORS = defineErrors('LEDGER', {
  ALREADY_REVERSED: { code: 'CONFLICT', meaning: 'That transfer has already been reversed.' },
  BAD_AMOUNT: { code: 'BAD_USER_INPUT', meaning: 'The amount must be a whole number of beans above zero.' },
  BAD_IDEMPOTENCY_KEY: {
    code: 'BAD_USER_INPUT',
    meaning: 'The idempotency key must be 8–100 letters, digits, dots, colons, dashes or underscores.',
  },
  BAD_MEMO: { code: 'BAD_USER_INPUT', meaning: 'The memo is at most 200 characters.' },
  BALANCE_LIMIT: { code: 'CONFLICT', meaning: 'The transfer would take a balance past what an account can hold.' },
  IDEMPOTENCY_KEY_REUSED: { code: 'CONFLICT', meaning: 'This idempotency key was used for another request.' },
  INSUFFICIENT_BALANCE: { code: 'CONFLICT', meaning: 'The account does not hold enough beans.' },
  REVERSAL_OF_REVERSAL: { code: 'CONFLICT', meaning: 'A reversal is not reversed; make a new transfer.' },
  SAME_ACCOUNT: { code: 'BAD_USER_INPUT', meaning: 'A transfer moves beans between two different accounts.' },
  UNKNOWN_ACCOUNT: { code: 'NOT_FOUND', meaning: 'No account has the id given.' },
  UNKNOWN_TRANSFER: { code: 'NOT_FOUND', meaning: 'No transfer has the id given.' },
});
