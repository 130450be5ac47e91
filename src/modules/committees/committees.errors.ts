import { defineErrors } from '../../shared/errors';

/** The reasons the committees module refuses with; schema/errors.md lists every module's (npm run errors:emit). */
export const COMMITTEES_ERRORS = defineErrors('COMMITTEES', {
  ALREADY_SEATED: {
    code: 'CONFLICT',
    meaning: 'The person already holds or is nominated for a seat on this committee.',
  },
  BAD_AGENDA: { code: 'BAD_USER_INPUT', meaning: 'A meeting has 1–30 agenda items.' },
  BAD_DECISIONS: { code: 'BAD_USER_INPUT', meaning: 'A meeting records too many decisions.' },
  BAD_TASKS: { code: 'BAD_USER_INPUT', meaning: 'A decision sets too many follow-up tasks.' },
  BAD_TERM: { code: 'BAD_USER_INPUT', meaning: 'The term ends before it starts.' },
  NONE: { code: 'NOT_FOUND', meaning: 'The community has no party committee.' },
  NOT_A_MEMBER: { code: 'BAD_USER_INPUT', meaning: 'Attendees are seats of this committee in office on that day.' },
  NOT_A_MEMBER_UNIT: { code: 'BAD_USER_INPUT', meaning: 'Tasks go to member units with a seat on the committee.' },
  NOT_BIG: { code: 'CONFLICT', meaning: 'Only a big committee (大党委) seats delegates of member units.' },
  NOT_STATIONED: { code: 'BAD_USER_INPUT', meaning: 'The unit is not stationed in the community or at its street.' },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', meaning: 'Give a reason when declining.' },
  TASK_DONE: { code: 'CONFLICT', meaning: 'The task is already done.' },
  TERM_OVER: { code: ['BAD_USER_INPUT', 'CONFLICT'], meaning: 'The term is already over.' },
  TOO_MANY_MEETINGS: { code: 'CONFLICT', meaning: 'The cap is reached: meetings of a committee (`extensions.limit`).' },
  TOO_MANY_PROGRESS_REPORTS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: progress reports of a follow-up task (`extensions.limit`).',
  },
  TOO_MANY_SEATS: {
    code: 'CONFLICT',
    meaning: 'The cap is reached: seats of a committee, past ones included (`extensions.limit`).',
  },
  UNKNOWN_COMMITTEE: { code: 'NOT_FOUND', meaning: 'No committee has the id given.' },
  UNKNOWN_SEAT: { code: 'NOT_FOUND', meaning: 'No seat has the id given.' },
  UNKNOWN_TASK: { code: 'NOT_FOUND', meaning: 'No task has the id given.' },
  WRONG_STEP: { code: 'CONFLICT', meaning: 'The seat is not at the step this action needs.' },
});
