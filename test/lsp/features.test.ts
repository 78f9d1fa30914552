// The language server's features, called in process on an analysis as the analysis worker holds it:
// what each answers. server.test.ts covers what only the wire shows (sync, publishing, settings).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Position } from 'vscode-languageserver-protocol';
import { configOf } from '../../server/src/cli/lintFile';
import { splitOfFile } from '../../server/src/cli/matrixCommand';
import { analyseText } from '../../server/src/document';
import type { DemarcConfig, Finding, SplitFormat } from '../../server/src/engine';
import { FEATURES } from '../../server/src/lsp/analysis/features';
import { mayComplete } from '../../server/src/lsp/features/completion';
import type { AnalysedDocument } from '../../server/src/lsp/documentStore';
import type { FindingRef } from '../../server/src/lsp/features/diagnostics';
import { ConfigLocator } from '../../server/src/node/configFiles';
import { tempDir } from '../cli/run';
import { COMPLETE, lineOf, sow } from '../helpers/sow';
import { apply, DEFECTS, QUICK_FIXES } from './documents';

/** A document analysed as the analysis worker analyses it (the one way in), with the config it was analysed with. */
function analysed(uri: string, text: string, version = 1, config: DemarcConfig = {}): AnalysedDocument {
  const result = analyseText({ name: uri, text, config });
  assert.ok(result.analysis, `analysed: ${result.notAnalysed?.reason}`);
  return { document: TextDocument.create(uri, 'sow', version, text), revision: version, analysis: result.analysis, config };
}

/** The diagnostics the server publishes for a document: each finding, pointing back to it by version and index. */
function diagnosticsOf(doc: AnalysedDocument): Diagnostic[] {
  return doc.analysis.findings.map((f, index) => {
    const data: FindingRef = { version: doc.document.version, index, messageId: f.messageId };
    return { range: f.range, source: 'demarc', code: f.ruleId, message: f.message, data };
  });
}

/** Where `needle` (its first occurrence from line `from`) starts, plus `offset` characters. */
function positionOf(text: string, needle: string, offset: number, from = 0): Position {
  const line = lineOf(text, needle, from) - 1;
  return { line, character: text.split('\n')[line].indexOf(needle) + offset };
}

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return items.map((i) => i.label);
}

/** What `demarc matrix FILE --format F` prints, in process: the command's own code, with the config it finds. */
async function matrix(file: string, format: SplitFormat): Promise<string> {
  return (await splitOfFile(file, format, await configOf(file, undefined, new ConfigLocator()))).content;
}

describe('language server features, in process', () => {
  let file: string;
  let uri: string;
  let doc: AnalysedDocument;

  before(() => {
    file = path.join(tempDir(), 'd.sow.md');
    fs.writeFileSync(file, DEFECTS);
    uri = pathToFileURL(file).href;
    doc = analysed(uri, DEFECTS);
  });

  const findingsOf = (text: string, version = 2): Finding[] => analysed(uri, text, version).analysis.findings;

  function quickFixes(code: string): { actions: CodeAction[]; line: number } {
    const d = diagnosticsOf(doc).find((x) => x.code === code);
    assert.ok(d, `a ${code} diagnostic`);
    const actions = FEATURES.codeActions(doc, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    return { actions, line: d.range.start.line };
  }

  for (const [code, title] of QUICK_FIXES) {
    it(`quick fix for ${code} removes the finding and changes nothing outside its edits`, () => {
      const { actions, line } = quickFixes(code);
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action?.edit?.changes, `one of: ${actions.map((a) => a.title).join(' | ')}`);
      const edits = action.edit.changes[uri];
      const fixed = apply(DEFECTS, edits);
      const before = DEFECTS.split('\n');
      const after = fixed.split('\n');
      const touched = new Set(edits.flatMap((e) => [e.range.start.line, e.range.end.line]));
      for (let i = 0; i < Math.min(before.length, [...touched][0] ?? 0); i++) assert.equal(after[i], before[i], `line ${i + 1} unchanged`);
      const found = findingsOf(fixed);
      assert.ok(
        !found.some((f) => f.ruleId === code && f.range.start.line === line),
        `${code} gone: ${found.map((f) => f.ruleId).join(', ')}`,
      );
    });
  }

  it('offers disable comments; the table form wraps the whole table', () => {
    const { actions } = quickFixes('tool-access-insufficient');
    const table = actions.find((a) => a.title === 'Disable tool-access-insufficient for this table')!;
    const fixed = apply(DEFECTS, table.edit!.changes![uri]);
    assert.match(fixed, /<!-- demarc-disable tool-access-insufficient -->\n\n\| Tool \|/);
    const found = findingsOf(fixed);
    assert.ok(!found.some((f) => f.ruleId === 'tool-access-insufficient'));
    assert.ok(
      found.some((f) => f.ruleId === 'unassigned-function'),
      'other rules still report',
    );
    const file = actions.find((a) => a.title === 'Disable tool-access-insufficient for this file')!;
    assert.match(apply(DEFECTS, file.edit!.changes![uri]), /^---[^]*?---\n\n<!-- demarc-disable tool-access-insufficient -->\n/);
  });

  it('source.fixAll.demarc applies every safe fix in one minimal edit, and only when asked for by name', () => {
    const text = DEFECTS.replace('| P1 | 15 minutes | 4 hours |\n', '');
    const noP1 = analysed(uri, text);
    const before = noP1.analysis.findings;
    const ask = (only?: string[]) =>
      FEATURES.codeActions(noP1, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only },
      });
    assert.deepEqual(ask(), [], 'a lightbulb request (no only) computes no fix-all');
    const actions = ask(['source.fixAll.demarc']);
    assert.equal(actions.length, 1);
    const [edit] = actions[0].edit!.changes![uri];
    assert.ok(edit.range.start.line > 10, 'the edit starts where the first fix does, not at the top');
    const fixed = apply(text, [edit]);
    assert.ok(fixed.includes('| P1 | TBD |  |'), 'a placeholder, no invented time');
    const after = findingsOf(fixed);
    assert.equal(after.length, before.length, 'the missing row becomes a flagged placeholder; nothing else changes');
    assert.ok(after.some((f) => f.ruleId === 'p1-response-missing' && /"TBD" is not measurable/.test(f.message)));
  });

  it('hovers over RACI cells, service levels, parties and findings, saying how each was read', () => {
    const at = (needle: string, offset = 1, from = 0) => {
      const h = FEATURES.hover(doc, { position: positionOf(DEFECTS, needle, offset, from) });
      return h ? (h.contents as { value: string }).value : '';
    };
    assert.match(at('R/A |'), /Accountable: owns the outcome/);
    assert.match(at('15 minutes'), /15 minutes/);
    assert.match(
      at('4 hours'),
      /Read as \*\*P1\*\* \("P1"\) · response \*\*15 minutes\*\*\. Clock time, around the clock\. · resolution 4 hours/,
    );
    assert.match(at('Northwind |', 1, 8), /the provider \(the MSP\)/);
    assert.match(at('Vendor management'), /\*\*unassigned-function\*\* \(error\).*\[Rule documentation\]\(https:/s);
  });

  it('hovers over a finding with the playbook position it falls short of, the playbook read as text', async () => {
    const file = path.join(__dirname, '../../../test/fixtures/playbook/northwind.sow.md');
    const { config } = await new ConfigLocator().configFor(file);
    const text = fs.readFileSync(file, 'utf8');
    const doc = analysed(pathToFileURL(file).href, text, 1, config);
    const at = (needle: string) => {
      const h = FEATURES.hover(doc, { position: positionOf(text, needle, 1) });
      return h ? (h.contents as { value: string }).value : '';
    };
    assert.match(
      at('NinjaOne |'),
      /\*\*playbook-tool-access\*\*.*Playbook "Northwind standard co\\-managed terms" on NinjaOne: \*\*read\\-write access for the client\*\*\. This SOW: "read\\-only"\./s,
    );
    const plain = analysed(pathToFileURL(file).href, text);
    const h = FEATURES.hover(plain, { position: positionOf(text, 'NinjaOne |', 1) });
    assert.doesNotMatch(h ? JSON.stringify(h) : '', /Playbook/, 'no playbook, no position');
  });

  it('completes RACI values, parties, functions, priorities, durations, access levels and headings', () => {
    const text = sow(COMPLETE);
    const complete = analysed(uri, text);
    const at = (needle: string, offset: number) => labels(FEATURES.completion(complete, { position: positionOf(text, needle, offset) }));
    assert.deepEqual(at('| I | R/A |', 2).slice(0, 6), ['R/A', 'R', 'A', 'C', 'I', '-']);
    assert.deepEqual(at('| Contoso | Northwind |', 3), ['Contoso', 'Northwind'], 'a party column header takes a party name');
    assert.deepEqual(at('| Datto RMM |', 3), [], 'no values in a tool name cell');
    assert.ok(at('| Security monitoring', 3).includes('After-hours support'));
    assert.deepEqual(at('| P2 |', 2), ['P1', 'P2', 'P3', 'P4']);
    assert.ok(at('| 1 hour |', 3).includes('next business day'));
    assert.deepEqual(at('read-write | Agents', 1), ['read-write', 'read-only', 'none']);
    assert.ok(at('## Escalation', 13).includes('Termination and exit'), 'a heading being typed');
    assert.deepEqual(at('## Escalation', 3), [], 'not in front of an existing title');
    const line = lineOf(text, '| 1 hour |') - 1;
    const items = FEATURES.completion(complete, { position: { line, character: 11 } });
    const edit = items.find((i) => i.label === '2 hours')!.textEdit as {
      range: { start: { character: number }; end: { character: number } };
      newText: string;
    };
    assert.deepEqual(
      [edit.range.start.character, edit.range.end.character, edit.newText],
      [7, 11, '2 hours'],
      'the item replaces what was typed in the cell',
    );
    assert.deepEqual(at('model: co-managed', 8), ['managed', 'co-managed']);
  });

  it('completes while typing: after a pipe, after R/, and nothing in prose', () => {
    const text = sow(
      COMPLETE.replace('| Network monitoring | R/A | I |', '| Network monitoring | R/A | I |\n| Printers |') + '\nSome prose here\n',
    );
    const typing = analysed(uri, text);
    const row = lineOf(text, '| Printers |') - 1;
    const afterPipe = FEATURES.completion(typing, { position: { line: row, character: '| Printers |'.length } });
    assert.deepEqual(
      afterPipe.slice(0, 2).map((i) => (i.textEdit as { newText: string }).newText),
      [' R/A', ' R'],
      'a space after the pipe',
    );
    const slash = text.replace('| Printers |', '| Printers | R/');
    const afterSlash = FEATURES.completion(analysed(uri, slash, 3), { position: { line: row, character: '| Printers | R/'.length } });
    const edit = afterSlash.find((i) => i.label === 'R/A')!.textEdit as { range: { start: { character: number } }; newText: string };
    assert.deepEqual([edit.range.start.character, edit.newText], ['| Printers | '.length, 'R/A'], 'R/ becomes R/A');
    assert.ok(mayComplete('| Printers | R/', 15) && mayComplete('## ', 3) && mayComplete('model: ', 7) && mayComplete('sow', 3));
    assert.ok(
      !mayComplete('Some prose here', 5) && !mayComplete('- ', 2) && !mayComplete('1. ', 3),
      'prose and list markers ask for nothing',
    );
    assert.deepEqual(labels(FEATURES.completion(typing, { position: positionOf(text, 'Some prose here', 5) })), []);
  });

  it('offers snippets only on a line holding the word being typed, outside tables, without repeating the heading above', () => {
    const text = sow(COMPLETE.replace('## Service levels\n', '## Service levels\n\nsow\n') + '\n## Scope\n\n\n');
    const doc = analysed(uri, text);
    const at = (line: number, character = 0) => FEATURES.completion(doc, { position: { line, character } });
    const underSla = at(lineOf(text, 'sow', 7) - 1, 3);
    assert.deepEqual(
      underSla.map((i) => i.label),
      ['sow-raci', 'sow-owner', 'sow-sla', 'sow-tools', 'sow-escalation', 'sow-exit'],
      'sections only: the document has front matter',
    );
    const sla = underSla.find((i) => i.label === 'sow-sla')!;
    assert.match((sla.textEdit as { newText: string }).newText, /^\| Priority/, 'no second "## Service levels" heading');
    const raci = underSla.find((i) => i.label === 'sow-raci')!;
    assert.match((raci.textEdit as { newText: string }).newText, /^## Responsibilities\n/, 'a section of another topic brings its heading');
    const inScope = at(lineOf(text, '## Scope') + 1);
    assert.match((inScope.find((i) => i.label === 'sow-sla')!.textEdit as { newText: string }).newText, /^## Service levels\n/);
    assert.deepEqual(
      labels(at(lineOf(text, '| Patch management') - 1, 2)).filter((l) => l.startsWith('sow-')),
      [],
      'none in a matrix cell',
    );
    assert.deepEqual(
      labels(at(lineOf(text, '| Network monitoring') - 1)).filter((l) => l.startsWith('sow-')),
      [],
      'none at the start of a table row',
    );
    const empty = analysed(uri, '\n\n', 4);
    const whole = FEATURES.completion(empty, { position: { line: 2, character: 0 } });
    const skeleton = whole.find((i) => i.label === 'sow-co-managed')!;
    assert.ok(skeleton, 'a whole SOW where it is the whole document');
    assert.deepEqual(skeleton.additionalTextEdits, [
      { range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, newText: '' },
    ]);
  });

  it('formats the document and a selection: tables aligned, nothing else touched', () => {
    const text = sow(`${COMPLETE}\nProse | with a pipe.\n`);
    const doc = analysed(uri, text);
    const edits = FEATURES.formatting(doc, {});
    const out = apply(text, edits);
    assert.ok(
      out.includes('| Function                     | Contoso | Northwind |\n| ---------------------------- | ------- | --------- |'),
      out,
    );
    assert.ok(out.includes('Prose | with a pipe.'));
    assert.ok(
      edits.every((e) => /^\|/.test(text.split('\n')[e.range.start.line])),
      'only table rows change',
    );
    assert.deepEqual(FEATURES.formatting(analysed(uri, out, 2), {}), [], 'idempotent');
    const sla = lineOf(text, '| P1 |') - 1;
    const selection = FEATURES.formatting(doc, { range: { start: { line: sla, character: 0 }, end: { line: sla + 1, character: 0 } } });
    assert.ok(selection.length > 0 && selection.every((e) => Math.abs(e.range.start.line - sla) <= 3), 'only the service-level table');
  });

  it('outlines sections with functions, priorities and tools under them, and folds them', () => {
    const text = sow(COMPLETE);
    const complete = analysed(uri, text);
    const symbols = FEATURES.documentSymbols(complete);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Responsibilities', 'Service levels', 'Tools', 'Escalation', 'Termination and exit'],
    );
    assert.deepEqual(
      symbols[0].children?.map((c) => c.name),
      ['Security monitoring', 'Patch management', 'Backup and disaster recovery', 'Network monitoring'],
    );
    assert.deepEqual(
      symbols[1].children?.map((c) => c.name),
      ['P1', 'P2'],
    );
    assert.deepEqual(
      symbols[2].children?.map((c) => c.name),
      ['Datto RMM', 'Autotask'],
    );
    const folds = FEATURES.foldingRanges(complete);
    assert.ok(
      folds.some((f) => f.startLine === 0 && f.endLine === lineOf(text, '---', 1) - 1),
      'front matter folds',
    );
    assert.ok(folds.some((f) => f.startLine === lineOf(text, '## Responsibilities') - 1));
    assert.ok(folds.some((f) => f.startLine === lineOf(text, '| Function') - 1 && f.endLine === lineOf(text, '| Network monitoring') - 1));
  });

  it('keeps a bold line standing for a heading out of the outline and its folds, as VS Code does, though it is read as a section', () => {
    const text = sow(`## Services

Help desk support.

**9. Termination**

Either party may terminate on 30 days' notice.
`);
    const doc = analysed(uri, text);
    assert.deepEqual(
      FEATURES.documentSymbols(doc).map((s) => s.name),
      ['Services'],
    );
    assert.ok(!FEATURES.foldingRanges(doc).some((f) => f.startLine === lineOf(text, '**9. Termination**') - 1));
    assert.deepEqual(
      doc.analysis.model?.sections.map((s) => [s.title, s.kind ?? '']),
      [
        ['Services', ''],
        ['9. Termination', 'exit'],
      ],
    );
  });

  it('gives the preview the playbook checklist: every position, met or not, at its line', async () => {
    const file = path.join(__dirname, '../../../test/fixtures/playbook/northwind.sow.md');
    const { config } = await new ConfigLocator().configFor(file);
    const text = fs.readFileSync(file, 'utf8');
    const data = FEATURES.previewData(analysed(pathToFileURL(file).href, text, 1, config));
    assert.equal(data.playbook?.name, 'Northwind standard co-managed terms');
    const positions = data.playbook!.positions;
    const unmet = positions.filter((p) => !p.met);
    // Each unmet position is a finding of its rule on the same line, and the met ones are listed too.
    const findings = analysed(pathToFileURL(file).href, text, 1, config).analysis.findings.filter((f) => f.ruleId.startsWith('playbook-'));
    assert.deepEqual(unmet.map((p) => `${p.line} ${p.rule}`).sort(), findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`).sort());
    assert.ok(
      positions.some((p) => p.met && p.subject === 'HaloPSA'),
      'a met position is on the list',
    );
    assert.equal(FEATURES.previewData(analysed(pathToFileURL(file).href, text)).playbook, undefined, 'no playbook, no checklist');
  });

  it('answers previewData with what demarc matrix prints, plus SLA rows and tools', async () => {
    const model = FEATURES.previewData(doc);
    const split = JSON.parse(await matrix(file, 'json'));
    assert.deepEqual(model.parties, split.parties);
    assert.deepEqual(
      model.functions.map(({ findings: _findings, cells: _cells, notes: _notes, table: _table, ...f }) => f),
      split.functions,
    );
    const patch = model.functions.find((_, i) => split.functions[i].name === 'Patch management')!;
    assert.deepEqual(
      patch.cells,
      [
        { text: 'A', value: 'A', strongest: 'A' },
        { text: 'A', value: 'A', strongest: 'A' },
      ],
      'each cell as written and as read, with its weightiest role',
    );
    assert.ok(
      model.ownership.every((o) => o.accountable > 0),
      'accountable counts per party, from the engine',
    );
    assert.equal(model.engagementModel, 'co-managed');
    assert.deepEqual(
      model.serviceLevels.map((s) => s.priority),
      ['P1', 'P2'],
    );
    assert.deepEqual(
      model.tools.map((t) => [t.name, t.accessLevel, t.findings.length]),
      [
        ['Datto RMM', 'read-only', 1],
        ['Autotask', 'read-write', 0],
      ],
    );
    assert.ok(model.functions.some((f) => f.findings.some((x) => x.ruleId === 'unassigned-function')));
    assert.equal(FEATURES.exportSplit(doc, { format: 'csv' }), await matrix(file, 'csv'));
  });
});
