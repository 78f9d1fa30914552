// The same suite through @vscode/test-electron, for machines that can download VS Code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const { values } = parseArgs({ options: { extension: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' }, artifacts: { type: 'string' } } });
try {
  await runTests({
    extensionDevelopmentPath: path.resolve(values.extension),
    extensionTestsPath: path.resolve(values.tests),
    launchArgs: [path.resolve(values.workspace), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { DEMARC_ARTIFACTS: '' },
  });
} catch (e) {
  console.error(`vscode-test: ${String(e.message ?? e).split('\n')[0]}`);
  process.exit(1);
}
