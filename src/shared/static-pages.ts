import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Response } from 'express';

/**
 * Helpers of the pages the platform serves itself (the playground, the dashboard): assets from
 * the project's own dependencies at versioned URLs, their own static folder, strict headers.
 */

/** A file of an npm package, resolved through its package.json (the umd builds are hidden by "exports"), with a versioned URL path safe to cache for a year. */
export function resolvePackageFile(pkg: string, file: string, page: string): { absPath: string; urlPath: string } {
  const pkgJsonPath = require.resolve(`${pkg}/package.json`);
  const version = (JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8')) as { version: string }).version;
  const absPath = path.join(path.dirname(pkgJsonPath), file);
  if (!fs.existsSync(absPath)) throw new Error(`${page} asset missing: ${pkg}/${file}`);
  return { absPath, urlPath: `${pkg}@${version}/${path.basename(file)}` };
}

/**
 * A page's static folder, `src/<page>/static`, both when running from src (ts-node, jest) and from
 * a compiled dist/ (`moduleDir` is the router's `__dirname`; `marker` a file the folder must hold).
 */
export function resolveStaticDir(moduleDir: string, page: string, marker: string): string {
  const candidates = [path.join(moduleDir, 'static'), path.resolve(moduleDir, '..', '..', '..', 'src', page, 'static')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, marker)));
  if (!found) throw new Error(`${page} static files not found in: ${candidates.join(', ')}`);
  return found;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The headers of every page response: its CSP, no sniffing, no referrer, no framing. */
export function securityHeaders(res: Response, csp: string): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

/** Hands a sendFile failure to Express unless the response is already under way (e.g. client gone). */
export function passOn(err: Error | undefined, res: Response, next: NextFunction): void {
  if (err && !res.headersSent) next(err);
}
