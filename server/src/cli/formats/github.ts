// GitHub Actions workflow commands: each finding an annotation on its file and line in the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { describeLocation } from '../../word/locate';
import type { LocatedFinding } from '../../word/findings';
import type { FileResult } from '../lintFile';
import { displayPath } from '../paths';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** A value is escaped as the runner unescapes it; a property also may not hold its separators. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: readonly FileResult[], options: { cwd: string }): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(options.cwd, r.filePath).split('\\').join('/');
    for (const f of r.findings as LocatedFinding[]) {
      // A Word file has no lines: the annotation is on the file, and says where in the document.
      const where = f.location
        ? []
        : [`line=${f.range.start.line + 1}`, `col=${f.range.start.character + 1}`, `endLine=${f.range.end.line + 1}`];
      const message = f.location ? `${describeLocation(f.location)}: ${f.message}` : f.message;
      const props = [`file=${escapeProperty(file)}`, ...where, `title=${escapeProperty(`demarc ${f.ruleId}`)}`].join(',');
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
