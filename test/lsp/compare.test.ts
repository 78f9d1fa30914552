// The language server's comparison of an open SOW with another version of it: `demarc/compare` for the
// "What changed" view, and the preview's "changed since HEAD" marks, in process and over stdio.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseText } from '../../server/src/document';
import { FEATURES } from '../../server/src/lsp/analysis/features';
import type { AnalysedDocument } from '../../server/src/lsp/documentStore';
import type { BaseVersion, CompareResult } from '../../server/src/lsp/protocol';
import { tempDir } from '../cli/run';
import { lineOf } from '../helpers/sow';
import { BASE, EDITS } from '../helpers/versions';
import { fileUri, LspClient } from './lspClient';

function analysed(uri: string, text: string): AnalysedDocument {
  const result = analyseText({ name: uri, text, config: {} });
  assert.ok(result.analysis);
  return { document: TextDocument.create(uri, 'sow', 1, text), revision: 1, analysis: result.analysis, config: {} };
}

const HEAD: BaseVersion = { name: 'HEAD:contracts/x.sow.md', label: 'HEAD', text: BASE };
const edited = ['response-changed', 'accountable-changed'].reduce((t, kind) => EDITS.find((e) => e.kind === kind)!.edit(t), BASE);

describe('comparing an open SOW with another version, in the language server', () => {
  it('answers demarc/compare with the changes, worded by the server, and the summary', () => {
    const result = FEATURES.compare(analysed('file:///w/contracts/x.sow.md', edited), { base: HEAD });
    assert.ok('view' in result, JSON.stringify(result));
    assert.equal(result.view.old, 'HEAD:contracts/x.sow.md');
    assert.equal(result.view.new, 'x.sow.md');
    assert.deepEqual(
      result.view.changes.map((c) => [c.kind, c.subject, c.label, c.description, c.line, c.weakens]),
      [
        [
          'accountable-changed',
          'Compliance documentation',
          'accountable changed',
          'Contoso → Northwind',
          lineOf(edited, '| Compliance documentation'),
          false,
        ],
        [
          'response-changed',
          'P1',
          'response time changed',
          '15 minutes → 4 business hours (slower, now counted in business time)',
          lineOf(edited, '| P1 |'),
          true,
        ],
      ],
    );
    assert.equal(result.summary, '2 changes, 1 weakens a term; findings: 2 introduced, 0 resolved');
  });

  it('says why another version could not be read, rather than comparing with nothing', () => {
    const broken = { ...HEAD, text: BASE.replace('client: Contoso', 'client: [Contoso') };
    const result = FEATURES.compare(analysed('file:///w/x.sow.md', BASE), { base: broken });
    assert.ok('error' in result);
    assert.match(result.error, /^HEAD:contracts\/x\.sow\.md: invalid YAML front matter/);
  });

  it('marks the preview rows changed since the baseline, by line, with what changed', () => {
    const doc = analysed('file:///w/contracts/x.sow.md', edited);
    const data = FEATURES.previewData(doc, { baseline: HEAD });
    assert.deepEqual(data.since, {
      label: 'HEAD',
      rows: [
        { line: lineOf(edited, '| Compliance documentation'), weakens: false, changes: ['accountable changed: Contoso → Northwind'] },
        {
          line: lineOf(edited, '| P1 |'),
          weakens: true,
          changes: ['response time changed: 15 minutes → 4 business hours (slower, now counted in business time)'],
        },
      ],
    });
    // The marked lines are rows the preview shows.
    assert.ok(data.functions.some((f) => f.line === data.since!.rows[0].line));
    assert.ok(data.serviceLevels.some((s) => s.line === data.since!.rows[1].line));
    assert.equal(FEATURES.previewData(doc).since, undefined, 'no baseline, no marks');
  });

  it('answers demarc/compare over stdio for an open SOW, and refuses a document it does not hold', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.sow.md');
    fs.writeFileSync(file, edited);
    const uri = fileUri(file);
    const client = new LspClient();
    try {
      await client.initialize();
      await client.open(uri, edited);
      await client.forVersion(uri, 1);
      const result = await client.request<CompareResult>('demarc/compare', { uri, base: HEAD });
      assert.ok('view' in result);
      assert.deepEqual(
        result.view.changes.map((c) => c.kind),
        ['accountable-changed', 'response-changed'],
      );
      await assert.rejects(
        client.request('demarc/compare', { uri: fileUri(path.join(dir, 'other.sow.md')), base: HEAD }),
        /not an open, analysable SOW/,
      );
    } finally {
      await client.stop();
    }
  });
});
