/**
 * The platform in a process of its own, for tests that kill it (test/integration/beans.crash.test.ts):
 * starts it from the environment (DATABASE_URL, PORT, JWT_SECRET, …) and prints `READY <url>` on
 * stdout once it listens; everything it logs goes to stderr.
 *
 *   node -r ts-node/register test/harness/server-process.ts
 *
 * When its stdin is a pipe (spawned by a test), it exits as soon as that pipe closes, so a test
 * runner that dies never leaves a server holding its database.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { startApp } from '../../src/app';

const log = (line: string) => void process.stderr.write(`[server-process ${process.pid}] ${line}\n`);

async function main(): Promise<void> {
  const app = await startApp(process.env, log);
  process.stdout.write(`READY ${app.url}\n`);
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const stdin = fs.fstatSync(0);
  if (stdin.isFIFO() || stdin.isSocket()) {
    process.stdin.on('end', () => stop('parent gone'));
    process.stdin.on('error', () => stop('parent gone'));
    process.stdin.resume();
  }
}

main().catch((err: unknown) => {
  log(`failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
