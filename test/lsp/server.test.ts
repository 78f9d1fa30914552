// The language server as an editor sees it: over stdio, what only the wire shows (sync, publishing,
// supersession, settings, documents it does not lint). What each feature answers is features.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/engine';
import { lineOf } from '../helpers/sow';
import { tempDir } from '../cli/run';
import { apply, DEFECTS, QUICK_FIXES } from './documents';
import { fileUri, LspClient } from './lspClient';

describe('language server over stdio', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  let init: InitializeResult;

  beforeEach(async () => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, 'd.sow.md'), DEFECTS);
    uri = fileUri(path.join(dir, 'd.sow.md'));
    client = new LspClient();
    init = await client.initialize();
  });

  afterEach(async () => {
    await client.stop();
  });

  it('announces its capabilities', () => {
    const caps = init.capabilities;
    assert.equal((caps.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.demarc']);
    assert.ok(caps.hoverProvider && caps.completionProvider && caps.documentSymbolProvider && caps.foldingRangeProvider);
    assert.equal(init.serverInfo?.name, 'demarc-language-server');
  });

  it('publishes diagnostics with codes, docs links and related information; clears them on close', async () => {
    await client.open(uri, DEFECTS);
    const ds = await client.forVersion(uri, 1);
    const codes = ds.map((d) => `${d.range.start.line + 1} ${d.code}`);
    assert.ok(codes.includes(`3 escalation-missing`), codes.join(', '));
    assert.ok(codes.includes(`${lineOf(DEFECTS, 'Vendor management')} unassigned-function`));
    assert.ok(ds.every((d) => d.source === 'demarc' && d.codeDescription?.href.endsWith(`/docs/rules/${d.code}.md`)));
    const later = ds.find(
      (d) => d.code === 'conflicting-ownership' && d.range.start.line + 1 === lineOf(DEFECTS, '| Network Monitoring | Northwind'),
    );
    assert.equal(later?.relatedInformation?.[0].location.range.start.line, lineOf(DEFECTS, '| Network monitoring | R/A') - 1);
    assert.equal(later?.relatedInformation?.[0].location.uri, uri);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri, (p) => p.diagnostics.length === 0), []);
  });

  it('re-lints on incremental changes', async () => {
    await client.open(uri, DEFECTS);
    await client.forVersion(uri, 1);
    const line = lineOf(DEFECTS, 'Vendor management') - 1;
    const start = DEFECTS.split('\n')[line].indexOf('| C |') + 2;
    await client.change(uri, 2, [{ range: { start: { line, character: start }, end: { line, character: start + 1 } }, text: 'A' }]);
    const ds = await client.forVersion(uri, 2);
    assert.ok(!ds.some((d) => d.code === 'unassigned-function'));
  });

  it('after a run of keystrokes in tables and front matter, publishes what a fresh analysis of the text finds', async () => {
    await client.open(uri, DEFECTS);
    await client.forVersion(uri, 1);
    let doc = TextDocument.create(uri, 'sow', 1, DEFECTS);
    // Each step is placed in the text as it stands after the steps before it.
    const type =
      (needle: string, offset: number, text: string, remove = 0) =>
      (): TextEdit => {
        const found = doc.getText().indexOf(needle);
        assert.ok(found >= 0, `"${needle}" is in the document`);
        return { range: { start: doc.positionAt(found + offset), end: doc.positionAt(found + offset + remove) }, newText: text };
      };
    const steps = [
      type('| Vendor management | C', 22, 'A', 1), // a matrix cell
      type('| P2 | 1 hour', 7, '2', 1), // a service-level row
      type('client: Contoso', 15, ' Ltd'), // the front matter: every kept reading is dropped
      type('client: Contoso Ltd', 15, '', 4), // and back
      type('| Autotask |', 10, ' Pro'), // a tool row
      type('## Tools', 8, '\n\nSupport during business hours.'), // service hours for every table, lines move
      type('Support during business hours.', 0, '', 'Support during business hours.'.length), // and gone again
    ];
    for (const [i, step] of steps.entries()) {
      const version = i + 2;
      const edit = step();
      await client.change(uri, version, [{ range: edit.range, text: edit.newText }]);
      doc = TextDocument.update(doc, [{ range: edit.range, text: edit.newText }], version);
      const published = await client.forVersion(uri, version);
      const fresh = analyse(doc.getText()).findings;
      const key = (code: unknown, r: { start: { line: number; character: number } }, message: string) =>
        `${String(code)}@${r.start.line}:${r.start.character} ${message}`;
      assert.deepEqual(
        published.map((d) => key(d.code, d.range, typeof d.message === 'string' ? d.message : d.message.value)).sort(),
        fresh.map((f) => key(f.ruleId, f.range, f.message)).sort(),
        `after step ${i + 1}`,
      );
    }
  });

  it('a newer version supersedes analyses in flight: the last publish is for the last version', async () => {
    await client.open(uri, DEFECTS);
    for (let v = 2; v <= 40; v++) await client.change(uri, v, [{ text: DEFECTS + `\n<!-- edit ${v} -->\n` }]);
    await client.forVersion(uri, 40);
    await new Promise((r) => setTimeout(r, 200));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.equal(versions[versions.length - 1], 40);
    assert.ok(versions.length < 40, `published ${versions.length} times for 40 versions`);
    assert.deepEqual(
      [...versions].sort((a, b) => (a ?? 0) - (b ?? 0)),
      versions,
      'never an older version after a newer one',
    );
  });

  async function quickFixes(code: string): Promise<{ actions: CodeAction[]; line: number }> {
    const ds = await client.forVersion(uri, 1);
    const d = ds.find((x) => x.code === code);
    assert.ok(d, `a ${code} diagnostic`);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    return { actions, line: d.range.start.line };
  }

  for (const [code, title] of QUICK_FIXES) {
    it(`quick fix for ${code} removes the diagnostic and changes nothing outside its edits`, async () => {
      await client.open(uri, DEFECTS);
      const { actions, line } = await quickFixes(code);
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action?.edit?.changes, `one of: ${actions.map((a) => a.title).join(' | ')}`);
      const edits = action.edit.changes[uri];
      const fixed = apply(DEFECTS, edits);
      const before = DEFECTS.split('\n');
      const after = fixed.split('\n');
      const touched = new Set(edits.flatMap((e) => [e.range.start.line, e.range.end.line]));
      for (let i = 0; i < Math.min(before.length, [...touched][0] ?? 0); i++) assert.equal(after[i], before[i], `line ${i + 1} unchanged`);
      await client.change(uri, 2, [{ text: fixed }]);
      const ds = await client.forVersion(uri, 2);
      assert.ok(!ds.some((d) => d.code === code && d.range.start.line === line), `${code} gone: ${ds.map((d) => d.code).join(', ')}`);
    });
  }

  it('answers source.fixAll.demarc with one edit that the next publish reflects', async () => {
    const text = DEFECTS.replace('| P1 | 15 minutes | 4 hours |\n', '');
    await client.open(uri, text);
    const before = await client.forVersion(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.demarc'] },
    });
    assert.equal(actions.length, 1);
    const fixed = apply(text, actions[0].edit!.changes![uri]);
    assert.ok(fixed.includes('| P1 | TBD |  |'), 'a placeholder, no invented time');
    await client.change(uri, 2, [{ text: fixed }]);
    const ds = await client.forVersion(uri, 2);
    assert.equal(ds.length, before.length, 'the missing row becomes a flagged placeholder; nothing else changes');
    assert.ok(ds.some((d) => d.code === 'p1-response-missing' && /"TBD" is not measurable/.test(String(d.message))));
  });

  it('finds the quick fixes of a diagnostic from its data, whatever range the client echoes', async () => {
    await client.open(uri, DEFECTS);
    const d = (await client.forVersion(uri, 1)).find((x) => x.code === 'unassigned-function')!;
    const shifted = { ...d, range: { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line, character: 3 } } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: shifted.range,
      context: { diagnostics: [shifted], only: ['quickfix'] },
    });
    assert.ok(
      actions.some((a) => /^Make Northwind responsible and accountable/.test(a.title)),
      actions.map((a) => a.title).join(' | '),
    );
  });

  it('re-lints open documents when .demarcrc.json changes, and reports a broken one', async () => {
    await client.open(uri, DEFECTS);
    assert.ok((await client.forVersion(uri, 1)).some((d) => d.code === 'escalation-missing'));
    const rc = path.join(dir, '.demarcrc.json');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'escalation-missing': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 1 }] });
    await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'escalation-missing'));
    fs.writeFileSync(rc, '{ broken');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'config'));
    assert.match(ds.find((d) => d.code === 'config')!.message as string, /\.demarcrc\.json: invalid JSON/);
  });

  it('takes demarc.* settings from workspace/configuration and re-lints when they change', async () => {
    await client.open(uri, DEFECTS);
    assert.ok(!(await client.forVersion(uri, 1)).some((d) => d.code === 'p1-response-slow'));
    client.configuration = { maxP1Response: '10m', rules: { 'tool-access-insufficient': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'p1-response-slow'));
    assert.ok(!ds.some((d) => d.code === 'tool-access-insufficient'));
  });

  it('applies the demarc.playbook setting where no .demarcrc.json governs, and says when it cannot be read', async () => {
    const playbook = path.join(dir, 'buyer.json');
    fs.writeFileSync(playbook, JSON.stringify({ playbook: { name: 'Editor playbook', tools: { rmm: { clientAccess: 'read-write' } } } }));
    await client.open(uri, DEFECTS);
    assert.ok(!(await client.forVersion(uri, 1)).some((d) => d.code === 'playbook-tool-access'));
    client.configuration = { playbook };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'playbook-tool-access'));
    client.configuration = { playbook: path.join(dir, 'missing.json') };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'config'));
    assert.match(ds.find((d) => d.code === 'config')!.message as string, /missing\.json/);
    assert.ok(!ds.some((d) => d.code === 'playbook-tool-access'), 'a playbook that cannot be read applies nothing');
  });

  it('lints Markdown only when its front matter says it is a SOW', async () => {
    const readme = fileUri(path.join(dir, 'README.md'));
    await client.open(readme, '# Notes\n\n| Function | Owner |\n| --- | --- |\n| x | |\n', 'markdown');
    assert.deepEqual(await client.forVersion(readme, 1), []);
    const contract = fileUri(path.join(dir, 'contract.md'));
    await client.open(contract, DEFECTS, 'markdown');
    assert.ok((await client.forVersion(contract, 1)).length > 0);
  });

  it('gives a too-large document one not-analysed error instead of an analysis', async () => {
    client.configuration = { maxDocumentSize: 200 };
    assert.ok(DEFECTS.length > 200);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.open(uri, DEFECTS);
    const ds = await client.forVersion(uri, 1);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].code, 'not-analysed');
    assert.equal(ds[0].severity, 1);
  });

  it('answers requests for unknown documents without failing, and exits cleanly', async () => {
    const other = fileUri(path.join(dir, 'nope.sow.md'));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('demarc/previewData', { uri: other }), null);
    await assert.rejects(client.request('demarc/exportSplit', { uri: other, format: 'csv' }), /not an open, analysable SOW/);
    assert.equal(await client.stop(), 0);
  });
});
