import {
  ConsultationMatterResolver,
  ConsultationOpinionResolver,
  ConsultationParticipantResolver,
  ConsultationProgressResolver,
  ConsultationSessionResolver,
  ConsultationTaskResolver,
  ConsultationTransitionResolver,
  ConsultationVoteResolver,
} from './consultation.resolver';
import { consultationRules } from './consultation.rules';

/** Democratic consultation (民主协商): propose, deliberate, decide, publish, implement, evaluate. */
export const consultationModule = {
  name: 'consultation',
  resolvers: [
    ConsultationMatterResolver,
    ConsultationTransitionResolver,
    ConsultationSessionResolver,
    ConsultationParticipantResolver,
    ConsultationOpinionResolver,
    ConsultationVoteResolver,
    ConsultationTaskResolver,
    ConsultationProgressResolver,
  ],
  rules: consultationRules,
} as const;
