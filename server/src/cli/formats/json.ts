import { countBySeverity, safeJson } from '../../engine';
import type { FileResult } from '../lintFile';
import { describeLocation } from '../../word/locate';

/** The ESLint-like JSON shape, lines and columns 1-based. */
export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => {
    const { errors: errorCount, warnings: warningCount } = countBySeverity(r.findings);
    return {
      filePath: r.filePath,
      messages: r.findings.map((f) => ({
        ruleId: f.ruleId,
        // Stable across wording changes, as in ESLint; absent on not-analysed.
        ...(f.messageId ? { messageId: f.messageId } : {}),
        severity: f.severity,
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        // On a Word file: where in Word (lines and columns are those of the text `demarc import` writes).
        ...(f.location ? { location: { ...f.location, description: describeLocation(f.location) } } : {}),
      })),
      errorCount,
      warningCount,
      ...(r.playbook ? { playbook: r.playbook } : {}),
    };
  });
  return safeJson(out);
}
