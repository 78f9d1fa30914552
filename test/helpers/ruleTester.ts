// A rule tester in the style of ESLint's RuleTester: literal documents, exact findings, exact fix and
// suggestion outputs; every output is linted again, and fix-all must converge.
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

interface ExpectedFinding {
  messageId: string;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Severity;
  /** The exact message, when the test wants to pin its wording. */
  message?: string;
  /** The whole document after this finding's fix alone; omitted means it must have no fix. */
  output?: string;
  /** The whole document after each suggestion, in order; omitted means it must have none. */
  suggestions?: { title: string; output: string }[];
}

export interface ValidCase {
  name: string;
  text: string;
  config?: DemarcConfig;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
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
        const shape = (f: Finding) => ({
          messageId: f.messageId,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
        });
        assert.deepEqual(
          found.map(shape),
          c.findings.map(({ messageId, line, column, endLine, endColumn }) => ({ messageId, line, column, endLine, endColumn })),
        );
        found.forEach((f, i) => {
          const want = c.findings[i];
          assert.equal(f.severity, want.severity ?? rule.defaultSeverity, 'severity');
          if (want.message !== undefined) assert.equal(f.message, want.message);
          if (want.output === undefined) assert.equal(f.fix, undefined, `"${f.message}" has no fix`);
          else {
            assert.ok(f.fix, `"${f.message}" has a fix`);
            const out = applyEdits(c.text, f.fix.edits);
            assert.equal(out, want.output, 'fix output');
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
            assert.equal(out, wanted[j].output, `suggestion "${s.title}" output`);
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
