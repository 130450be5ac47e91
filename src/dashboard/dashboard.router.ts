import path from 'node:path';
import { Router } from 'express';
import type { DemoAccount } from '../playground/playground.router';
import { escapeHtml, passOn, resolvePackageFile, resolveStaticDir, securityHeaders } from '../shared/static-pages';

/** What the dashboard needs to know about the server it is mounted on. */
export interface DashboardOptions {
  /** Absolute path of the GraphQL endpoint on the same origin, e.g. '/graphql'. */
  graphqlPath: string;
  /** Demo accounts to offer, or null when demo sign-in is disabled. */
  demoAccounts: DemoAccount[] | null;
  /** The shared demo password, or null when demo sign-in is disabled. */
  demoPassword: string | null;
}

/**
 * CSP for every dashboard response: nothing inline at all, nothing from another origin.
 * ECharts draws on canvas and styles its elements through the CSSOM, which CSP allows; its
 * tooltips are drawn as rich text on the canvas (no HTML with style attributes).
 */
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The chart library, served from the project's own dependencies (no CDN). */
const ECHARTS = { pkg: 'echarts', file: 'dist/echarts.min.js' };

/** Our own files, next to this module in static/. */
const OWN_FILES: Record<string, string> = {
  'dashboard.js': 'application/javascript',
  'api.js': 'application/javascript',
  'panels.js': 'application/javascript',
  'charts.js': 'application/javascript',
  'dashboard.css': 'text/css',
};

/** The page shell; dashboard.js fills it in. */
function renderPage(base: string, echartsUrlPath: string): string {
  const b = escapeHtml(base);
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>共治 Gongzhi · 城市看板 Dashboard</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${b}/dashboard.css">
  <script src="${b}/assets/${escapeHtml(echartsUrlPath)}" defer></script>
  <script type="module" src="${b}/dashboard.js"></script>
</head>
<body>
  <header id="topbar">
    <h1>共治 · 城市看板 <small>Dashboard</small></h1>
    <form id="login-form" autocomplete="off">
      <select id="demo-select" aria-label="Demo account" hidden></select>
      <input id="username" type="text" autocomplete="username" spellcheck="false" placeholder="Username 用户名" aria-label="Username" required>
      <input id="password" type="password" autocomplete="current-password" placeholder="Password 密码" aria-label="Password" required>
      <button id="signin" type="submit">Sign in 登录</button>
    </form>
    <button id="signout" type="button" hidden>Sign out 退出</button>
    <span id="status" role="status" aria-live="polite">Not signed in 未登录</span>
  </header>
  <div id="layout">
    <nav id="tree" aria-label="Divisions 区划"><p class="hint">Sign in to pick a district or street. 登录后选择区县或街道。</p></nav>
    <main id="dashboard" aria-busy="false"><p class="hint">Sign in as an analyst or an official to see the figures. 请以分析员或干部身份登录。</p></main>
  </div>
  <noscript>The dashboard needs JavaScript.</noscript>
</body>
</html>
`;
}

/** Builds the router serving the city dashboard, its config and its local assets. */
export function dashboardRouter(opts: DashboardOptions): Router {
  const router = Router();
  const echarts = resolvePackageFile(ECHARTS.pkg, ECHARTS.file, 'Dashboard');
  const staticDir = resolveStaticDir(__dirname, 'dashboard', 'dashboard.js');
  const demoEnabled = opts.demoAccounts !== null && opts.demoPassword !== null;
  const config = {
    graphqlPath: opts.graphqlPath,
    demoAccounts: demoEnabled ? opts.demoAccounts : null,
    demoPassword: demoEnabled ? opts.demoPassword : null,
  };

  router.use((_req, res, next) => {
    securityHeaders(res, DASHBOARD_CSP);
    next();
  });

  router.get('/', (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderPage(req.baseUrl, echarts.urlPath));
  });

  router.get('/config.json', (_req, res) => {
    // Carries the demo password when enabled: never cache it.
    res.setHeader('Cache-Control', 'no-store');
    res.json(config);
  });

  for (const [name, type] of Object.entries(OWN_FILES)) {
    router.get(`/${name}`, (_req, res, next) => {
      res.type(type);
      res.sendFile(
        path.join(staticDir, name),
        { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } },
        (err) => passOn(err, res, next),
      );
    });
  }

  router.get(`/assets/${echarts.urlPath}`, (_req, res, next) => {
    res.type('application/javascript');
    res.sendFile(echarts.absPath, { maxAge: '365d', immutable: true }, (err) => passOn(err, res, next));
  });

  return router;
}
