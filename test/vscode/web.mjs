// Runs the browser suite (test/vscode/web/) in code-server with the extension in the web worker
// extension host, as in vscode.dev and github.dev. The workspace holds the example SOWs and the playbook
// fixture (a .demarcrc.json that extends another file); what `demarc lint` finds in each is written
// beside them, so the suite checks that the browser's server finds exactly the same.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSuite } from './harness/bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(ROOT, 'out/test/vscode/web/suite.js');
await bundleSuite(path.join(ROOT, 'test/vscode/web/index.ts'), bundle);

const workspace = mkdtempSync(path.join(os.tmpdir(), 'demarc-web-'));
for (const f of readdirSync(path.join(ROOT, 'examples'))) cpSync(path.join(ROOT, 'examples', f), path.join(workspace, f));
cpSync(path.join(ROOT, 'test/fixtures/playbook'), path.join(workspace, 'playbook'), { recursive: true });
// A SOW no test opens: its problems must show all the same (workspace problems, listed through the editor).
mkdirSync(path.join(workspace, 'unopened'));
cpSync(path.join(ROOT, 'examples/managed-defects.sow.md'), path.join(workspace, 'unopened', 'never-opened.sow.md'));
const lint = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', '.', '--format', 'json'], {
  cwd: workspace,
  encoding: 'utf8',
});
if (lint.status === 2 || !lint.stdout) {
  console.error(`vscode-test: demarc lint failed in the web workspace: ${lint.stderr.split('\n')[0]}`);
  process.exit(1);
}
const findings = {};
for (const r of JSON.parse(lint.stdout)) {
  findings[path.relative(workspace, r.filePath).split(path.sep).join('/')] = r.messages.map((m) => `${m.ruleId}:${m.line}`);
}
const artifacts = path.join(ROOT, 'test-artifacts', 'vscode-web');
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(path.join(workspace, '.vscode'));
writeFileSync(path.join(workspace, '.vscode', 'demarc-expected.json'), JSON.stringify({ artifacts, findings }, null, 2));

const result = spawnSync(
  process.execPath,
  [
    path.join(ROOT, 'test/vscode/harness/run.mjs'),
    '--web',
    '--extension',
    ROOT,
    '--tests',
    bundle,
    '--workspace',
    workspace,
    '--artifacts',
    artifacts,
  ],
  { stdio: 'inherit' },
);
rmSync(workspace, { recursive: true, force: true });
process.exit(result.status ?? 1);
