import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../../server/src/engine';
import { documentSizeLimit } from '../../server/src/lsp/settings';

/** Workspace settings are input too: they may make Demarc stricter, never switch a limit off. */
describe('language server settings', () => {
  it('maxDocumentSize can lower the size limit but not raise or disable it', () => {
    assert.equal(documentSizeLimit({ maxDocumentSize: 200 }), 200);
    assert.equal(documentSizeLimit({}), DEFAULT_MAX_DOCUMENT_SIZE);
    for (const hostile of [1e12, Infinity, NaN, -1, 0, 'x', null, [1]]) {
      assert.equal(documentSizeLimit({ maxDocumentSize: hostile as number }), DEFAULT_MAX_DOCUMENT_SIZE, String(hostile));
    }
  });
});
