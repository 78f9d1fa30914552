import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, applyEdits, fixAll, SourceText, type Finding } from '../../server/src/engine';
import { newTerms } from '../helpers/terms';
import { sowMarkdown } from './arbitraries';

function insideDocument(text: string, f: Finding): boolean {
  const source = new SourceText(text);
  const ok = (p: { line: number; character: number }) => p.line < source.lineCount && p.character <= source.lineText(p.line).length;
  return ok(f.range.start) && ok(f.range.end) && (f.related ?? []).every((r) => ok(r.range.start) && ok(r.range.end));
}

function checkDocument(text: string): void {
  const first = analyse(text);
  assert.deepEqual(analyse(text).findings, first.findings, 'deterministic');
  for (const f of first.findings) {
    assert.ok(insideDocument(text, f), `${f.ruleId} range inside the document`);
    for (const fix of [f.fix, ...(f.suggestions ?? [])])
      for (const e of fix?.edits ?? []) assert.ok(insideDocument(text, { ...f, range: e.range }), 'edit inside');
  }
}

/** Applying a fix mends its finding and changes nothing outside the fix's edits. */
function checkFixes(text: string): void {
  const { findings, source } = analyse(text);
  for (const f of findings.filter((x) => x.fix)) {
    const fixed = applyEdits(text, f.fix!.edits);
    const offsets = f.fix!.edits.flatMap((e) => [source.offsetAt(e.range.start), source.offsetAt(e.range.end)]);
    const from = Math.min(...offsets);
    const to = Math.max(...offsets);
    assert.equal(fixed.slice(0, from), text.slice(0, from), 'text before the fix unchanged');
    assert.equal(fixed.slice(fixed.length - (text.length - to)), text.slice(to), 'text after the fix unchanged');
    const again = analyse(fixed).findings;
    assert.ok(
      !again.some(
        (g) => g.ruleId === f.ruleId && g.severity === 'error' && g.message === f.message && g.range.start.line === f.range.start.line,
      ),
      `${f.ruleId} fixed: ${f.message}`,
    );
    assert.ok(
      !again.some((g) => g.ruleId === f.ruleId && g.message === f.message && g.range.start.line === f.range.start.line),
      `${f.ruleId} gone after its fix`,
    );
  }
}

/** Fix-all converges (a second run changes nothing) and writes no term the document did not hold. */
function checkFixAll(text: string): void {
  const once = fixAll(text).text;
  assert.equal(fixAll(once).text, once, 'a second fix-all changes nothing');
  assert.deepEqual(newTerms(text, once), [], 'fix-all wrote terms the document did not hold');
}

/** DEMARC_FC_RUNS=5000 for a deeper hunt; the default keeps npm test to a few seconds. */
const RUNS = Number(process.env.DEMARC_FC_RUNS ?? 300);

describe('properties (fast-check)', function () {
  this.timeout(60000 + RUNS * 100);

  it('arbitrary text: never throws, ranges inside, deterministic', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), checkDocument), { numRuns: RUNS });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkDocument), { numRuns: Math.ceil((RUNS * 2) / 3) });
  });

  it('SOW-like Markdown: never throws, ranges inside, deterministic', () => {
    fc.assert(fc.property(sowMarkdown, checkDocument), { numRuns: RUNS });
  });

  it('every safe fix mends its finding without touching text outside its edits', () => {
    fc.assert(fc.property(sowMarkdown, checkFixes), { numRuns: RUNS });
  });

  it('fix-all converges and invents no terms, whatever the column order', () => {
    fc.assert(fc.property(sowMarkdown, checkFixAll), { numRuns: RUNS });
  });
});
