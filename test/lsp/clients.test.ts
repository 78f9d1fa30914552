// The server as real editors' clients start it: their capability sets, as Neovim 0.10 (Linux), Helix
// 25.01 and Emacs eglot 1.9 declare them for the workspace, and what each of them relies on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-protocol';
import { tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';
import { fileUri, LspClient } from './lspClient';

const CLIENTS: [string, Record<string, unknown>][] = [
  [
    'Neovim 0.10 on Linux',
    { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: false } },
  ],
  ['Helix 25.01', { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }],
  [
    'eglot 1.9',
    { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: true } },
  ],
];

describe("the server with real editors' capabilities", function () {
  this.timeout(30000);

  for (const [name, workspace] of CLIENTS) {
    describe(name, () => {
      let client: LspClient;
      let dir: string;
      beforeEach(async () => {
        dir = tempDir();
        fs.mkdirSync(path.join(dir, '.git'));
        client = new LspClient();
        await client.initialize({ debounceMs: 0 }, workspace);
      });
      afterEach(async () => {
        await client.stop();
      });

      it('registers only what the client can take dynamically', async () => {
        const uri = fileUri(path.join(dir, 'a.sow.md'));
        await client.open(uri, sow(COMPLETE));
        await client.forVersion(uri, 1);
        assert.ok(!client.registrations.includes('workspace/didChangeConfiguration'), client.registrations.join(', '));
        const watches = (workspace.didChangeWatchedFiles as { dynamicRegistration?: boolean } | undefined)?.dynamicRegistration === true;
        assert.equal(client.registrations.includes('workspace/didChangeWatchedFiles'), watches);
      });

      it('sees a .demarcrc.json written after start on the next analysis, whether or not the client watches files', async () => {
        const file = path.join(dir, 'a.sow.md');
        const uri = fileUri(file);
        const text = sow(COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |'));
        fs.writeFileSync(file, text);
        await client.open(uri, text);
        assert.ok((await client.forVersion(uri, 1)).some((d) => d.code === 'conflicting-ownership'));
        const config = path.join(dir, '.demarcrc.json');
        fs.writeFileSync(config, JSON.stringify({ rules: { 'conflicting-ownership': 'off' } }));
        // A client that watches files says so, as it would; one that does not says nothing.
        const watches = (workspace.didChangeWatchedFiles as { dynamicRegistration?: boolean } | undefined)?.dynamicRegistration === true;
        if (watches)
          await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 1 }] });
        await client.change(uri, 2, [{ text: `${text}\n` }]);
        const after = await client.forVersion(uri, 2);
        assert.ok(!after.some((d) => d.code === 'conflicting-ownership'), after.map((d) => d.code).join(', '));
      });

      it('completes with an edit that replaces what was typed', async () => {
        const uri = fileUri(path.join(dir, 'b.sow.md'));
        const text = sow(COMPLETE);
        await client.open(uri, text);
        await client.forVersion(uri, 1);
        const line = text.split('\n').findIndex((l) => l.startsWith('| P2 | 1 hour'));
        const got = (await client.request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri },
          position: { line, character: 11 },
        }))!;
        const edit = got.find((i) => i.label === '2 hours')?.textEdit as TextEdit | undefined;
        assert.deepEqual(edit && [edit.range.start.character, edit.range.end.character, edit.newText], [7, 11, '2 hours']);
      });
    });
  }
});
