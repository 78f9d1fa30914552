// Headless Chromium that opens the code-server workbench in extension-test mode and relays
// what the workbench reports through its automation hooks.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import chromiumPkg from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import { INSPECT, inspectPreview } from './inspect.mjs';
import { inspectWidgets, KEYS, pressKeys, WIDGETS } from './widgets.mjs';

export const VIEWPORT = { width: 1400, height: 900 };
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };
const SCREENSHOT = /^DEMARC_SCREENSHOT ([\w.-]+)\s*$/;
/** `DEMARC_VIEWPORT <name> <width>`: the suite asks for a window this wide (the preview at 320 px, say). */
const RESIZE = /^DEMARC_VIEWPORT ([\w.-]+) (\d+)\s*$/;

export async function launchBrowser() {
  // @sparticuz/chromium (ESM default export) ships a Chromium build from the npm registry and
  // unpacks it to /tmp on first use. Its own serverless flags include --single-process, which
  // the workbench's workers and webviews don't need, so only plain headless flags are used.
  const executablePath = await chromiumPkg.executablePath();
  return chromium.launch({
    executablePath,
    headless: true,
    // run.mjs handles signals: Playwright's own handlers would exit before code-server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--font-render-hinting=none',
    ],
  });
}

// Runs in the page before the workbench. The workbench sends both its own log and the extension
// host's console to codeAutomationLog; only the latter comes through MainThreadConsole's
// $logExtensionHostMessage (an RPC name, so it survives minification), which tells them apart.
function installLogHook() {
  window.codeAutomationLog = (level, args) => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 100;
    const stack = new Error().stack || '';
    Error.stackTraceLimit = limit;
    const parts = (Array.isArray(args) ? args : [args]).map((a) => {
      if (a instanceof Error) return a.stack || String(a);
      if (a === null || typeof a !== 'object') return a;
      try {
        return JSON.parse(JSON.stringify(a));
      } catch {
        return String(a);
      }
    });
    window.demarcHarnessLog(level, stack.includes('$logExtensionHostMessage'), parts);
  };
}

/**
 * Opens the workbench with the extension under development and its tests, and resolves with the
 * exit code the workbench reports when the tests finish (0 when run() resolved, else 1).
 * onSuiteLine gets each line the extension host logged, onWorkbenchLine the rest.
 */
export async function runSuite(page, { host, extension, tests, workspace, artifacts, onSuiteLine, onWorkbenchLine, web = false }) {
  let screenshots = Promise.resolve();
  const finished = new Promise((resolve, reject) => {
    page.on('crash', () => reject(new Error('the workbench page crashed')));
    page
      .exposeFunction('codeAutomationExit', (code, logs) => {
        saveLogs(path.join(artifacts, 'logs'), logs);
        // Let screenshots that were asked for just before the end finish first.
        screenshots.then(() => resolve(Number(code)));
      })
      .catch(reject);
  });
  let failFast;
  const cannotStart = new Promise((_, reject) => (failFast = reject));
  await page.exposeFunction('demarcHarnessLog', (level, fromExtensionHost, parts) => {
    const text = format(...parts);
    // The workbench would wait for the tests forever.
    if (/No extension host found that can launch the test runner/.test(text)) failFast(new Error(text.split('\n')[0]));
    if (!fromExtensionHost) return onWorkbenchLine(level, text);
    for (const line of text.split('\n')) {
      onSuiteLine(level, line);
      const shot = SCREENSHOT.exec(line);
      if (shot) screenshots = screenshots.then(() => screenshot(page, artifacts, shot[1]));
      const resize = RESIZE.exec(line);
      if (resize) screenshots = screenshots.then(() => setWidth(page, artifacts, resize[1], Number(resize[2])));
      const inspect = INSPECT.exec(line);
      if (inspect) screenshots = screenshots.then(() => inspectPreview(page, artifacts, inspect[1]));
      const widgets = WIDGETS.exec(line);
      if (widgets) screenshots = screenshots.then(() => inspectWidgets(page, artifacts, widgets[1]));
      const keys = KEYS.exec(line);
      if (keys) screenshots = screenshots.then(() => pressKeys(page, artifacts, keys[1], keys[2], keys[3]));
    }
  });
  await page.addInitScript(installLogHook);
  if (process.env.DEMARC_DEBUG_CONSOLE)
    page.on('console', (m) => onWorkbenchLine('console', `${m.type()} ${JSON.stringify(m.location())} ${m.text()}`));

  const remote = (p) => `vscode-remote://${host}${pathToFileURL(p).pathname}`;
  // A web extension is the browser's own, served over HTTP as vscode.dev's CDN serves one: the workbench is told of it in its configuration.
  const webExtensionUrl = `http://${host}/demarc-web-extension`;
  const served = (p) => `${webExtensionUrl}/${path.relative(extension, p).split(path.sep).join('/')}`;
  if (web) await serveWebExtension(page, host, extension, webExtensionUrl);
  const payload = JSON.stringify([
    ...(web ? [] : [['extensionDevelopmentPath', remote(extension)]]),
    ['extensionTestsPath', web ? served(tests) : remote(tests)],
    ['skipWelcome', 'true'],
  ]);
  // Without a workspace the window opens empty, as VS Code does with no folder.
  const folder = workspace ? `folder=${encodeURIComponent(workspace)}&` : '';
  await page.goto(`http://${host}/?${folder}payload=${encodeURIComponent(payload)}`);
  return Promise.race([finished, cannotStart]);
}

/**
 * Serves the extension's folder at `url`, on the workbench's own origin (its CSP allows no other), from
 * disk and read-only; and adds it to the workbench's configuration as an extension under development
 * (`developmentOptions.extensions`, as @vscode/test-web does), rewriting the page code-server serves:
 * its server has no flag for it. The extension is then the browser's own, which may start web workers.
 */
async function serveWebExtension(page, host, folder, url) {
  await page.route(`${url}/**`, async (route) => {
    const file = path.join(folder, decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(url).pathname.length)));
    let body;
    try {
      if (file.startsWith(folder + path.sep) && statSync(file).isFile()) body = readFileSync(file);
    } catch {
      // not there: 404
    }
    if (!body) return route.fulfill({ status: 404 });
    await route.fulfill({ status: 200, body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
  const unescape = (s) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  await page.route(`http://${host}/?*`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const changed = html.replace(/(id="vscode-workbench-web-configuration" data-settings=")([^"]*)"/, (_, before, settings) => {
      const config = JSON.parse(unescape(settings));
      const { protocol, host: authority, pathname } = new URL(url);
      config.developmentOptions = {
        ...config.developmentOptions,
        extensions: [{ scheme: protocol.slice(0, -1), authority, path: pathname }],
      };
      return `${before}${escape(JSON.stringify(config))}"`;
    });
    if (changed === html) throw new Error('the workbench page has no configuration to add the extension to');
    await route.fulfill({ response, body: changed });
  });
}

async function setWidth(page, artifacts, name, width) {
  await page.setViewportSize({ width, height: VIEWPORT.height });
  writeFileSync(path.join(artifacts, `${name}.done`), '');
}

/** Screenshot of the whole viewport, then `<name>.done` so that a waiting test can go on. */
export async function screenshot(page, artifacts, name, { done = true } = {}) {
  try {
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), timeout: 15000 });
  } catch (e) {
    process.stderr.write(`vscode-test: screenshot ${name} failed: ${String(e.message).split('\n')[0]}\n`);
  }
  if (done) writeFileSync(path.join(artifacts, `${name}.done`), '');
}

function saveLogs(dir, logs) {
  for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
    const file = path.join(dir, relativePath);
    if (!file.startsWith(dir + path.sep)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}
