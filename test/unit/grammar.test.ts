import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../cli/run';

/** Tokenises lines with the real TextMate engine VS Code uses; Markdown and YAML are stubbed. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      if (scope === 'text.markdown.sow')
        return textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/sow.tmLanguage.json'), 'utf8'), 'sow.tmLanguage.json');
      // Stand-ins for grammars VS Code ships: enough to prove ours defers to them.
      if (scope === 'text.html.markdown')
        return textmate.parseRawGrammar(
          JSON.stringify({
            scopeName: scope,
            patterns: [{ match: '^#{1,6} .*$', name: 'markup.heading.markdown' }],
            repository: { inline: { patterns: [{ match: '\\*\\*[^*]+\\*\\*', name: 'markup.bold.markdown' }] } },
          }),
          'md.json',
        );
      if (scope === 'source.yaml') return textmate.parseRawGrammar(JSON.stringify({ scopeName: scope, patterns: [] }), 'yaml.json');
      return null;
    },
  });
  const grammar = await registry.loadGrammar('text.markdown.sow');
  assert.ok(grammar);
  return grammar;
}

/** The scopes of the token covering `needle` in the line at `index` of `lines`. */
function scopesAt(grammar: textmate.IGrammar, lines: string[], index: number, needle: string, nth = 0): string[] {
  let state = textmate.INITIAL;
  let result: string[] = [];
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    if (i === index) {
      let at = -1;
      for (let k = 0; k <= nth; k++) at = line.indexOf(needle, at + 1);
      const token = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex);
      result = token?.scopes ?? [];
    }
    state = r.ruleStack;
  });
  return result;
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });
  const doc = [
    '---',
    'sow: 1',
    'model: co-managed',
    'client: Contoso',
    '---',
    '# Responsibilities',
    '| Function | Client | MSP |',
    '| Router refresh | R/A | I |',
    '| Backups | C | TBD |',
    '| Firewall | A | Responsible |',
    'A contract is a promise. R stays plain.',
    '| P1 | 15 minutes | 4 business hours |',
    '| Datto RMM | read-write | none |',
    '<!-- demarc-disable-next-line invalid-raci -->',
  ];
  const has = (scopes: string[], scope: string) => scopes.some((s) => s.startsWith(scope));

  it('scopes front-matter keys and the engagement model', () => {
    assert.ok(has(scopesAt(grammar, doc, 1, 'sow'), 'keyword.other.frontmatter-key.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 2, 'co-managed'), 'constant.language.model.demarc'));
  });

  it('scopes whole-cell RACI values by role', () => {
    assert.ok(has(scopesAt(grammar, doc, 7, 'R/A'), 'constant.language.raci.accountable.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 7, 'I |'), 'constant.language.raci.informed.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 8, 'C'), 'constant.language.raci.consulted.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 9, 'Responsible'), 'constant.language.raci.responsible.demarc'));
  });

  it('does not colour letters inside words or prose', () => {
    assert.ok(!has(scopesAt(grammar, doc, 7, 'Router'), 'constant.language.raci'));
    assert.ok(!has(scopesAt(grammar, doc, 10, 'A contract'), 'constant.language.raci'));
    assert.ok(!has(scopesAt(grammar, doc, 10, 'R stays'), 'constant.language.raci'));
  });

  it('scopes placeholders, parties, priorities, durations and access levels', () => {
    assert.ok(has(scopesAt(grammar, doc, 8, 'TBD'), 'invalid.illegal.placeholder.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 6, 'Client'), 'entity.name.party.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 11, 'P1'), 'constant.other.priority.p1.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 11, '15 minutes'), 'constant.numeric.duration.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 11, '4 business hours'), 'constant.numeric.duration.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 12, 'read-write'), 'support.constant.access.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 12, 'none'), 'support.constant.access.demarc'));
  });

  it('scopes suppression comments and leaves headings to Markdown', () => {
    assert.ok(has(scopesAt(grammar, doc, 13, 'invalid-raci'), 'entity.name.tag.rule.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 13, 'demarc-disable'), 'keyword.control.directive.demarc'));
    assert.ok(has(scopesAt(grammar, doc, 5, 'Responsibilities'), 'markup.heading.markdown'));
  });
});
