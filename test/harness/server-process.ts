/**
 * The platform in a process of its own, for tests that kill or stop it
 * (test/integration/beans.crash.test.ts, test/integration/operations.shutdown.test.ts): starts it
 * from the environment (DATABASE_URL, PORT, JWT_SECRET, …) and prints `READY <url>` on stdout
 * once it listens; its logs go to stderr as JSON lines. SIGTERM and SIGINT stop it as `npm start`
 * does (src/shutdown.ts).
 *
 *   node -r ts-node/register test/harness/server-process.ts
 *
 * When its stdin is a pipe (spawned by a test), it stops as soon as that pipe closes, so a test
 * runner that dies never leaves a server holding its database.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { startApp } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { stopOnSignals } from '../../src/shutdown';

const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info', destination: 2 });

async function main(): Promise<void> {
  const app = await startApp(process.env, logger);
  process.stdout.write(`READY ${app.url}\n`);
  const stop = stopOnSignals(app);
  const stdin = fs.fstatSync(0);
  if (stdin.isFIFO() || stdin.isSocket()) {
    process.stdin.on('end', () => stop('parent gone'));
    process.stdin.on('error', () => stop('parent gone'));
    process.stdin.resume();
  }
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
