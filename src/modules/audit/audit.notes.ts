/** What the audit trail learns about one mutation field while it runs. */
export interface FieldAudit {
  operation: string;
  targets: string[];
  /** Path of the node the mutation acted on, when known. */
  scopePath?: string;
  /** `OK` or the error code, once the field has run. */
  outcome?: string;
  reason?: string | null;
}

/**
 * Per-request audit notes, kept per mutation field: mutation fields run one after
 * another, so services write to the field that is running now.
 */
export class AuditNotes {
  readonly fields = new Map<string, FieldAudit>();
  private current: FieldAudit | null = null;

  /** Starts the notes of a root mutation field (by response key). */
  begin(key: string, operation: string): FieldAudit {
    const notes: FieldAudit = { operation, targets: [] };
    this.fields.set(key, notes);
    this.current = notes;
    return notes;
  }

  /** Records an id the running mutation aimed at or created. */
  target(id: string | number): void {
    this.current?.targets.push(String(id));
  }

  /** Files the running mutation under the node at `path` (the first, most specific call wins unless `replace`). */
  scope(path: string, replace = false): void {
    if (this.current && (replace || !this.current.scopePath)) this.current.scopePath = path;
  }
}
