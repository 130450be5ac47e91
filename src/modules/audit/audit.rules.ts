import { argsRule, isPerson, and } from '../../shared/rules';
import { DivisionService } from '../tree';

const overseesSubtree = argsRule<{ under: string }>('audit:read', async (ctx, _p, args) =>
  ctx.viewer.canOversee((await new DivisionService(ctx).byCode(args.under, 'under')).path),
);

/** The bureau, district and street officials read the audit trail of their subtree. */
export const auditRules = {
  Query: { auditEntries: and(isPerson, overseesSubtree) },
  // Rows are reached only through the guarded query, which filters them by subtree.
  AuditEntry: isPerson,
  AuditEntryConnection: isPerson,
  AuditEntryEdge: isPerson,
};
