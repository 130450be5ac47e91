import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

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
 */
export function createLogger(opts: { level: string; destination?: DestinationStream | number; pretty?: boolean }): Logger {
  const base: LoggerOptions = {
    level: opts.level,
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  const pretty = opts.destination === undefined && opts.pretty !== false ? prettyStream(process.stdout.isTTY === true) : undefined;
  if (pretty) return pino(base, pretty);
  const json: LoggerOptions = { ...base, formatters: { level: (label) => ({ level: label }) } };
  const dest = typeof opts.destination === 'number' || opts.destination === undefined ? pino.destination({ fd: opts.destination ?? 1, sync: true }) : opts.destination;
  return pino(json, dest);
}

/** A logger from a sink: a logger as it is, a function wrapped so that it receives each JSON line. */
export function toLogger(sink: LogSink | undefined, level: string): Logger {
  if (!sink) return createLogger({ level });
  if (typeof sink !== 'function') return sink;
  return createLogger({ level, destination: { write: (s: string) => sink(s.endsWith('\n') ? s.slice(0, -1) : s) } });
}
