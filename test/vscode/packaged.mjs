// What a new user gets: installs demarc.vsix (from `npm run package`) into a clean code-server the
// way `code --install-extension` does, opens an example as a user would, and checks that the
// packaged extension alone gives highlighting, diagnostics, the status bar and the preview.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, screenshot, VIEWPORT } from './harness/browser.mjs';
import { installCodeServer } from './harness/install.mjs';
import { startCodeServer } from './harness/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VSIX = path.join(ROOT, 'demarc.vsix');
const artifacts = path.join(ROOT, 'test-artifacts', 'packaged');
const log = (m) => process.stderr.write(`vscode-packaged: ${m}\n`);

if (!existsSync(VSIX)) {
  log('demarc.vsix is missing; run npm run package first');
  process.exit(2);
}
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const entry = installCodeServer(log);
const temp = mkdtempSync(path.join(os.tmpdir(), 'demarc-packaged-'));
const workspace = path.join(temp, 'contracts');
mkdirSync(workspace);
for (const f of readdirSync(path.join(ROOT, 'examples'))) cpSync(path.join(ROOT, 'examples', f), path.join(workspace, f));

const checks = [];
function check(name, ok, detail = '') {
  checks.push(ok);
  process.stdout.write(`  ${ok ? '✔' : '✗'} ${name}${detail ? ` (${detail})` : ''}\n`);
}

let server;
let browser;
let page;
try {
  const installed = spawnSync(process.execPath, [entry, '--extensions-dir', path.join(temp, 'extensions'), '--install-extension', VSIX], {
    encoding: 'utf8',
  });
  check(
    'the .vsix installs',
    installed.status === 0 && /successfully installed/i.test(installed.stdout),
    (installed.stdout + installed.stderr).trim().split('\n').pop(),
  );
  server = await startCodeServer({ entry, temp, logFile: path.join(artifacts, 'code-server.log'), env: {} });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`http://${server.host}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });

  // Open an example the way a user does: from the explorer. (Quick Open needs ripgrep, which the
  // machine may lack; the harness warns about it.)
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'co-managed-defects.sow.md' }).dblclick({ timeout: 60000 });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: 30000 });

  const languageItem = page.locator('#status\\.editor\\.mode');
  await languageItem.filter({ hasText: /SOW/ }).waitFor({ timeout: 30000 });
  check('the file opens in the SOW language mode', true, (await languageItem.innerText()).trim());

  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60000 });
  const squiggles = await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').count();
  check('diagnostics appear as squiggles', squiggles > 0, `${squiggles} on screen`);

  // The example has errors, so the count must come up from 0 once the server has analysed it.
  const status = page.locator('.statusbar-item', { hasText: /^\D*[1-9]\d*\D.*co-managed/ });
  await status.first().waitFor({ timeout: 30000 });
  check('the status bar shows the counts and the model', true, (await status.first().innerText()).replace(/\s+/g, ' ').trim());

  // Highlighting: the grammar's scopes give front-matter keys and RACI letters their own colours.
  const colours = await page.evaluate(() => {
    const spans = [...document.querySelectorAll('.monaco-editor .view-lines span span')];
    return new Set(spans.map((s) => getComputedStyle(s).color)).size;
  });
  check('the grammar colours the document', colours >= 4, `${colours} distinct token colours`);

  // The preview, from the command palette.
  await page.keyboard.press('F1');
  await page.keyboard.type('Demarc: Open Responsibility Preview to the Side');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  let previewText = '';
  for (let i = 0; i < 60 && !/Responsibility matrix/.test(previewText); i++) {
    await page.waitForTimeout(500);
    for (const frame of page.frames()) {
      const text = await frame.evaluate(() => document.getElementById('root')?.innerText ?? '').catch(() => '');
      if (text) previewText = text;
    }
  }
  check(
    'the preview renders the responsibility split',
    /Responsibility matrix/.test(previewText) && /unassigned/.test(previewText),
    previewText.split('\n').find((l) => l.trim()) ?? 'nothing rendered',
  );
  await screenshot(page, artifacts, 'packaged-preview', { done: false });
} catch (e) {
  check('the run finishes', false, String(e.message).split('\n')[0]);
  if (page) await screenshot(page, artifacts, 'failure', { done: false });
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(temp, { recursive: true, force: true });
}
const failed = checks.filter((ok) => !ok).length;
process.stdout.write(`${checks.length - failed} of ${checks.length} packaged-extension checks passed\n`);
process.exit(failed === 0 ? 0 : 1);
