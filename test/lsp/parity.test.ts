import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, ROOT } from '../cli/run';
import { fileUri, LspClient } from './lspClient';

/** Every example and fixture SOW: the server's diagnostics equal `demarc lint --format json`. */
describe('parity: language server and CLI', () => {
  const files = [
    ...fs
      .readdirSync(path.join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, 'examples', f)),
    ...fs
      .readdirSync(path.join(ROOT, 'test/fixtures'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, 'test/fixtures', f)),
    // A playbook brought in by .demarcrc.json's extends: both read the same config the same way.
    path.join(ROOT, 'test/fixtures/playbook/northwind.sow.md'),
  ];
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(async () => {
    await client.stop();
  });

  it('covers the examples and fixtures', () => assert.ok(files.length >= 5));

  for (const file of files) {
    it(path.relative(ROOT, file), async () => {
      const cli = JSON.parse(demarc(['lint', '--format', 'json', file]).stdout)[0].messages;
      const uri = fileUri(file);
      await client.open(uri, fs.readFileSync(file, 'utf8'), 'sow');
      const server = (await client.forVersion(uri, 1)).map((d) => ({
        ruleId: d.code,
        ...((d.data as { messageId?: string } | undefined)?.messageId ? { messageId: (d.data as { messageId: string }).messageId } : {}),
        severity: ['', 'error', 'warning', 'info'][d.severity ?? 0],
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      }));
      assert.deepEqual(server, cli);
      assert.ok(cli.length > 0 || /clean/.test(file), 'defect files have findings');
      if (file.includes('playbook')) assert.ok(cli.some((m: { ruleId: string }) => m.ruleId.startsWith('playbook-')), 'the playbook applied');
    });
  }
});
