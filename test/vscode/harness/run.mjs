// Runs a mocha suite inside a real VS Code: code-server serves the workbench, headless Chromium
// opens it with extensionDevelopmentPath/extensionTestsPath, and the workbench reports the
// suite's output and result through window.codeAutomationLog / codeAutomationExit.
//   node run.mjs --extension DIR --tests ENTRY.js --workspace DIR [--artifacts DIR] [--timeout-ms N] [--web]
// --web runs the extension in the browser's web worker extension host (VS Code for the web), as
// vscode.dev and github.dev do; ENTRY.js is then a browser bundle.
// Exits with the suite's code (0 passed, 1 failed), 1 on timeout or harness error, 2 on bad usage.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHarnessArgs } from './args.mjs';
import { launchBrowser, runSuite, screenshot, VIEWPORT } from './browser.mjs';
import { installCodeServer } from './install.mjs';
import { startCodeServer } from './server.mjs';

const { extension, tests, workspace, artifacts, timeoutMs, web } = parseHarnessArgs(
  'run.mjs',
  { web: { type: 'boolean', default: false } },
  ' [--web]',
);
mkdirSync(artifacts, { recursive: true });
// A .done left by an earlier run would let the suite go on before its screenshot is taken.
for (const f of readdirSync(artifacts)) {
  if (f.endsWith('.done') || f === 'logs' || f === 'server-logs') rmSync(path.join(artifacts, f), { recursive: true, force: true });
}
const workbenchLog = path.join(artifacts, 'workbench.log');
writeFileSync(workbenchLog, '');

let server;
let browser;
let page;
let temp;
async function cleanup() {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  if (!temp) return;
  // The server side's logs: extension host, output channels (a language client's among them).
  const serverLogs = path.join(temp, 'user', 'logs');
  if (existsSync(serverLogs)) cpSync(serverLogs, path.join(artifacts, 'server-logs'), { recursive: true });
  rmSync(temp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    console.error(`vscode-test: ${signal}, stopping`);
    await cleanup();
    process.exit(1);
  });
}

async function main() {
  const started = Date.now();
  temp = mkdtempSync(path.join(os.tmpdir(), 'demarc-vscode-'));
  server = await startCodeServer({
    entry,
    temp,
    logFile: path.join(artifacts, 'code-server.log'),
    // Inherited by the extension host: where screenshots land and where the suite can write.
    env: { DEMARC_ARTIFACTS: artifacts },
    // The extension (and so its tests) in the web worker extension host, however its package reads.
    settings: web ? { 'remote.extensionKind': { 'demarc.demarc': ['web'] }, 'extensions.webWorker': true } : {},
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: VIEWPORT });
  const code = await runSuite(page, {
    host: server.host,
    extension,
    tests,
    workspace,
    artifacts,
    // One stream for all levels keeps the suite's lines in order.
    web,
    onSuiteLine: (level, line) => process.stdout.write(`${line}\n`),
    onWorkbenchLine: (level, text) => appendFileSync(workbenchLog, `[${level}] ${text}\n`),
  });
  console.error(`vscode-test: suite exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

// Before the timer: a cold install takes about a minute and is not part of the suite's time.
let entry;
try {
  entry = installCodeServer();
} catch (e) {
  console.error(`vscode-test: ${e.message}`);
  process.exit(1);
}
let timer;
const timeout = new Promise((resolve) => {
  timer = setTimeout(() => {
    console.error(`vscode-test: the suite did not finish within ${timeoutMs} ms; see final.png and workbench.log in ${artifacts}`);
    resolve(1);
  }, timeoutMs);
});
let exitCode;
try {
  exitCode = await Promise.race([main(), timeout]);
} catch (e) {
  console.error(`vscode-test: ${String(e.message).split('\n')[0]}`);
  exitCode = 1;
}
clearTimeout(timer);
// The last state of the workbench, for failures above all.
if (page && !page.isClosed()) await screenshot(page, artifacts, 'final', { done: false });
await cleanup();
process.exit(exitCode);
