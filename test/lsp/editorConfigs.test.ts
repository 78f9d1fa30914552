// Configs in a browser: the client finds and reads files through the editor, the server reads them as the
// CLI does. A fake client answers from a map of files, so what crosses the connection is what is tested.
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { ConfigFileError } from '../../server/src/engine';
import { EditorConfigs } from '../../server/src/lsp/browser/configs';
import { FIND_CONFIG_REQUEST, READ_FILE_REQUEST, type FindConfigParams, type ReadFileParams } from '../../server/src/lsp/protocol';

const ROOT = 'vscode-vfs://github/acme/contracts';

function client(files: Record<string, string>) {
  const asked: string[] = [];
  const read = (uri: string) => (uri in files ? { uri, text: files[uri] } : { uri, error: 'no such file' });
  const connection = {
    sendRequest: async (method: string, params: FindConfigParams | ReadFileParams) => {
      asked.push(`${method} ${params.uri}`);
      if (method === READ_FILE_REQUEST) return read(params.uri);
      if (method !== FIND_CONFIG_REQUEST) throw new Error(method);
      // The nearest .demarcrc.json up to the root, as the client's search gives it.
      for (let dir = params.uri.slice(0, params.uri.lastIndexOf('/')); dir.startsWith(ROOT); dir = dir.slice(0, dir.lastIndexOf('/'))) {
        if (`${dir}/.demarcrc.json` in files) return read(`${dir}/.demarcrc.json`);
      }
      return null;
    },
  } as unknown as Connection;
  return { configs: new EditorConfigs(connection), asked };
}

describe('configs read through the editor (the browser server)', () => {
  it('reads the nearest config and the file it extends, merged as the CLI merges them', async () => {
    const { configs } = client({
      [`${ROOT}/.demarcrc.json`]: JSON.stringify({ extends: ['./shared/base.json'], rules: { 'escalation-missing': 'off' } }),
      [`${ROOT}/shared/base.json`]: JSON.stringify({ extends: 'demarc:buyer', rules: { 'tool-exit-missing': 'warning' } }),
    });
    const found = await configs.configFor(`${ROOT}/deals/riverside.sow.md`);
    assert.equal(found?.path, `${ROOT}/.demarcrc.json`);
    // Merged rules are [level, options]; the buyer preset's playbook comes through the file it extends.
    assert.deepEqual(found?.config.rules?.['escalation-missing'], ['off', {}]);
    assert.deepEqual(found?.config.rules?.['tool-exit-missing'], ['warning', {}]);
    assert.ok(found?.config.playbook, 'the preset extended by the extended file');
  });

  it('says which file is at fault, and why: a package, a cycle, a missing file, invalid JSON', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ [`${ROOT}/.demarcrc.json`]: '{"extends": "@acme/demarc-config"}' }, /packages are not read in the browser/],
      [
        { [`${ROOT}/.demarcrc.json`]: '{"extends": "./a.json"}', [`${ROOT}/a.json`]: '{"extends": "./.demarcrc.json"}' },
        /extends forms a cycle: \.demarcrc\.json → a\.json → \.demarcrc\.json/,
      ],
      [{ [`${ROOT}/.demarcrc.json`]: '{"extends": "./gone.json"}' }, /extends "\.\/gone\.json": no such file/],
      [{ [`${ROOT}/.demarcrc.json`]: '{"rules": ' }, /invalid JSON/],
    ];
    for (const [files, reason] of cases) {
      const error = await client(files)
        .configs.configFor(`${ROOT}/a.sow.md`)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      assert.ok(error instanceof ConfigFileError, String(error));
      assert.match(error.message, reason);
      assert.ok(error.file.startsWith(ROOT), error.file);
    }
  });

  it('asks nothing for an unsaved document, and asks once per folder until a config changes', async () => {
    const { configs, asked } = client({ [`${ROOT}/.demarcrc.json`]: '{}' });
    assert.equal(await configs.configFor('untitled:Untitled-1'), undefined);
    await configs.configFor(`${ROOT}/a.sow.md`);
    await configs.configFor(`${ROOT}/b.sow.md`);
    assert.equal(asked.length, 1);
    configs.clear();
    await configs.configFor(`${ROOT}/a.sow.md`);
    assert.equal(asked.length, 2);
    configs.revalidateEachTime(true);
    await configs.configFor(`${ROOT}/a.sow.md`);
    assert.equal(asked.length, 3);
  });
});
