import { countBySeverity, showUnsafe } from '../../engine';
import { displayPath } from '../paths';
import type { FileResult } from '../lintFile';
import { describeLocation } from '../../word/locate';

export interface StylishOptions {
  color: boolean;
  cwd: string;
}

/** Human output in the style of ESLint's stylish formatter; document text and file names are shown inert. */
export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push('', paint('4', showUnsafe(displayPath(options.cwd, r.filePath))));
    const rows = r.findings.map((f) => [
      // A Word file has no line numbers: the table row, heading or paragraph is where a reviewer looks.
      f.location ? describeLocation(f.location) : `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      f.severity,
      showUnsafe(f.message),
      showUnsafe(f.ruleId),
    ]);
    const w0 = rows.reduce((w, x) => Math.max(w, x[0].length), 0);
    for (const [pos, sev, msg, id] of rows) {
      const color = sev === 'error' ? '31' : sev === 'warning' ? '33' : '36';
      lines.push(`  ${paint('2', pos.padEnd(w0))}  ${paint(color, sev.padEnd(7))}  ${msg}  ${paint('2', id)}`);
    }
    const c = countBySeverity(r.findings);
    errors += c.errors;
    warnings += c.warnings;
    infos += c.infos;
    fixable += r.findings.filter((f) => f.fix).length;
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''})`;
  lines.push('', paint(errors > 0 ? '1;31' : '1;33', summary));
  if (fixable > 0) lines.push(`  ${plural(fixable, 'problem')} can be fixed with the \`--fix\` option.`);
  return lines.join('\n') + '\n';
}
