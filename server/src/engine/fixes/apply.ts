import { analyse, type AnalyseOptions } from '../analyse';
import { SourceText } from '../source';
import type { Finding, TextEdit } from '../types';

/** Applies edits that do not overlap, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const source = new SourceText(text);
  const spans = edits
    .map((e) => ({ start: source.offsetAt(e.range.start), end: source.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const s of spans) {
    if (s.end > limit) continue;
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

/** Picks whole fixes whose edits overlap no fix picked before. */
function nonOverlappingFixes(findings: readonly Finding[], source: SourceText): TextEdit[] {
  const taken: [number, number][] = [];
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const spans = f.fix.edits.map((e) => [source.offsetAt(e.range.start), source.offsetAt(e.range.end)] as [number, number]);
    // Edits starting at one point would interleave, so they count as overlapping too.
    const clash = spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e) || s === ts));
    if (clash) continue;
    taken.push(...spans);
    edits.push(...f.fix.edits);
  }
  return edits;
}

const MAX_PASSES = 10;

/** What identifies a finding across passes: its rule, message and text (lines move as fixes insert rows). */
function key(f: Finding): string {
  return `${f.ruleId}\u0000${f.messageId ?? ''}\u0000${f.message}`;
}

/**
 * Applies safe fixes until none are left, as `eslint --fix` does; returns the text and how many were
 * applied. A pass whose fixed findings all come back fixed nothing: it is undone and fixing stops.
 */
export function fixAll(text: string, options: AnalyseOptions = {}): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  let previous: { text: string; applied: Finding[] } | undefined;
  for (let pass = 0; pass <= MAX_PASSES; pass++) {
    const { findings, source } = analyse(current, options);
    if (previous) {
      const after = new Map<string, number>();
      for (const f of findings) after.set(key(f), (after.get(key(f)) ?? 0) + 1);
      let mended = 0;
      for (const f of previous.applied) {
        const left = after.get(key(f)) ?? 0;
        if (left > 0) after.set(key(f), left - 1);
        else mended++;
      }
      if (mended === 0) return { text: previous.text, fixed };
      fixed += mended;
    }
    const edits = pass < MAX_PASSES ? nonOverlappingFixes(findings, source) : [];
    if (edits.length === 0) break;
    previous = { text: current, applied: findings.filter((f) => f.fix && f.fix.edits.every((e) => edits.includes(e))) };
    current = applyEdits(current, edits);
  }
  return { text: current, fixed };
}
