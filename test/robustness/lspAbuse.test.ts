import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../lsp/lspClient';
import { COMPLETE, sow } from '../helpers/sow';

const TEXT = sow(COMPLETE.replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only  |'));

function rss(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
}

/** The server stays up and keeps answering correctly whatever an editor (or a broken one) sends. */
describe('language server under abuse', function () {
  this.timeout(120000);
  let client: LspClient;

  beforeEach(async () => {
    client = new LspClient();
    await client.initialize({ debounceMs: 20 });
  });
  afterEach(async () => {
    await client.stop();
  });

  async function stillAnswers(): Promise<void> {
    const uri = fileUri('/tmp/probe.sow.md');
    await client.open(uri, TEXT);
    const ds = await client.forVersion(uri, 1);
    assert.ok(ds.some((d) => d.code === 'tool-access-insufficient'));
    assert.equal(client.process.exitCode, null, 'server still running');
  }

  it('1,000 rapid changes to one document: the last version wins', async () => {
    const uri = fileUri('/tmp/rapid.sow.md');
    await client.open(uri, TEXT);
    for (let v = 2; v <= 1001; v++) {
      const line = 10 + (v % 5);
      void client.change(uri, v, [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: v % 2 ? 'x' : '' }]);
    }
    await client.change(uri, 1002, [{ text: TEXT }]);
    const ds = await client.forVersion(uri, 1002);
    assert.ok(ds.some((d) => d.code === 'tool-access-insufficient'));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.ok(versions.length < 100, `${versions.length} publishes for 1,002 versions`);
  });

  it('200 documents opened at once all get diagnostics', async () => {
    const uris = Array.from({ length: 200 }, (_, i) => fileUri(`/tmp/many-${i}.sow.md`));
    await Promise.all(uris.map((u) => client.open(u, TEXT)));
    for (const u of uris) assert.ok((await client.forVersion(u, 1)).length > 0);
    await stillAnswers();
  });

  it('malformed JSON-RPC does not bring it down', async () => {
    // Each message is framed correctly (a wrong Content-Length desynchronises any LSP stream), but
    // its body is broken JSON, an unknown method, or a notification without its parameters.
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const junk = [
      frame('{"broken":tr'),
      frame('{"jsonrpc":"2.0","id":99,"method":"nope"}'),
      frame('{"jsonrpc":"2.0","method":"textDocument/didOpen"}'),
      frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":42}}}'),
      frame('[1,2,3]'),
    ];
    for (const j of junk) client.process.stdin.write(j);
    await new Promise((r) => setTimeout(r, 300));
    await stillAnswers();
  });

  it('two changes sent with one version number: the later text is analysed (edits ordered by arrival)', async () => {
    const uri = fileUri('/tmp/same-version.sow.md');
    await client.open(uri, TEXT);
    await client.forVersion(uri, 1);
    // A clean text, analysed and published, then the defective one under the same version 2: the server
    // holds the second, and must say so.
    await client.change(uri, 2, [{ text: sow(COMPLETE) }]);
    assert.deepEqual(await client.forVersion(uri, 2), []);
    await client.change(uri, 2, [{ text: TEXT }]);
    const ds = await client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'tool-access-insufficient'));
    assert.ok(ds.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    const last = client.published.filter((p) => p.uri === uri).pop()!;
    assert.ok(
      last.diagnostics.some((d) => d.code === 'tool-access-insufficient'),
      'the first text was not published after the second',
    );
    // A hover reads the same text: on the tool row, how Demarc read it and the rule that flags it.
    const line = TEXT.split('\n').findIndex((l) => l.startsWith('| Datto RMM'));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 40 } });
    assert.match(JSON.stringify(hover), /tool-access-insufficient/);
  });

  it('requests for unknown URIs and changes with stale versions are harmless', async () => {
    const unknown = fileUri('/tmp/never-opened.sow.md');
    assert.equal(
      await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }),
      null,
    );
    await client.change(unknown, 5, [{ text: 'x' }]);
    const uri = fileUri('/tmp/stale.sow.md');
    await client.open(uri, TEXT, 'sow', 10);
    await client.forVersion(uri, 10);
    await client.change(uri, 3, [{ text: '# replaced by an old version\n' }]);
    await new Promise((r) => setTimeout(r, 200));
    await stillAnswers();
  });

  it('memory returns near its baseline after 50 large documents close', async () => {
    const pid = client.process.pid!;
    await stillAnswers();
    const baseline = rss(pid);
    const big = `${TEXT}\n${'| Function | Contoso | Northwind |\n| --- | --- | --- |\n'}${'| Row | R | A |\n'.repeat(2000)}`;
    const uris = Array.from({ length: 50 }, (_, i) => fileUri(`/tmp/big-${i}.sow.md`));
    for (const u of uris) {
      await client.open(u, big);
      await client.forVersion(u, 1);
    }
    const loaded = rss(pid);
    for (const u of uris) await client.close(u);
    // The server collects garbage once it has been idle for 2 s, in rounds a second apart.
    await new Promise((r) => setTimeout(r, 9000));
    const after = rss(pid);
    console.log(
      `      rss: baseline ${(baseline / 1048576).toFixed(0)} MB, 50 open ${(loaded / 1048576).toFixed(0)} MB, closed ${(after / 1048576).toFixed(0)} MB`,
    );
    assert.ok(after - baseline < (loaded - baseline) / 3, 'most of what the open documents took is given back');
    await stillAnswers();
  });
});
