import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redactError, redactErrors } from './redact-error';

export type { Logger } from 'pino';

/** Where logs go: a pino logger, or a function given one JSON line at a time. */
export type LogSink = Logger | ((line: string) => void);

const REDACT = ['password', 'token', 'secret', 'authorization', 'headers.authorization'];

/** pino-pretty, when it is installed (a dev dependency) and stdout is a terminal. */
function prettyStream(isTty: boolean): DestinationStream | undefined {
  if (!isTty) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (opts: object) => DestinationStream;
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true });
  } catch {
    return undefined;
  }
}

/**
 * The platform's logger: one JSON object per line (`time` in epoch milliseconds — an ISO string
 * costs 3 µs a line —, `level` as a word) on `destination`
 * (stdout unless given), or readable lines through pino-pretty when stdout is a terminal and
 * pino-pretty is installed. Top-level fields named like secrets are redacted (a guard: the
 * platform logs no headers, bodies or variables in the first place).
 *
 * Errors are logged redacted, at every level (redactError): their class, SQLSTATE, constraint,
 * table and column names, PostgreSQL's own message and the stack frames — never the SQL
 * statement, its parameters or PostgreSQL's `detail`, which carry the values (names, phone
 * numbers). To see statements and their values while developing, set LOG_SQL=true: MikroORM then
 * prints every statement, values included, on stdout, outside this logger — a debugging aid that
 * writes personal data, not for production.
 */
export function createLogger(opts: {
  level: string;
  destination?: DestinationStream | number;
  pretty?: boolean;
}): Logger {
  const base: LoggerOptions = {
    level: opts.level,
    redact: { paths: REDACT, censor: '[redacted]' },
    // formatters.log redacts the errors of a line (under any key) before serializers run; this
    // one replaces pino's own, which would copy every property of an error back in.
    formatters: { log: redactErrors },
    serializers: { err: (v: unknown) => (v instanceof Error ? redactError(v) : v) },
    // An error logged alone would lend its raw message to the line's `msg`.
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error && typeof rest[0] !== 'string')
          return method.apply(this, [{ err: first }, redactError(first).message, ...rest] as never);
        return method.apply(this, args);
      },
    },
  };
  const pretty =
    opts.destination === undefined && opts.pretty !== false ? prettyStream(process.stdout.isTTY === true) : undefined;
  if (pretty) return pino(base, pretty);
  const json: LoggerOptions = { ...base, formatters: { ...base.formatters, level: (label) => ({ level: label }) } };
  const dest =
    typeof opts.destination === 'number' || opts.destination === undefined
      ? pino.destination({ fd: opts.destination ?? 1, sync: true })
      : opts.destination;
  return pino(json, dest);
}

/** A logger from a sink: a logger as it is, a function wrapped so that it receives each JSON line. */
export function toLogger(sink: LogSink | undefined, level: string): Logger {
  if (!sink) return createLogger({ level });
  if (typeof sink !== 'function') return sink;
  return createLogger({ level, destination: { write: (s: string) => sink(s.endsWith('\n') ? s.slice(0, -1) : s) } });
}
