// The super-linear attacks the hostile-input review found in code Demarc owns, each as a family of
// inputs at n and 10n (the Markdown parser's own limits are handled by the time budget, docs/limits.md).
import * as assert from 'node:assert/strict';
import { analyse, fixAll, type Finding } from '../../server/src/engine';
import { applyDirectives, parseDirectives } from '../../server/src/engine/suppression';
import { documentSymbols } from '../../server/src/lsp/features/symbols';
import { nearLinear } from '../helpers/complexity';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n\n';
// A family is only measured while the engine reads it: a refused document would measure the refusal.
const run = (text: string) => assert.ok(analyse(text).model, `${text.length} characters were not analysed`);

describe('hostile input stays near-linear', function () {
  this.timeout(180000);

  it('long runs inside cells: owner cells, bracketed party names, priorities, hours', () => {
    nearLinear((n) => `${FM}| Function | Owner |\n| --- | --- |\n| Backups | Contoso${' '.repeat(n)}x |\n`, run, 20000);
    nearLinear(
      (n) => `${FM}| Function | Contoso (${'('.repeat(n)} | Northwind |\n| --- | --- | --- |\n| Backups | I | R/A |\n`,
      run,
      20000,
    );
    nearLinear((n) => `${FM}| Priority | Response |\n| --- | --- |\n| P${' '.repeat(n)}1 | 1 hour |\n`, run, 20000);
    nearLinear((n) => `${FM}| Priority | Response | Hours |\n| --- | --- | --- |\n| P1 | 1 hour | ${'1'.repeat(n)} x 5 |\n`, run, 20000);
    nearLinear(
      (n) => `${FM}| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Backups | R${' '.repeat(n)}- note | A${'*'.repeat(n)}: |\n`,
      run,
      20000,
    );
  });

  it('products of two lists: exit items x tools, priority rows, findings x suppression comments', () => {
    const tools = (n: number) =>
      `${FM}| Tool | Access |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| Tool${i} RMM | read-write |`).join('\n')}\n\n## Exit\n\n${Array.from({ length: n }, (_, i) => `- Tool${i} agents are removed.`).join('\n')}\n`;
    nearLinear(tools, run, 100);
    nearLinear(
      (n) =>
        `${FM}| Priority | Response |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| P${(i % 4) + 1} | ${n - i} hours |`).join('\n')}\n`,
      run,
      200,
    );
    // Suppression on its own: with whole documents the parse hides a product of findings and comments.
    const suppression = (n: number) => {
      const comments = Array.from({ length: n }, (_, i) => ({
        text: `<!-- demarc-${i % 2 ? 'enable' : 'disable'} rule-${i % 7} -->`,
        range: { start: { line: i * 3 }, end: { line: i * 3 } },
      }));
      const findings = Array.from({ length: n }, (_, i): Finding => ({
        ruleId: `rule-${i % 7}`,
        severity: 'error',
        message: '',
        range: { start: { line: i * 3 + 1, character: 0 }, end: { line: i * 3 + 1, character: 1 } },
      }));
      return { directives: parseDirectives(comments), findings };
    };
    nearLinear(suppression, ({ directives, findings }) => void applyDirectives(findings, directives, 0), 3000);
  });

  it("runs inside the passages a tool's reading weighs: stack headings, monitoring passages, exit clauses removing software", () => {
    nearLinear(
      (n) =>
        `${FM}## Technology Stack\n\n${Array.from({ length: n }, (_, i) => `- **Datto RMM** ${i}`).join('\n')}\n\nNorthwind watches ${'your '.repeat(n)}servers through our monitoring system.\n\n## Termination\n\nNorthwind will remove ${'its all our '.repeat(n)}data and ${'remove '.repeat(n)}x.\n`,
      run,
      1000,
    );
  });

  it('front matter with many keys, and document symbols over many rows and sections', () => {
    nearLinear(
      (n) => `---\nsow: 1\nmodel: managed\nclient: A\nprovider: B\n${Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n')}\n---\n`,
      run,
      500,
    );
    const sections = (n: number) =>
      analyse(
        `${FM}${Array.from({ length: n }, (_, i) => `## S${i}\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| F${i} | R | A |\n`).join('\n')}`,
      ).model!;
    nearLinear(sections, (model) => void documentSymbols(model), 250, 5000, 2000);
  });

  it('fix-all on a large document', () => {
    const doc = (n: number) =>
      `${FM}${Array.from({ length: n }, (_, i) => `| Severity | Response |\n| --- | --- |\n| Sev 2 | ${i} hours |\n`).join('\n')}`;
    nearLinear(doc, (text) => void fixAll(text), 30, 20000);
  });

  it('output stays bounded: 300 undeclared parties in 300 tables give messages of bounded length', () => {
    const header = Array.from({ length: 300 }, (_, i) => `Party${i}`).join(' | ');
    const text = `---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [${Array.from({ length: 300 }, (_, i) => `Declared${i}`).join(', ')}]\n---\n\n${`| Function | ${header} |\n| --- |${' --- |'.repeat(300)}\n| F | ${'R | '.repeat(300)}\n\n`.repeat(30)}`;
    const findings = analyse(text).findings.filter((f) => f.ruleId === 'unknown-party');
    assert.equal(findings.length, 30, 'one finding per header row');
    for (const f of findings) assert.ok(f.message.length < 400, `${f.message.length} characters`);
  });
});
