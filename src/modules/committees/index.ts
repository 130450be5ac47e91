import { CommitteeResolver, SeatResolver } from './committee.resolver';
import { committeeRules } from './committee.rules';
import { CommitteeMeetingsResolver, DecisionResolver, FollowUpTaskResolver, MeetingResolver } from './meeting.resolver';

/** Community party committees (大党委) with seats delegated by member units. */
export const committeesModule = { name: 'committees', resolvers: [CommitteeResolver, SeatResolver, MeetingResolver, CommitteeMeetingsResolver, DecisionResolver, FollowUpTaskResolver], rules: committeeRules } as const;
