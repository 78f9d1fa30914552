// Runs the VS Code suite inside code-server (see harness/). Expects `npm run build` and the test
// compile to have run: the extension is loaded from dist/, the suite from out/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(ROOT, 'out/test/vscode/suite/index.js');
for (const f of [entry, path.join(ROOT, 'dist/client.js'), path.join(ROOT, 'dist/server.js')]) {
  if (!existsSync(f)) {
    console.error(`vscode-test: ${path.relative(ROOT, f)} is missing; run npm run build and the test compile first`);
    process.exit(2);
  }
}
const workspace = mkdtempSync(path.join(os.tmpdir(), 'demarc-workspace-'));
for (const f of readdirSync(path.join(ROOT, 'examples'))) cpSync(path.join(ROOT, 'examples', f), path.join(workspace, f));
cpSync(path.join(ROOT, 'test/fixtures/hostile.sow.md'), path.join(workspace, 'hostile.sow.md'));
// A SOW no test opens: its problems must show all the same (workspace problems).
mkdirSync(path.join(workspace, 'unopened'));
cpSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), path.join(workspace, 'unopened', 'never-opened.sow.md'));
// A folder whose .demarcrc.json brings in a playbook (by extends), for the preview's checklist.
cpSync(path.join(ROOT, 'test/fixtures/playbook'), path.join(workspace, 'playbook'), { recursive: true });
const artifacts = path.join(ROOT, 'test-artifacts', 'vscode');
rmSync(artifacts, { recursive: true, force: true });
rmSync(path.join(ROOT, 'test-artifacts', 'vscode-no-folder'), { recursive: true, force: true });

const mode = process.argv[2] === '--electron' ? 'electron.mjs' : 'run.mjs';
const harness = (args, env = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'test/vscode/harness', mode), '--extension', ROOT, '--tests', entry, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
const result = harness(['--workspace', workspace, '--artifacts', artifacts]);
rmSync(workspace, { recursive: true, force: true });
// The same extension in a window with no folder open; its home folder is a fresh one, where a new SOW is saved.
const home = mkdtempSync(path.join(os.tmpdir(), 'demarc-home-'));
const noFolder = harness(['--no-folder', '--artifacts', path.join(ROOT, 'test-artifacts', 'vscode-no-folder')], {
  DEMARC_SUITE: 'no-folder',
  HOME: home,
});
rmSync(home, { recursive: true, force: true });
// The extension in the browser's web worker extension host, as in vscode.dev and github.dev (web.mjs).
const web =
  mode === 'run.mjs' ? spawnSync(process.execPath, [path.join(ROOT, 'test/vscode/web.mjs')], { stdio: 'inherit' }) : { status: 0 };
process.exit(result.status || noFolder.status || web.status || 0);
