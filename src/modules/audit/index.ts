import { AuditResolver } from './audit.resolver';
import { auditRules } from './audit.rules';

/** The append-only audit trail. */
export const auditModule = { name: 'audit', resolvers: [AuditResolver], rules: auditRules } as const;
