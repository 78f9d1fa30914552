// Runs a mocha suite inside a real VS Code: code-server serves the workbench, headless Chromium
// opens it with extensionDevelopmentPath/extensionTestsPath, and the workbench reports mocha's
// result through window.codeAutomationExit. Usage:
//   node run.mjs --extension DIR --tests ENTRY.js --workspace DIR [--artifacts DIR] [--timeout-ms N]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import chromiumPkg from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import { installCodeServer } from './install.mjs';

const { values } = parseArgs({
  options: {
    extension: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' },
    artifacts: { type: 'string', default: 'test-artifacts' }, 'timeout-ms': { type: 'string', default: '600000' },
  },
});
for (const k of ['extension', 'tests', 'workspace']) {
  if (!values[k]) fail(`--${k} is required`);
}
const extension = path.resolve(values.extension);
const tests = path.resolve(values.tests);
const workspace = path.resolve(values.workspace);
const artifacts = path.resolve(values.artifacts);
mkdirSync(artifacts, { recursive: true });

function fail(message) {
  console.error(`vscode-test: ${message}`);
  process.exit(2);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForServer(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms} ms`);
}

const entry = installCodeServer();
const temp = mkdtempSync(path.join(os.tmpdir(), 'demarc-vscode-'));
const port = await freePort();
const host = `127.0.0.1:${port}`;
const serverLog = createWriteStream(path.join(artifacts, 'code-server.log'));
const server = spawn(process.execPath, [entry,
  '--auth', 'none', '--bind-addr', host, '--user-data-dir', path.join(temp, 'user'), '--extensions-dir', path.join(temp, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
], { env: { ...process.env, DEMARC_ARTIFACTS: artifacts }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
// Settings that keep the workbench quiet and the suite's editors predictable.
mkdirSync(path.join(temp, 'user', 'User'), { recursive: true });
writeFileSync(path.join(temp, 'user', 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'git.enabled': false, 'git.openRepositoryInParentFolders': 'never', 'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false, 'extensions.ignoreRecommendations': true, 'security.workspace.trust.enabled': false,
}));

let browser;
let exitCode = 1;
const cleanup = async () => {
  await browser?.close().catch(() => undefined);
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(temp, { recursive: true, force: true });
};
const timer = setTimeout(async () => {
  console.error(`vscode-test: the suite did not finish within ${values['timeout-ms']} ms`);
  await cleanup();
  process.exit(1);
}, Number(values['timeout-ms']));

try {
  await waitForServer(`http://${host}/healthz`, 60000);
  const executablePath = await chromiumPkg.executablePath();
  browser = await chromium.launch({
    executablePath, headless: true,
    args: [...chromiumPkg.args, '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const finished = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  await page.exposeFunction('codeAutomationLog', (type, args) => console.log(...(Array.isArray(args) ? args : [args])));
  page.on('console', async (msg) => {
    const text = msg.text();
    const shot = /DEMARC_SCREENSHOT (\S+)/.exec(text);
    if (shot) {
      await page.screenshot({ path: path.join(artifacts, `${shot[1]}.png`) });
      writeFileSync(path.join(artifacts, `${shot[1]}.done`), '');
    }
  });
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${extension}`],
    ['extensionTestsPath', `vscode-remote://${host}${tests}`],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  exitCode = Number(await finished);
  if (exitCode !== 0) await page.screenshot({ path: path.join(artifacts, 'final.png') }).catch(() => undefined);
} catch (e) {
  console.error(`vscode-test: ${String(e.message).split('\n')[0]}`);
  exitCode = 1;
}
clearTimeout(timer);
await cleanup();
process.exit(exitCode);
