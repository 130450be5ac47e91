import { defineModule } from '../../shared/module';
import { AuditEntry } from './audit-entry.entity';
import { auditPlugin } from './audit.recorder';
import { AuditResolver } from './audit.resolver';
import { auditRules } from './audit.rules';

// What other modules and the server use: the trail's entries, the record of a refused mutation, the notes a request carries.
export { AuditEntry } from './audit-entry.entity';
export { auditRefusedMutation } from './audit.recorder';
export { AuditNotes } from './audit.notes';
// The middleware that notes what each field resolved, for the schema.
export { auditMiddleware } from './audit.recorder';

/** The append-only audit trail: every mutation, recorded once the response is known. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  rules: auditRules,
  plugins: [
    (deps) =>
      auditPlugin(
        () => deps.orm.em,
        (err) => deps.logger.error({ err }, 'audit write failed'),
      ),
  ],
});
