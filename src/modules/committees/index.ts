import { defineModule } from '../../shared/module';
import { CommitteeSeat, PartyCommittee } from './committee.entities';
import { committeeLoaders } from './committee.loaders';
import { CommitteeResolver, SeatResolver } from './committee.resolver';
import { committeeRules } from './committee.rules';
import { CommitteeDecision, CommitteeMeeting, FollowUpProgress, FollowUpTask } from './meeting.entities';
import { CommitteeMeetingsResolver, DecisionResolver, FollowUpTaskResolver, MeetingResolver } from './meeting.resolver';

// Bounds for the table of list bounds.
export { DECISION_TASKS_MAX, MEETING_DECISIONS_MAX } from './meeting.service';

/** Community party committees (大党委) with seats delegated by member units, their meetings and follow-up. */
export const committeesModule = defineModule({
  name: 'committees',
  entities: [PartyCommittee, CommitteeSeat, CommitteeMeeting, CommitteeDecision, FollowUpTask, FollowUpProgress],
  resolvers: [
    CommitteeResolver,
    SeatResolver,
    MeetingResolver,
    CommitteeMeetingsResolver,
    DecisionResolver,
    FollowUpTaskResolver,
  ],
  rules: committeeRules,
  loaders: committeeLoaders,
});
