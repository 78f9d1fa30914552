// The flags run.mjs and electron.mjs share: --extension, --tests, --workspace, --artifacts,
// --timeout-ms. Bad usage prints one line and the usage, and exits 2.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export function parseHarnessArgs(script, extraOptions = {}, extraUsage = '') {
  const usage = (message) => {
    console.error(`vscode-test: ${message}`);
    console.error(
      `usage: node ${script} --extension DIR --tests ENTRY.js (--workspace DIR | --no-folder) [--artifacts DIR] [--timeout-ms N]${extraUsage}`,
    );
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        extension: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        artifacts: { type: 'string', default: 'test-artifacts' },
        'timeout-ms': { type: 'string', default: '600000' },
        // An empty window: no folder open (then --workspace is not given).
        'no-folder': { type: 'boolean', default: false },
        ...extraOptions,
      },
    }));
  } catch (e) {
    usage(e.message);
  }
  for (const k of ['extension', 'tests', ...(values['no-folder'] ? [] : ['workspace'])]) {
    if (!values[k]) usage(`--${k} is required`);
    if (!existsSync(values[k])) usage(`--${k} ${values[k]} does not exist`);
  }
  const timeoutMs = Number(values['timeout-ms']);
  if (!(timeoutMs > 0)) usage(`--timeout-ms must be a positive number, not ${values['timeout-ms']}`);
  return {
    ...values,
    extension: path.resolve(values.extension),
    tests: path.resolve(values.tests),
    workspace: values['no-folder'] ? undefined : path.resolve(values.workspace),
    artifacts: path.resolve(values.artifacts),
    timeoutMs,
  };
}
