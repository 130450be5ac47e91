import { CommitteeResolver, SeatResolver } from './committee.resolver';
import { committeeRules } from './committee.rules';

/** Community party committees (大党委) with seats delegated by member units. */
export const committeesModule = { name: 'committees', resolvers: [CommitteeResolver, SeatResolver], rules: committeeRules } as const;
