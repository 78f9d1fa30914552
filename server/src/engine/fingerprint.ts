// What a finding is about, in words that survive lines moving: its rule, what it says with line numbers left
// out, and the subject it stands on (a row's first cell: the function, priority or tool; a heading or
// paragraph's text). CI keys its memory on this (SARIF partialFingerprints, suppressions); `demarc diff`
// pairs findings across versions with the same line-free wording.
import type { SourceText } from './source';
import type { Finding } from './types';

/** A message as it reads wherever the lines it cites have moved to. */
export function withoutLineNumbers(message: string): string {
  return message
    .replace(/\b(?:on |at )?lines? \d+(?:(?:, | and | to |-|–)\d+)*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text a finding stands on: a table row's first cell, or its line's text. */
function subjectOf(finding: Finding, source: SourceText): string {
  const line = finding.range.start.line;
  if (line < 0 || line >= source.lineCount) return '';
  const text = source.lineText(line).trim();
  const cell = /^\|?\s*([^|]*?)\s*\|/.exec(text);
  return (cell && text.startsWith('|') ? cell[1] : text).replace(/\s+/g, ' ').slice(0, 200);
}

/**
 * One identity per finding, in order: the same finding keeps it when lines are inserted above it, and it
 * changes when the rule, the wording or the subject does. Identical findings are told apart by their order.
 */
export function findingIdentities(findings: readonly Finding[], source: SourceText | undefined): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.ruleId, f.messageId ?? '', withoutLineNumbers(f.message), source ? subjectOf(f, source) : ''].join('\n');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}\n#${n}`;
  });
}
