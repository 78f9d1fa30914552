import type { Finding } from './types';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  rules: string[];
  line: number;
  endLine: number;
}

const DIRECTIVE = /^<!--\s*demarc-(disable-next-line|disable|enable)\b([^]*?)-->/;

export function parseDirectives(comments: { text: string; range: { start: { line: number }; end: { line: number } } }[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m) continue;
    const rules = m[2].split(/[\s,]+/).filter((r) => r !== '');
    out.push({ kind: m[1] as Directive['kind'], rules, line: c.range.start.line, endLine: c.range.end.line });
  }
  return out;
}

/** Drops findings switched off by inline comments; directives apply in document order. */
export function applyDirectives(findings: Finding[], directives: Directive[], documentLine: number): Finding[] {
  if (directives.length === 0) return findings;
  return findings.filter((f) => !isSuppressed(f, directives, documentLine));
}

function isSuppressed(f: Finding, directives: Directive[], documentLine: number): boolean {
  const line = f.range.start.line;
  const matches = (d: Directive) => d.rules.length === 0 || d.rules.includes(f.ruleId);
  // A finding about the whole document (on the `model:` line) is off when the rule is off at the end of the file.
  if (line === documentLine && isDisabledAtEnd(directives.filter(matches))) return true;
  let disabled = false;
  for (const d of directives) {
    if (!matches(d)) continue;
    if (d.kind === 'disable-next-line') {
      if (line === d.endLine + 1) return true;
    } else if (d.line <= line) {
      disabled = d.kind === 'disable';
    }
  }
  return disabled;
}

function isDisabledAtEnd(directives: Directive[]): boolean {
  let disabled = false;
  for (const d of directives) if (d.kind !== 'disable-next-line') disabled = d.kind === 'disable';
  return disabled;
}
