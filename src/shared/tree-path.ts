/**
 * Materialised paths of the governance tree: `/530100000000/530102000000/…/` — the codes
 * from the city down to the node, each followed by a slash. A node is inside the
 * subtree of another exactly when its path starts with the other's path.
 */

/** The path of a child of the node at `parentPath`. */
export function childPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

/** True when `path` is `ancestorPath` or lies beneath it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The codes of a path, from the root down. */
export function codesOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** Depth of a path: 0 for the city. */
export function depthOf(path: string): number {
  return codesOf(path).length - 1;
}

/** The path of the node above (the city's own path for the city). */
export function parentPath(path: string): string {
  const parent = path.replace(/[^/]+\/$/, '');
  return parent === '/' ? path : parent;
}
