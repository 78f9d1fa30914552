// The language server's store of analyses and parse trees, in process: it keeps a bounded number of
// documents however they arrive (a burst of opens once left one tree per document: 192 trees, 2.6 GB).
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from '../../server/src/lsp/documentStore';
import { Settings } from '../../server/src/lsp/settings';
import { COMPLETE, sow } from '../helpers/sow';

describe('language server document store', () => {
  const store = () => new DocumentStore(new Settings({} as Connection, () => false));
  const doc = (i: number, version = 1) => TextDocument.create(`untitled:doc-${i}.sow.md`, 'sow', version, sow(COMPLETE));

  it('keeps at most 8 analyses and parse trees in a burst of 200 documents', async () => {
    const s = store();
    await Promise.all(Array.from({ length: 200 }, (_, i) => s.get(doc(i))));
    assert.deepEqual(s.held, { analyses: 8, parsers: 8 });
  });

  it('reuses an analysis for the same version, and holds nothing for a forgotten document', async () => {
    const s = store();
    const first = await s.get(doc(1));
    assert.equal(await s.get(doc(1)), first);
    assert.notEqual(await s.get(doc(1, 2)), first);
    s.forget('untitled:doc-1.sow.md');
    assert.deepEqual(s.held, { analyses: 0, parsers: 0 });
  });
});
