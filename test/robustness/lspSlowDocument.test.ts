// A slow document must not hold up the editor: analysis runs in worker threads, so requests about other
// documents are answered while it runs; a newer version stops a pathological older analysis; and a
// document over its time budget is an error that says so. The slow input is real size, not a trick: a
// 40,000-row responsibility matrix (1.4 MB, under the 5 MB limit) takes Demarc tens of seconds to read.
import * as assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { COMPLETE, sow } from '../helpers/sow';
import { fileUri, LspClient } from '../lsp/lspClient';

const ROWS = Array.from({ length: 40_000 }, (_, i) => `| Function ${i} | R | A | C | I |`).join('\n');
const SLOW = `${sow(COMPLETE)}\n\n| Function | MSP | Client | Vendor | Other |\n|---|---|---|---|---|\n${ROWS}\n`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

describe('language server with a slow document', function () {
  this.timeout(60_000);
  let client: LspClient;
  afterEach(() => client.stop());

  it("hovers on another document and a third document's diagnostics are answered while the slow analysis runs; the slow one ends not analysed", async () => {
    client = new LspClient();
    await client.initialize({ debounceMs: 0, budgetMs: 4000 });
    const other = fileUri('/tmp/other.sow.md');
    await client.open(other, sow(COMPLETE));
    await client.forVersion(other, 1);
    const slow = fileUri('/tmp/slow.sow.md');
    const opened = Date.now();
    await client.open(slow, SLOW);
    // Long enough for a person to move the mouse; the slow analysis takes seconds more.
    await sleep(1000);
    const line = sow(COMPLETE)
      .split('\n')
      .findIndex((l) => l.startsWith('| P1 '));
    const hovers = [];
    for (let i = 0; i < 9; i++)
      hovers.push(
        await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: other }, position: { line, character: 8 } }),
      );
    // The slow analysis was still running for every hover.
    assert.equal(client.published.filter((p) => p.uri === slow).length, 0, 'the slow document finished early: the test proves nothing');
    assert.ok(
      hovers.every((h) => h !== null),
      'every hover answered with content',
    );

    // A document opened meanwhile gets its diagnostics without waiting for the slow one. How fast is measured
    // in bench/lspLoad.mjs (medians under load); a test asserts the order, which a shared machine cannot upset.
    const third = fileUri('/tmp/third.sow.md');
    await client.open(third, sow(COMPLETE));
    await client.forVersion(third, 1);
    assert.equal(
      client.published.filter((p) => p.uri === slow).length,
      0,
      "the third document's diagnostics came before the slow one's verdict",
    );

    const ds = await client.forVersion(slow, 1);
    assert.deepEqual(
      ds.map((d) => [d.code, d.severity, d.message]),
      [['not-analysed', 1, 'Demarc did not analyse this document: it took longer than the time budget of 4 s.']],
    );
    // The budget is the worker thread's CPU time, so on a shared machine it ends later than 4 s of the
    // clock; still far sooner than the whole analysis (over 20 s of CPU time).
    assert.ok(Date.now() - opened < 15_000, 'the budget stopped the analysis');
  });

  it('a newer version stops a pathological older analysis instead of waiting for it', async () => {
    client = new LspClient();
    await client.initialize({ debounceMs: 0 });
    const uri = fileUri('/tmp/slow.sow.md');
    await client.open(uri, SLOW);
    // Past the point where a restart is cheaper than waiting (3 s), well before the 10 s budget.
    await sleep(3300);
    const { ms, value } = await timed(async () => {
      await client.change(uri, 2, [{ text: sow(COMPLETE) }]);
      return client.forVersion(uri, 2);
    });
    assert.deepEqual(value, [], 'the new version is analysed and clean');
    // Waiting for the old analysis would take the rest of its 10 s CPU budget (over 6.7 s, more on a loaded
    // machine); a restart and a fresh parse take well under that even under load.
    assert.ok(ms < 6000, `the new version waited ${ms.toFixed(0)} ms`);
    assert.equal(client.published.filter((p) => p.uri === uri && p.version === 1).length, 0, 'the old version published nothing');
  });
});
