import fs from 'node:fs';
import path from 'node:path';
import { declarationFiles, declaredReasons, renderReference } from '../../src/cli/emit-errors';
import { KNOWN_CODES } from '../../src/shared/limits';
import { sourceFiles } from '../harness/source-files';

const ROOT = path.resolve(__dirname, '..', '..');

const declared = declaredReasons();
const declaredSet = new Set(declared.map((r) => r.reason));
const declarations = new Set(declarationFiles().map((f) => path.join(ROOT, f)));
const sources = sourceFiles(path.join(ROOT, 'src')).filter((f) => !declarations.has(f));

/** Where each reason is used in src/: a quoted `'NAMESPACE.NAME'` literal, or a declared group's member (`CONSULTATION_ERRORS.VOTE_CLOSED`). */
function usedReasons(): Map<string, string[]> {
  const prefixOfGroup = new Map(declared.map((r) => [r.group, r.reason.split('.')[0]]));
  const used = new Map<string, string[]>();
  const note = (reason: string, file: string) => {
    const where = path.relative(ROOT, file);
    const list = used.get(reason) ?? [];
    if (!list.includes(where)) list.push(where);
    used.set(reason, list);
  };
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(['"])([A-Z][A-Z_]*\.[A-Z][A-Z0-9_]*)\1/g)) note(m[2], file);
    for (const m of text.matchAll(/\b([A-Z][A-Z_]*_ERRORS)\.([A-Z][A-Z0-9_]*)\b/g)) {
      const prefix = prefixOfGroup.get(m[1]);
      if (prefix) note(`${prefix}.${m[2]}`, file);
    }
  }
  return used;
}

describe('the error reference', () => {
  const used = usedReasons();

  it('declares every reason the code throws or returns', () => {
    const missing = [...used.entries()]
      .filter(([reason]) => !declaredSet.has(reason))
      .map(([reason, files]) => `${reason} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('declares no reason that nothing uses', () => {
    expect(declared.map((r) => r.reason).filter((reason) => !used.has(reason))).toEqual([]);
  });

  it('gives each reason a known code and a meaning', () => {
    const known = new Set([...KNOWN_CODES, 'INTERNAL_SERVER_ERROR']);
    const bad = declared.filter((r) => r.codes.length === 0 || r.codes.some((c) => !known.has(c)) || !r.meaning.trim());
    expect(bad.map((r) => r.reason)).toEqual([]);
  });

  it('is written out in schema/errors.md (npm run errors:emit)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'schema', 'errors.md'), 'utf8');
    expect(committed).toBe(renderReference(declared));
    const listed = new Set([...committed.matchAll(/^\| `([A-Z_]+\.[A-Z0-9_]+)` \|/gm)].map((m) => m[1]));
    expect([...used.keys()].filter((reason) => !listed.has(reason))).toEqual([]);
  });
});
