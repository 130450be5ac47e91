import type { Context } from '../../context';
import { and, argsRule, objectRule, viewerRule } from '../../shared/rules';
import { isAnalyst } from './analyst';
import type { SavedQuery } from './saved-query.entity';
import { canUse, owns, SavedQueryService } from './saved-query.service';

/** Saved queries are analysts' tools: people holding the ANALYST role (officials use the playground as it is). */
export const analystOnly = viewerRule(
  'analysts:analyst',
  (ctx: Context) => isAnalyst(ctx.viewer),
  'ANALYSTS.ANALYST_REQUIRED',
);

const use = argsRule<{ id: string }>(
  'analysts:use',
  async (ctx, _p, { id }) => canUse(ctx, await new SavedQueryService(ctx).byId(id)),
  'ANALYSTS.NOT_SHARED_WITH_YOU',
);
const change = argsRule<{ id: string }>(
  'analysts:change',
  async (ctx, _p, { id }) => owns(ctx, await new SavedQueryService(ctx).byId(id)),
  'ANALYSTS.NOT_YOURS',
);

/** Analysts save and list; the owner or the analysts of its organisation (once shared) see and run; only the owner changes. */
export const savedQueryRules = {
  Query: { savedQueries: analystOnly, savedQuery: and(analystOnly, use), runSavedQuery: and(analystOnly, use) },
  Mutation: {
    saveQuery: analystOnly,
    updateSavedQuery: and(analystOnly, change),
    shareSavedQuery: and(analystOnly, change),
    deleteSavedQuery: and(analystOnly, change),
  },
  SavedQuery: { '*': objectRule<SavedQuery>('analysts:see', canUse) },
};
