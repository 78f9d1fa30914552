import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../../server/src/engine';
import { documentSizeLimit } from '../../server/src/lsp/settings';
import { ROOT } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';
import { fileUri, LspClient } from '../lsp/lspClient';

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

/** An untrusted folder (VS Code's Restricted Mode) must not switch rules off with its own config. */
describe('language server in an untrusted workspace', function () {
  this.timeout(30_000);
  let client: LspClient;
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demarc-untrusted-'));
    fs.writeFileSync(path.join(dir, '.demarcrc.json'), JSON.stringify({ rules: { 'escalation-missing': 'off' } }));
    client = new LspClient();
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('does not apply .demarcrc.json until trust is granted, and says so at the document', async () => {
    await client.initialize({ debounceMs: 0, workspaceTrusted: false });
    const uri = fileUri(path.join(dir, 'contract.sow.md'));
    await client.open(uri, sow(COMPLETE.replace(/## Escalation[\s\S]*?(?=\n## |$)/, '')));
    const before = await client.forVersion(uri, 1);
    assert.deepEqual(
      before.map((d) => [d.code, d.severity]),
      [
        ['config', 3],
        ['escalation-missing', 2],
      ],
    );
    assert.match(String(before[0].message), /^Restricted Mode: .*\.demarcrc\.json is not applied until you trust this workspace/);
    await client.connection.sendNotification('demarc/workspaceTrusted');
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'config'));
    assert.deepEqual(after, []);
  });

  it('package.json restricts every demarc.* setting that changes what is reported', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const settings = Object.keys(manifest.contributes.configuration.properties).filter((k) => !k.startsWith('demarc.trace.'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), settings.sort());
    assert.ok(settings.includes('demarc.rules') && settings.includes('demarc.lintMarkdownFiles'));
  });
});
