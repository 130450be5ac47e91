import type { App } from './app';
import { inFlightRequests } from './observability/http';

/** Time allowed, past SHUTDOWN_TIMEOUT_MS, for closing the database before the process gives up. */
const DATABASE_GRACE_MS = 5_000;

/**
 * Graceful shutdown on SIGTERM and SIGINT: stop accepting connections, let in-flight requests
 * finish (for at most SHUTDOWN_TIMEOUT_MS, then their connections are cut), close the database,
 * exit 0. Exits 1 when stopping fails or hangs; a second SIGINT (Ctrl-C twice) exits at once.
 * Returns the stop function, for other reasons to stop.
 */
export function stopOnSignals(
  app: App,
  exit: (code: number) => void = (code) => process.exit(code),
): (reason: string) => void {
  const { logger } = app;
  const timeoutMs = app.config.shutdownTimeoutMs;
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) {
      if (reason === 'SIGINT') {
        logger.warn('second SIGINT: exiting without finishing');
        exit(1);
      }
      return;
    }
    stopping = true;
    const started = Date.now();
    logger.info(
      { reason, inFlight: inFlightRequests(), timeoutMs },
      'stopping: no new connections; finishing in-flight requests, then closing the database',
    );
    const deadline = setTimeout(() => {
      logger.error({ afterMs: Date.now() - started }, 'could not stop in time; exiting');
      exit(1);
    }, timeoutMs + DATABASE_GRACE_MS);
    app.close().then(
      () => {
        clearTimeout(deadline);
        const ms = Date.now() - started;
        if (ms >= timeoutMs)
          logger.warn({ ms, timeoutMs }, 'requests still in flight after SHUTDOWN_TIMEOUT_MS were cut');
        logger.info({ ms }, 'stopped');
        exit(0);
      },
      (err: unknown) => {
        clearTimeout(deadline);
        logger.error({ err }, 'stopping failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return stop;
}
