import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seeds/demo-accounts';
import { startApp } from './app';

/** Starts the platform and stops it cleanly on Ctrl-C or SIGTERM. */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[gongzhi] ${line}`);
  const started = Date.now();
  const app = await startApp(process.env, log);
  const lines = [
    `ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  GraphQL     ${app.url}/graphql`,
    `  Playground  ${app.url}/playground`,
    `  Liveness    ${app.url}/healthz    Readiness ${app.url}/readyz`,
    app.database.embedded ? `  Database    embedded PostgreSQL on 127.0.0.1:${app.database.embedded.port} (data in ${app.config.embeddedPgDir})` : '  Database    DATABASE_URL',
  ];
  if (app.config.demoAccounts) {
    lines.push(`  Demo accounts (password "${DEMO_PASSWORD}"): sign in at the playground, or`);
    lines.push(`    mutation { login(username: "<username>", password: "${DEMO_PASSWORD}") { token } }`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(20)} ${a.role.padEnd(20)} ${a.description}`);
  }
  lines.forEach(log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests, stopping the database…`);
    const timer = setTimeout(() => {
      log('could not stop within 15 s; exiting');
      process.exit(1);
    }, 15_000);
    await app.close();
    clearTimeout(timer);
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`[gongzhi] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
