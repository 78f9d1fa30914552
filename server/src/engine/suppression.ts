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

/** A rule's switches in document order: the line each takes effect from, and whether it turns the rule off. */
type Switches = { line: number; off: boolean }[];

/** The state a switch list leaves at a line (the last switch at or before it), found by binary search. */
function stateAt(switches: Switches | undefined, line: number): { line: number; off: boolean } | undefined {
  if (!switches?.length || switches[0].line > line) return undefined;
  let lo = 0;
  let hi = switches.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (switches[mid].line <= line) lo = mid;
    else hi = mid - 1;
  }
  return switches[lo];
}

const ALL = '\u0000all';

/**
 * Drops findings switched off by inline comments; directives apply in document order. The directives are
 * indexed by rule once, so a document with many findings and many comments costs their sum, not their product.
 */
export function applyDirectives(findings: Finding[], directives: Directive[], documentLine: number): Finding[] {
  if (directives.length === 0) return findings;
  const switches = new Map<string, Switches>();
  const nextLine = new Set<string>();
  for (const d of directives) {
    for (const rule of d.rules.length ? d.rules : [ALL]) {
      if (d.kind === 'disable-next-line') nextLine.add(`${rule} ${d.endLine + 1}`);
      else (switches.get(rule) ?? switches.set(rule, []).get(rule)!).push({ line: d.line, off: d.kind === 'disable' });
    }
  }
  // The later of the rule's own switch and a switch for every rule decides.
  const offAt = (rule: string, line: number) => {
    const own = stateAt(switches.get(rule), line);
    const all = stateAt(switches.get(ALL), line);
    const last = !own ? all : !all ? own : own.line >= all.line ? own : all;
    return last?.off ?? false;
  };
  return findings.filter((f) => {
    const line = f.range.start.line;
    if (nextLine.has(`${f.ruleId} ${line}`) || nextLine.has(`${ALL} ${line}`)) return false;
    // A finding about the whole document (on the `model:` line) is off when the rule is off at the end of the file.
    if (line === documentLine && offAt(f.ruleId, Number.MAX_SAFE_INTEGER)) return false;
    return !offAt(f.ruleId, line);
  });
}
