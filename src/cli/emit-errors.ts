import fs from 'node:fs';
import path from 'node:path';
import { isReasonGroup, REASON_SPECS, type ErrorCode } from '../shared/errors';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'schema', 'errors.md');

/** One declared reason, as the error reference lists it. */
export interface DeclaredReason {
  reason: string;
  codes: readonly ErrorCode[];
  meaning: string;
  /** The module declaring it (`shared` for the edge: auth, input, limits, pagination). */
  module: string;
  /** The name of the exported group (`CONSULTATION_ERRORS`). */
  group: string;
}

/** The files declaring reasons, relative to the repository: each module's `<m>.errors.ts`, and the shared ones. */
export function declarationFiles(): string[] {
  const modules = path.join(ROOT, 'src', 'modules');
  const files = fs
    .readdirSync(modules, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(modules, d.name, `${d.name}.errors.ts`)))
    .map((d) => path.posix.join('src', 'modules', d.name, `${d.name}.errors.ts`));
  return ['src/shared/error-codes.ts', ...files.sort()];
}

/** Every declared reason, sorted by reason; throws on a reason declared twice. */
export function declaredReasons(): DeclaredReason[] {
  const out = new Map<string, DeclaredReason>();
  for (const file of declarationFiles()) {
    const module = file.startsWith('src/modules/') ? file.split('/')[2] : 'shared';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(ROOT, file)) as Record<string, unknown>;
    for (const [group, value] of Object.entries(exported)) {
      if (!isReasonGroup(value)) continue;
      const { prefix, specs } = value[REASON_SPECS];
      for (const [name, spec] of Object.entries(specs)) {
        const reason = `${prefix}.${name}`;
        if (out.has(reason)) throw new Error(`${reason} is declared twice (${out.get(reason)!.group}, ${group})`);
        const codes: readonly ErrorCode[] = typeof spec.code === 'string' ? [spec.code] : spec.code;
        out.set(reason, { reason, codes, meaning: spec.meaning, module, group });
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The error reference: one table row per reason. */
export function renderReference(reasons: readonly DeclaredReason[]): string {
  const lines = [
    '# Error reference',
    '',
    '<!-- Written by `npm run errors:emit` from the `*.errors.ts` declarations; `npm run schema:check` fails when it drifts. -->',
    '',
    'Every error carries a generic `extensions.code` clients branch on and a namespaced `extensions.reason`',
    'naming the rule it enforces. These are all the reasons the API answers with.',
    '',
    '| Reason | Code | Meaning | Module |',
    '| --- | --- | --- | --- |',
    ...reasons.map(
      (r) => `| \`${r.reason}\` | ${r.codes.map((c) => `\`${c}\``).join(', ')} | ${cell(r.meaning)} | ${r.module} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes schema/errors.md from the declarations, or with --check fails when the committed file differs. */
function main(): void {
  const text = renderReference(declaredReasons());
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    if (committed !== text) {
      console.error('schema/errors.md has drifted from the declared reasons: run `npm run errors:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema/errors.md is up to date');
    return;
  }
  fs.writeFileSync(FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), FILE)}`);
}

if (require.main === module) main();
