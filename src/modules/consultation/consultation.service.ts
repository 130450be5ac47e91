/**
 * The consultation services are split by sub-capability: matter.service (民提, 公开),
 * session.service (民议), vote.service (民决) and task.service (落实, 民评), sharing
 * consultation.steps. This file only keeps the bound of a matter's `affected` where
 * src/list-bounds.ts reads it, until it reads it through the module's index.
 */
export { AFFECTED_MAX } from './matter.service';
