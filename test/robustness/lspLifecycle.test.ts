import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../lsp/lspClient';
import { COMPLETE, sow } from '../helpers/sow';

const HOVER = { textDocument: { uri: fileUri('/tmp/lifecycle.sow.md') }, position: { line: 0, character: 0 } };

async function errorCode(request: Promise<unknown>): Promise<number | string> {
  try {
    await request;
    return 'answered';
  } catch (e) {
    return (e as { code: number }).code;
  }
}

/** The errors the LSP specification names outside a server's running phase. */
describe('language server lifecycle', function () {
  this.timeout(30000);

  it('requests before initialize get ServerNotInitialized (-32002)', async () => {
    const client = new LspClient();
    try {
      assert.equal(await errorCode(client.request('textDocument/hover', HOVER)), -32002);
      assert.equal(await errorCode(client.request('demarc/previewData', { uri: HOVER.textDocument.uri })), -32002);
      await client.initialize();
      assert.equal(await client.request('textDocument/hover', HOVER), null);
    } finally {
      await client.stop();
    }
  });

  it('notifications before initialize are dropped, and a second initialize is refused', async () => {
    const client = new LspClient();
    try {
      const early = fileUri('/tmp/early.sow.md');
      await client.open(early, `${sow(COMPLETE)}\n${'>'.repeat(10)}\n`);
      await client.initialize();
      assert.equal(await client.request('demarc/previewData', { uri: early }), null, 'the document opened before initialize is not held');
      assert.ok(!client.published.some((p) => p.uri === early), 'nor linted');
      assert.equal(await errorCode(client.request('initialize', { processId: null, rootUri: null, capabilities: {} })), -32600);
    } finally {
      await client.stop();
    }
  });

  it('requests after shutdown get InvalidRequest (-32600); exit still ends the process', async () => {
    const client = new LspClient();
    await client.initialize();
    await client.request('shutdown', undefined);
    for (const [method, params] of [
      ['textDocument/hover', HOVER],
      ['demarc/previewData', { uri: HOVER.textDocument.uri }],
      ['shutdown', undefined],
      ['no/such/method', {}],
    ] as const) {
      assert.equal(await errorCode(client.request(method, params)), -32600, method);
    }
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', resolve));
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 0);
    client.connection.dispose();
  });

  it('a document the server could not analyse is an error diagnostic that says so', async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = fileUri('/tmp/overflow.sow.md');
      await client.open(uri, `${sow(COMPLETE)}\n${'> - '.repeat(3000)}\n`);
      const ds: Diagnostic[] = await client.forVersion(uri, 1);
      assert.deepEqual(
        ds.map((d) => [d.code, d.severity]),
        [['not-analysed', 1]],
      );
      assert.match(
        String(ds[0].message),
        /^Demarc did not analyse this document: quotes and lists nest 6000 levels deep, beyond the 100 Demarc reads\.$/,
      );
    } finally {
      await client.stop();
    }
  });
});
