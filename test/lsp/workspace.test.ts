// Problems for files that are not open (issue 24): every SOW of the workspace folders, each with its own
// config, updated when files change on disk; `demarc.run: onSave` lints open documents when saved.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from '../cli/run';
import { fileUri, LspClient } from './lspClient';

const DEFECTS = fs.readFileSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), 'utf8');
const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/co-managed-clean.sow.md'), 'utf8');
const codes = (ds: { code?: string | number }[]) => ds.map((d) => String(d.code));

/** a.sow.md (defects), team/b.sow.md (defects, with a config that turns unassigned-function off), skipped ones. */
function workspace(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS);
  fs.mkdirSync(path.join(dir, 'team'));
  fs.writeFileSync(path.join(dir, 'team', 'b.sow.md'), DEFECTS);
  fs.writeFileSync(path.join(dir, 'team', '.demarcrc.json'), JSON.stringify({ rules: { 'unassigned-function': 'off' } }));
  fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'c.sow.md'), DEFECTS);
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n');
  return dir;
}

describe('workspace problems', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('publishes every SOW’s problems without opening it, with its own folder’s config; the editor’s buffer wins while open', async () => {
    const dir = workspace();
    client = new LspClient();
    await client.initialize({ debounceMs: 0 }, undefined, [fileUri(dir)]);
    const a = fileUri(path.join(dir, 'a.sow.md'));
    const b = fileUri(path.join(dir, 'team', 'b.sow.md'));
    const onDisk = await client.diagnostics(a, (p) => p.diagnostics.length > 0);
    assert.ok(codes(onDisk).includes('unassigned-function'));
    const inTeam = await client.diagnostics(b, (p) => p.diagnostics.length > 0);
    assert.ok(!codes(inTeam).includes('unassigned-function'), 'team/.demarcrc.json applies to team/b.sow.md');
    assert.ok(codes(inTeam).includes('conflicting-ownership'));
    assert.ok(
      !client.published.some((p) => p.uri.includes('node_modules') || p.uri.endsWith('notes.md')),
      'dependencies and other files are not linted',
    );
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));

    // Opened and made clean in the editor: the buffer's (no) problems; closed: the file's again.
    await client.open(a, CLEAN, 'sow', 3);
    assert.deepEqual(codes(await client.forVersion(a, 3)), []);
    await client.close(a);
    const again = await client.diagnostics(a, (p) => p.version === undefined && p.diagnostics.length > 0);
    assert.ok(codes(again).includes('unassigned-function'));

    // Changed on disk: linted again; deleted: cleared.
    fs.writeFileSync(path.join(dir, 'a.sow.md'), CLEAN);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 2 }] });
    await client.diagnostics(a, (p) => p.diagnostics.length === 0);
    fs.rmSync(path.join(dir, 'team', 'b.sow.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: 3 }] });
    await client.diagnostics(b, (p) => p.diagnostics.length === 0);
  });

  it('follows workspace folders added and removed: the removed folder’s problems are cleared, the added one’s listed', async () => {
    const first = workspace();
    const second = tempDir();
    fs.writeFileSync(path.join(second, 'c.sow.md'), DEFECTS);
    client = new LspClient();
    await client.initialize(
      { debounceMs: 0 },
      { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      [fileUri(first)],
    );
    const a = fileUri(path.join(first, 'a.sow.md'));
    const c = fileUri(path.join(second, 'c.sow.md'));
    await client.diagnostics(a, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: fileUri(second), name: 'second' }], removed: [{ uri: fileUri(first), name: 'first' }] },
    });
    assert.ok(codes(await client.diagnostics(c, (p) => p.diagnostics.length > 0)).includes('unassigned-function'));
    await client.diagnostics(a, (p) => p.diagnostics.length === 0);
  });

  it('demarc.lintWorkspace: false lists nothing', async () => {
    const dir = workspace();
    client = new LspClient();
    client.configuration = { lintWorkspace: false };
    await client.initialize({ debounceMs: 0 }, undefined, [fileUri(dir)]);
    // An open document is still linted, and nothing from disk came before it.
    const open = fileUri(path.join(dir, 'open.sow.md'));
    await client.open(open, DEFECTS);
    await client.forVersion(open, 1);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      client.published.map((p) => p.uri),
      [open],
    );
  });

  it('demarc.run: onSave lints an open document when it is opened and saved, not as it is typed', async () => {
    client = new LspClient();
    client.configuration = { run: 'onSave' };
    await client.initialize({ debounceMs: 0 });
    const uri = fileUri(path.join(tempDir(), 'typed.sow.md'));
    await client.open(uri, CLEAN);
    assert.deepEqual(codes(await client.forVersion(uri, 1)), []);
    await client.change(uri, 2, [{ text: DEFECTS }]);
    // With no debounce a change would be published within milliseconds; half a second shows it is not.
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(!client.published.some((p) => p.version === 2), 'nothing published on the change');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.ok(codes(await client.forVersion(uri, 2)).includes('unassigned-function'));
  });
});
