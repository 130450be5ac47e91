import { DriverException } from '@mikro-orm/core';

/**
 * Properties of an error that name things, never values — the SQLSTATE, the constraint, table,
 * column, schema and type, the PostgreSQL routine and severity: kept in the log. Everything else
 * (`sql`, `parameters`, `query`, `bindings`, `detail`, `where`, `hint`, `internalQuery`, …) is left out.
 */
const KEPT = [
  'code',
  'sqlState',
  'errno',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
  'severity',
] as const;

/** What PostgreSQL's messages quote as names: lower-case ASCII words, maybe schema-qualified. */
const SQL_NAME = /^[a-z_][a-z0-9_$]*(\.[a-z_][a-z0-9_$]*)?$/;

/** How deep causes are followed. */
const MAX_DEPTH = 3;

/** A log-safe error: its class, a message without statement or values, the stack's frames, the naming properties, its cause. */
export interface RedactedError {
  type: string;
  message: string;
  stack?: string;
  cause?: RedactedError | { type: string };
  [kept: string]: unknown;
}

/** True for errors of the database driver, whose message and properties may carry a statement and its values. */
function fromDatabase(err: Error & Record<string, unknown>): boolean {
  if (err instanceof DriverException) return true;
  if ('sql' in err || 'parameters' in err || 'bindings' in err || 'query' in err) return true;
  // pg's own DatabaseError: a SQLSTATE and a severity.
  return typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && 'severity' in err;
}

/** `message` without `suffix` at its end. */
const without = (message: string, suffix: string) =>
  message.endsWith(suffix) ? message.slice(0, -suffix.length) : message;

/**
 * PostgreSQL's own words from a driver error's message. knex writes `<statement with its values>
 * - <message>` and MikroORM appends `\n - detail: <detail>` and `\n - hint: <hint>`: those
 * (taken from the error's own fields) are dropped, then only the part after the last ` - ` is
 * kept. Quoted text in it is kept while it names the constraint, table, column, schema or type of
 * the error, or looks like an SQL name (`relation "division" does not exist`) — except in a data
 * exception (SQLSTATE class 22), where PostgreSQL quotes the value it refused; the message is cut
 * at the first other quote (`invalid input syntax for type integer: "…"`).
 */
export function databaseMessage(message: string, err: Record<string, unknown> = {}): string {
  let rest = message;
  if (typeof err.hint === 'string') rest = without(rest, `\n - hint: ${err.hint}`);
  if (typeof err.detail === 'string') rest = without(rest, `\n - detail: ${err.detail}`);
  const cut = rest.lastIndexOf(' - ');
  const own = cut >= 0 ? rest.slice(cut + 3) : rest;
  const names = new Set(
    ['constraint', 'table', 'column', 'schema', 'dataType']
      .map((k) => err[k])
      .filter((v): v is string => typeof v === 'string'),
  );
  const valuesQuoted = typeof err.code === 'string' && err.code.startsWith('22');
  const kept = (inner: string | undefined) =>
    inner !== undefined && (names.has(inner) || (!valuesQuoted && SQL_NAME.test(inner)));
  const quoted = /"([^"]*)"|"/g;
  for (let m = quoted.exec(own); m; m = quoted.exec(own)) {
    if (!kept(m[1])) return `${own.slice(0, m.index)}"…"`;
  }
  return own;
}

/** The frames of a stack (`    at …` lines), under a first line made of the safe message. */
function framesOf(err: Error, type: string, message: string): string | undefined {
  if (typeof err.stack !== 'string') return undefined;
  const frames = err.stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames].join('\n');
}

/**
 * An error as the log may hold it. Driver errors lose the statement, its parameters and
 * PostgreSQL's `detail` (`Key (name)=(张三) already exists`, `Failing row contains (…)`); their
 * message keeps PostgreSQL's own words (see databaseMessage). Every error keeps only its class,
 * message, stack frames, the naming properties (KEPT) and, a few levels deep, its cause (or a
 * GraphQLError's original error). Not an error: only its type is kept.
 */
export function redactError(value: Error, depth?: number): RedactedError;
export function redactError(value: unknown, depth?: number): RedactedError | { type: string };
export function redactError(value: unknown, depth = 0): RedactedError | { type: string } {
  if (!(value instanceof Error)) return { type: value === null ? 'null' : typeof value };
  const err = value as Error & Record<string, unknown>;
  const type = err.constructor?.name || err.name || 'Error';
  const message = fromDatabase(err) ? databaseMessage(String(err.message), err) : String(err.message);
  const out: RedactedError = { type, message, stack: framesOf(err, type, message) };
  for (const key of KEPT) {
    const v = err[key];
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
  }
  const cause = err.cause ?? err.originalError;
  if (cause !== undefined && cause !== null && depth < MAX_DEPTH) out.cause = redactError(cause, depth + 1);
  return out;
}

/** A log line's fields with every error in them (at the top level) redacted. */
export function redactErrors(fields: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(fields)) {
    if (!(v instanceof Error)) continue;
    out ??= { ...fields };
    out[key] = redactError(v);
  }
  return out ?? fields;
}
