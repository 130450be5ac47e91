import path from 'node:path';
import { Router } from 'express';
import { escapeHtml, passOn, resolvePackageFile, resolveStaticDir, securityHeaders } from '../shared/static-pages';

/** A demo account the playground offers for one-click sign-in. */
export interface DemoAccount {
  username: string;
  role: string;
  description: string;
}

/** What the playground needs to know about the server it is mounted on. */
export interface PlaygroundOptions {
  /** Absolute path of the GraphQL endpoint on the same origin, e.g. '/graphql'. */
  graphqlPath: string;
  /** Demo accounts to offer, or null when demo sign-in is disabled. */
  demoAccounts: DemoAccount[] | null;
  /** The shared demo password, or null when demo sign-in is disabled. */
  demoPassword: string | null;
}

/**
 * CSP for every playground response. 'unsafe-inline' for styles only: React, GraphiQL and
 * CodeMirror set inline style attributes. Fonts and icons in graphiql.min.css are data: URLs.
 */
export const PLAYGROUND_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self' data:";

/** One vendored browser asset: the package it comes from and its file inside the package. */
interface VendorAsset {
  pkg: string;
  file: string;
  type: string;
}

const VENDOR_ASSETS: VendorAsset[] = [
  { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
  { pkg: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
];

interface ResolvedAsset extends VendorAsset {
  /** URL path below /assets, versioned so the long cache lifetime is safe across upgrades. */
  urlPath: string;
  absPath: string;
}

/** Resolves a vendor asset through its package's package.json. */
function resolveVendorAsset(asset: VendorAsset): ResolvedAsset {
  return { ...asset, ...resolvePackageFile(asset.pkg, asset.file, 'Playground') };
}

function renderPage(base: string, assets: ResolvedAsset[]): string {
  const b = escapeHtml(base);
  const url = (a: ResolvedAsset) => `${b}/assets/${escapeHtml(a.urlPath)}`;
  const css = assets.filter((a) => a.type === 'text/css').map((a) => `  <link rel="stylesheet" href="${url(a)}">`);
  const js = assets.filter((a) => a.type !== 'text/css').map((a) => `  <script src="${url(a)}" defer></script>`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>共治 Gongzhi · Playground</title>
  <link rel="icon" href="data:,">
${css.join('\n')}
  <link rel="stylesheet" href="${b}/app.css">
${js.join('\n')}
  <script src="${b}/app.js" defer></script>
</head>
<body>
  <header id="topbar">
    <h1>共治 Gongzhi · Playground</h1>
    <form id="token-form" autocomplete="off">
      <input id="token-input" type="text" autocomplete="off" spellcheck="false" placeholder="Paste a bearer token (session JWT or gz_…)" aria-label="Bearer token">
      <button id="use-token" type="submit">Use token</button>
    </form>
    <form id="demo-form" hidden>
      <select id="demo-select" aria-label="Demo account"></select>
      <button id="demo-signin" type="submit">Sign in</button>
    </form>
    <button id="signout" type="button">Sign out</button>
    <form id="save-form" autocomplete="off" hidden>
      <input id="save-name" type="text" maxlength="100" placeholder="Name to save it as" aria-label="Saved query name">
      <button id="save-query" type="submit">Save query</button>
    </form>
    <span id="status" role="status" aria-live="polite">Anonymous</span>
  </header>
  <main id="graphiql"><p class="loading">Loading GraphiQL…</p></main>
  <noscript>The playground needs JavaScript.</noscript>
</body>
</html>
`;
}

/** Builds the router serving the offline GraphiQL playground, its config and its local assets. */
export function playgroundRouter(opts: PlaygroundOptions): Router {
  const router = Router();
  const assets = VENDOR_ASSETS.map(resolveVendorAsset);
  const staticDir = resolveStaticDir(__dirname, 'playground', 'app.js');
  const demoEnabled = opts.demoAccounts !== null && opts.demoPassword !== null;
  const config = {
    graphqlPath: opts.graphqlPath,
    demoAccounts: demoEnabled ? opts.demoAccounts : null,
    demoPassword: demoEnabled ? opts.demoPassword : null,
  };

  router.use((_req, res, next) => {
    securityHeaders(res, PLAYGROUND_CSP);
    next();
  });

  router.get('/', (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderPage(req.baseUrl, assets));
  });

  router.get('/config.json', (_req, res) => {
    // Carries the demo password when enabled: never cache it.
    res.setHeader('Cache-Control', 'no-store');
    res.json(config);
  });

  for (const name of ['app.js', 'app.css']) {
    router.get(`/${name}`, (_req, res, next) => {
      // Our own files change with the code: revalidate every time (ETag / Last-Modified).
      res.sendFile(
        path.join(staticDir, name),
        { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } },
        (err) => passOn(err, res, next),
      );
    });
  }

  for (const asset of assets) {
    router.get(`/assets/${asset.urlPath}`, (_req, res, next) => {
      res.type(asset.type);
      res.sendFile(asset.absPath, { maxAge: '365d', immutable: true }, (err) => passOn(err, res, next));
    });
  }

  return router;
}
