import { analyze, type AnalyzeOptions } from '../analyze';
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
export function nonOverlappingFixes(findings: readonly Finding[], source: SourceText): TextEdit[] {
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

/** Applies safe fixes until none are left, as `eslint --fix` does; returns the text and how many were applied. */
export function fixAll(text: string, options: AnalyzeOptions = {}): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings, source } = analyze(current, options);
    const edits = nonOverlappingFixes(findings, source);
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    fixed += findings.filter((f) => f.fix && f.fix.edits.every((e) => edits.includes(e))).length;
  }
  return { text: current, fixed };
}
