import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/engine';
import { ROOT } from '../cli/run';

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

/** Expands a snippet as VS Code would with every default kept: first choice, placeholder text, empty stops. */
export function expandSnippet(body: string[]): string {
  const vars: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11' };
  let text = body.join('\n');
  for (let i = 0; i < 3; i++) {
    text = text
      .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, __, first: string) => first)
      .replace(/\$\{(\d+):([^{}]*)\}/g, (_, __, d: string) => d)
      .replace(/\$\{([A-Z_]+)\}/g, (_, v: string) => vars[v] ?? '')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text;
}

describe('snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/sow.json'), 'utf8')) as Record<string, Snippet>;

  it('has the eight contract building blocks, each with a prefix, body and description', () => {
    assert.deepEqual(
      Object.values(snippets)
        .map((s) => s.prefix)
        .sort(),
      ['sow-co-managed', 'sow-escalation', 'sow-exit', 'sow-managed', 'sow-owner', 'sow-raci', 'sow-sla', 'sow-tools'],
    );
    for (const s of Object.values(snippets)) assert.ok(s.body.length > 2 && s.description.length > 10, s.prefix);
  });

  for (const prefix of ['sow-co-managed', 'sow-managed']) {
    it(`${prefix} expands to a SOW flagged only for its placeholders, and clean once they are filled`, () => {
      const text = expandSnippet(Object.values(snippets).find((s) => s.prefix === prefix)!.body);
      assert.ok(!/\$\{|\$\d/.test(text), 'no tab stop left');
      const { findings, model } = analyse(text);
      assert.deepEqual(
        findings.map((f) => `${f.ruleId}: ${f.message.slice(0, 40)}`),
        [
          'invalid-front-matter: `client: [Client name]` is not valid: it',
          'invalid-front-matter: `provider: [Provider name]` is not valid',
        ],
      );
      assert.ok(
        text.includes(prefix === 'sow-managed' ? 'title: Managed IT services' : 'title: Co-managed IT services'),
        'titled for its model',
      );
      const filled = text.replace(/\[Client name\]/g, 'Contoso').replace(/\[Provider name\]/g, 'Northwind');
      assert.deepEqual(
        analyse(filled).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}: ${f.message}`),
        [],
      );
      assert.equal(model?.frontMatter.engagementModel, prefix === 'sow-managed' ? 'managed' : 'co-managed');
      assert.ok(model!.functions.length >= 7 && model!.serviceLevels[0].rows.length === 4 && model!.tools.length >= 4);
    });
  }

  it('every section snippet starts with its heading', () => {
    for (const s of Object.values(snippets))
      if (!['sow-co-managed', 'sow-managed'].includes(s.prefix)) assert.match(s.body[0], /^## /, s.prefix);
  });

  it('table snippets give well-formed tables the engine recognises', () => {
    const wrap = (prefix: string) =>
      `---\nsow: 1\nmodel: co-managed\nclient: Client name\nprovider: Provider name\n---\n\n${expandSnippet(Object.values(snippets).find((s) => s.prefix === prefix)!.body)}\n`;
    assert.equal(analyse(wrap('sow-raci')).model?.matrices[0].kind, 'raci');
    assert.equal(analyse(wrap('sow-owner')).model?.matrices[0].kind, 'owner');
    assert.equal(analyse(wrap('sow-sla')).model?.serviceLevels[0].rows[0].priority, 1);
    assert.equal(analyse(wrap('sow-tools')).model?.tools.filter((t) => t.isRmm || t.isTicketing).length, 2);
    assert.equal(analyse(wrap('sow-escalation')).model?.sections[0].kind, 'escalation');
    assert.equal(analyse(wrap('sow-exit')).model?.sections[0].kind, 'exit');
    for (const prefix of ['sow-raci', 'sow-owner', 'sow-sla', 'sow-tools']) {
      const rows = expandSnippet(Object.values(snippets).find((s) => s.prefix === prefix)!.body)
        .split('\n')
        .filter((r) => r.startsWith('|'));
      const cells = rows.map((r) => r.split(/(?<!\\)\|/).length);
      assert.ok(
        cells.every((c) => c === cells[0]),
        `${prefix} rows have the same cell count`,
      );
    }
  });
});
