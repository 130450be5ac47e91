import fs from 'node:fs';
import path from 'node:path';

/** Every TypeScript file beneath `dir`, recursively (for tests that read the source as text). */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return d.name.endsWith('.ts') ? [full] : [];
  });
}
