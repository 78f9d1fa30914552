// The language server's store of analyses and parse trees, run with real analysis workers: it keeps a
// bounded number of documents however they arrive (a burst of opens once left one tree per document:
// 192 trees, 2.6 GB), and a slow document never holds up another's answers.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from '../../server/src/lsp/documentStore';
import { nodeHost } from '../../server/src/lsp/nodeHost';
import { Settings } from '../../server/src/lsp/settings';
import { COMPLETE, sow } from '../helpers/sow';

const WORKER = path.join(__dirname, '../../server/src/lsp/analysis/worker.js');

describe('language server document store', function () {
  this.timeout(60_000);
  let stores: DocumentStore[] = [];
  const store = () => {
    const s = new DocumentStore(new Settings({} as Connection, () => false), nodeHost(WORKER));
    stores.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of stores) s.dispose();
    stores = [];
  });
  const doc = (i: number, version = 1, text = sow(COMPLETE)) => TextDocument.create(`untitled:doc-${i}.sow.md`, 'sow', version, text);

  it('keeps at most 8 analyses and parse trees in a burst of 200 documents', async () => {
    const s = store();
    await Promise.all(Array.from({ length: 200 }, (_, i) => s.analyse(doc(i))));
    assert.deepEqual(await s.held(), { analyses: 8, parsers: 8 });
  });

  it('analyses a version once, and holds nothing for a forgotten document', async () => {
    const s = store();
    const first = s.analyse(doc(1));
    assert.equal(s.analyse(doc(1)), first);
    assert.notEqual(s.analyse(doc(1, 2)), first);
    await s.analyse(doc(1, 2));
    s.forget('untitled:doc-1.sow.md');
    assert.deepEqual(await s.held(), { analyses: 0, parsers: 0 });
  });

  it('reports a document over its time budget as not analysed, as the CLI does', async () => {
    const s = store();
    s.budgetMs = 1;
    const { findings } = await s.analyse(
      doc(1, 1, sow(COMPLETE) + '\n\n| Function | MSP |\n|---|---|\n' + '| Patching | R |\n'.repeat(20_000)),
    );
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.message]),
      [['not-analysed', 'error', 'Demarc did not analyse this document: it took longer than the time budget of 0.001 s.']],
    );
  });
});
