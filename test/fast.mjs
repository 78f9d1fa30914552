// `npm run test:fast`: compiles the tests and runs the quick suites (.mocharc.fast.json), then prints the
// total time. `npm test` still runs everything. The compile is incremental; its build info is dropped when
// another compile (npm test's) wrote out/ since, as it then no longer describes what out/ holds.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'out');
const buildInfo = path.join(out, '.tsbuildinfo-fast');
const started = performance.now();

/** Whether a compiled file in `dir` is newer than `ms`. */
function newerIn(dir, ms) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .some((e) =>
      e.isDirectory() ? newerIn(path.join(dir, e.name), ms) : e.name.endsWith('.js') && fs.statSync(path.join(dir, e.name)).mtimeMs > ms,
    );
}

/** Runs a package's own script with this Node, in the repository root; its exit code. */
function run(script, args) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', script), ...args], { cwd: root, stdio: 'inherit' });
  return r.status ?? 1;
}

if (fs.existsSync(buildInfo) && newerIn(out, fs.statSync(buildInfo).mtimeMs)) fs.rmSync(buildInfo);
let code = run('typescript/bin/tsc', ['-p', 'tsconfig.test.json', '--incremental', '--tsBuildInfoFile', buildInfo]);
if (code === 0) code = run('mocha/bin/mocha.js', ['--config', '.mocharc.fast.json']);
console.log(`test:fast: ${((performance.now() - started) / 1000).toFixed(1)} s${code === 0 ? '' : ' (failed)'}`);
process.exitCode = code;
