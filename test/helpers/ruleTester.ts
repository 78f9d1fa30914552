// A rule tester in the style of ESLint's RuleTester: literal documents, exact findings (placed by the text
// they cover), exact whole-document fix and suggestion outputs; every output is linted again, and fix-all
// must converge.
import * as assert from 'node:assert/strict';
import {
  analyse,
  applyEdits,
  fixAll,
  NOT_ANALYSED,
  type DemarcConfig,
  type Finding,
  type Rule,
  type Severity,
} from '../../server/src/engine';

/**
 * Where a finding is: the exact text its range covers, at the first place it occurs in the document (or the
 * first after the first occurrence of `after`). Line and column are computed from it, so a document can
 * be written as it reads.
 */
type At = string | { text: string; after: string };

/**
 * A whole document after a fix or suggestion: written out, or as an edit of the case's text (the text it
 * names must occur exactly once). Either way the whole document is compared.
 */
type Output = string | { replace: string; by: string } | { after: string; insert: string } | { append: string };

interface ExpectedFinding {
  messageId: string;
  at: At;
  severity?: Severity;
  /** The exact message, when the test wants to pin its wording. */
  message?: string;
  /** The whole document after this finding's fix alone; omitted means it must have no fix. */
  output?: Output;
  /** The whole document after each suggestion, in order; omitted means it must have none. */
  suggestions?: { title: string; output: Output }[];
}

export interface ValidCase {
  name: string;
  text: string;
  config?: DemarcConfig;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

const BREAK = /\r\n|\r|\n/g;

/** 1-based line and column of an offset, as editors show them. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const m of text.slice(0, offset).matchAll(BREAK)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of a 0-based line and character. */
function offsetOf(text: string, line: number, character: number): number {
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    if (line === 0) break;
    line--;
    start = m.index + m[0].length;
  }
  return start + character;
}

function rangeOf(text: string, at: At) {
  const needle = typeof at === 'string' ? at : at.text;
  let from = 0;
  if (typeof at !== 'string') {
    from = text.indexOf(at.after);
    if (from < 0) throw new Error(`at: "${at.after}" is not in the text`);
    from += at.after.length;
  }
  const start = text.indexOf(needle, from);
  if (needle === '' || start < 0) throw new Error(`at: "${needle}" is not in the text`);
  const s = position(text, start);
  const e = position(text, start + needle.length);
  return { text: needle, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** Where the one occurrence of `part` starts; a part that is missing or repeated is a mistake in the test. */
function once(text: string, part: string): number {
  const i = text.indexOf(part);
  if (part === '' || i < 0) throw new Error(`output: "${part}" is not in the text`);
  if (text.indexOf(part, i + 1) >= 0) throw new Error(`output: "${part}" occurs more than once in the text; quote more of it`);
  return i;
}

function outputOf(text: string, output: Output): string {
  if (typeof output === 'string') return output;
  if ('append' in output) return text + output.append;
  if ('replace' in output) {
    const i = once(text, output.replace);
    return text.slice(0, i) + output.by + text.slice(i + output.replace.length);
  }
  const i = once(text, output.after) + output.after.length;
  return text.slice(0, i) + output.insert + text.slice(i);
}

function ofRule(rule: Rule, text: string, config?: DemarcConfig): Finding[] {
  const all = analyse(text, { config }).findings;
  const broken = all.filter((f) => f.ruleId === NOT_ANALYSED);
  assert.deepEqual(
    broken.map((f) => f.message),
    [],
    'the document was analysed and no rule broke its contract',
  );
  return all.filter((f) => f.ruleId === rule.id);
}

function same(a: Finding, b: Finding): boolean {
  return a.messageId === b.messageId && a.message === b.message;
}

/** Lints a fix's or suggestion's output again: the finding it mended must be gone. */
function assertMended(rule: Rule, finding: Finding, output: string, what: string, config?: DemarcConfig): void {
  const again = ofRule(rule, output, config);
  assert.ok(!again.some((f) => same(f, finding)), `${what} did not mend "${finding.message}"`);
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        assert.deepEqual(
          ofRule(rule, c.text, c.config).map((f) => f.message),
          [],
        );
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = ofRule(rule, c.text, c.config);
        const shape = (f: Finding) => {
          const { start, end } = f.range;
          return {
            messageId: f.messageId,
            text: c.text.slice(offsetOf(c.text, start.line, start.character), offsetOf(c.text, end.line, end.character)),
            line: start.line + 1,
            column: start.character + 1,
            endLine: end.line + 1,
            endColumn: end.character + 1,
          };
        };
        assert.deepEqual(
          found.map(shape),
          c.findings.map(({ messageId, at }) => ({ messageId, ...rangeOf(c.text, at) })),
        );
        found.forEach((f, i) => {
          const want = c.findings[i];
          assert.equal(f.severity, want.severity ?? rule.defaultSeverity, 'severity');
          if (want.message !== undefined) assert.equal(f.message, want.message);
          if (want.output === undefined) assert.equal(f.fix, undefined, `"${f.message}" has no fix`);
          else {
            assert.ok(f.fix, `"${f.message}" has a fix`);
            const out = applyEdits(c.text, f.fix.edits);
            assert.deepEqual(out, outputOf(c.text, want.output), 'fix output');
            assertMended(rule, f, out, `the fix "${f.fix.title}"`, c.config);
          }
          const suggestions = f.suggestions ?? [];
          const wanted = want.suggestions ?? [];
          assert.deepEqual(
            suggestions.map((s) => s.title),
            wanted.map((s) => s.title),
            'suggestion titles',
          );
          suggestions.forEach((s, j) => {
            const out = applyEdits(c.text, s.edits);
            assert.deepEqual(out, outputOf(c.text, wanted[j].output), `suggestion "${s.title}" output`);
            assertMended(rule, f, out, `the suggestion "${s.title}"`, c.config);
          });
        });
        const once = fixAll(c.text, { config: c.config }).text;
        assert.equal(fixAll(once, { config: c.config }).text, once, 'fix-all converges: a second run changes nothing');
      });
    }
    it('covers every message id, and fixes and suggestions exactly when the rule declares them', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      assert.deepEqual([...used].sort(), Object.keys(rule.messages).sort(), 'message ids tested');
      assert.equal(
        cases.invalid.some((c) => c.findings.some((f) => f.output !== undefined)),
        rule.fixable,
        'a fix is tested iff the rule is fixable',
      );
      assert.equal(
        cases.invalid.some((c) => c.findings.some((f) => f.suggestions?.length)),
        rule.hasSuggestions,
        'suggestions tested iff declared',
      );
    });
  });
}
