import { defineModule } from '../../shared/module';
import {
  ConsultationBallot,
  ConsultationEvaluation,
  ConsultationFeedback,
  ConsultationLineage,
  ConsultationMatter,
  ConsultationOpinion,
  ConsultationParticipant,
  ConsultationProgress,
  ConsultationSession,
  ConsultationTask,
  ConsultationTransition,
  ConsultationVote,
} from './consultation.entities';
import { consultationLoaders } from './consultation.loaders';
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

// What the server uses: the sweep that closes votes past their deadline.
export { startVoteSweep } from './consultation.deadlines';
// The bound of a matter's affected nodes, for the table of list bounds.
export { AFFECTED_MAX } from './matter.service';

/** Democratic consultation (民主协商): propose, deliberate, decide, publish, implement, evaluate. */
export const consultationModule = defineModule({
  name: 'consultation',
  entities: [
    ConsultationMatter,
    ConsultationTransition,
    ConsultationLineage,
    ConsultationSession,
    ConsultationParticipant,
    ConsultationOpinion,
    ConsultationVote,
    ConsultationBallot,
    ConsultationTask,
    ConsultationProgress,
    ConsultationFeedback,
    ConsultationEvaluation,
  ],
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
  loaders: consultationLoaders,
});
