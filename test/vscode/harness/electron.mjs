// The same suite through @vscode/test-electron, for machines that can download VS Code (it
// fetches a build from update.code.visualstudio.com into .vscode-test/; on Linux without a display
// run it under xvfb-run). Same flags as run.mjs, plus --vscode-version (default: stable).
//   node electron.mjs --extension DIR --tests ENTRY.js --workspace DIR [--artifacts DIR] [--vscode-version V]
// There is no browser here, so no screenshots: DEMARC_ARTIFACTS is set empty, and a suite that
// asks for a screenshot must skip the wait when it is empty.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHarnessArgs } from './args.mjs';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// --timeout-ms is accepted for parity with run.mjs; test-electron has no overall timeout.
const values = parseHarnessArgs('electron.mjs', { 'vscode-version': { type: 'string', default: 'stable' } }, ' [--vscode-version V]');
mkdirSync(values.artifacts, { recursive: true });
// A fresh profile per run, like run.mjs: no state leaks between runs or from a developer's VS Code.
const temp = mkdtempSync(path.join(os.tmpdir(), 'demarc-electron-'));
let exitCode = 0;
try {
  await runTests({
    version: values['vscode-version'],
    cachePath: path.join(ROOT, '.vscode-test'),
    extensionDevelopmentPath: values.extension,
    extensionTestsPath: values.tests,
    extensionTestsEnv: { DEMARC_ARTIFACTS: '' },
    launchArgs: [
      // runTests adds --skip-welcome, --disable-workspace-trust and the like itself.
      ...(values.workspace ? [values.workspace] : []),
      '--disable-extensions',
      '--user-data-dir',
      path.join(temp, 'user'),
      '--extensions-dir',
      path.join(temp, 'extensions'),
    ],
  });
} catch (e) {
  // A failing suite surfaces as TestRunFailedError; mocha has already printed its report.
  if (!(e instanceof TestRunFailedError)) console.error(`vscode-test: ${String(e?.message ?? e).split('\n')[0]}`);
  exitCode = 1;
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(exitCode);
