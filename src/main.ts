import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './auth/demo-accounts';
import { startApp, type App } from './app';
import { stopOnSignals } from './shutdown';

/** The startup banner, for a human at a terminal. */
function banner(app: App, seconds: number): string[] {
  const lines = [
    `ready in ${seconds.toFixed(1)} s`,
    `  GraphQL     ${app.url}/graphql`,
    `  Playground  ${app.url}/playground`,
    `  Liveness    ${app.url}/healthz    Readiness ${app.url}/readyz    Metrics ${app.url}/metrics`,
    app.database.embedded
      ? `  Database    embedded PostgreSQL on 127.0.0.1:${app.database.embedded.port} (data in ${app.config.embeddedPgDir})`
      : '  Database    DATABASE_URL',
  ];
  if (app.config.demoAccounts) {
    lines.push(`  Demo accounts (password "${DEMO_PASSWORD}"): sign in at the playground, or`);
    lines.push(`    mutation { login(username: "<username>", password: "${DEMO_PASSWORD}") { token } }`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(20)} ${a.role.padEnd(20)} ${a.description}`);
  }
  return lines;
}

/** Starts the platform and stops it gracefully on SIGTERM or Ctrl-C. */
async function main(): Promise<void> {
  const started = Date.now();
  const app = await startApp(process.env);
  const seconds = (Date.now() - started) / 1000;
  // A terminal gets the banner; anything else (a log collector) gets one JSON line.
  if (process.stdout.isTTY)
    console.log(
      banner(app, seconds)
        .map((l) => `[gongzhi] ${l}`)
        .join('\n'),
    );
  else
    app.logger.info(
      {
        url: app.url,
        seconds,
        embeddedDatabase: app.database.embedded !== undefined,
        demoAccounts: app.config.demoAccounts,
      },
      'ready',
    );
  if (app.config.env === 'production' && !app.config.metricsToken)
    app.logger.warn('METRICS_TOKEN is not set: /metrics is open to anyone who can reach the port');
  stopOnSignals(app);
}

main().catch((err: unknown) => {
  console.error(`[gongzhi] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
