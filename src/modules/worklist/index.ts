import { defineModule } from '../../shared/module';
import { AccessRequest, CommunityTask, OutOfListReport, WorkItem, WorkListVersion } from './worklist.entities';
import {
  AccessRequestResolver,
  AccessResolver,
  CommunityTaskResolver,
  OutOfListReportResolver,
  WorkListResolver,
} from './worklist.resolver';
import { worklistRules } from './worklist.rules';

/** The work-item access list (社区工作准入制度): versions, access requests, tasks, out-of-list reports. */
export const worklistModule = defineModule({
  name: 'worklist',
  entities: [WorkListVersion, WorkItem, AccessRequest, CommunityTask, OutOfListReport],
  resolvers: [WorkListResolver, AccessResolver, AccessRequestResolver, CommunityTaskResolver, OutOfListReportResolver],
  rules: worklistRules,
});
