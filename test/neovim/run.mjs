// `npm run test:neovim`: a real Neovim (Debian 12's 0.7.2; .ci/run installs it) set up with the README's
// 0.7 recipe, taken from the README itself, against the built server on PATH as `demarc-language-server`.
// It checks what a user sees: every diagnostic the CLI reports for the example, on the same line with the
// same severity and text.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = 'co-managed-defects.sow.md';
if (spawnSync('nvim', ['--version']).error) {
  console.error('test:neovim needs Neovim 0.7+: apt-get install neovim');
  process.exit(1);
}

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const recipe = /Neovim 0\.7 to 0\.9[\s\S]*?```lua\n([\s\S]*?)```/.exec(readme)?.[1];
assert.ok(recipe, "the README's Neovim 0.7 recipe");

const dir = mkdtempSync(path.join(tmpdir(), 'demarc-nvim-'));
try {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const shim = path.join(bin, 'demarc-language-server');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'server/bin/demarc-language-server.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  const file = path.join(dir, EXAMPLE);
  copyFileSync(path.join(ROOT, 'examples', EXAMPLE), file);
  const out = path.join(dir, 'diagnostics.json');
  // After the recipe: wait for the server's diagnostics, write them, quit.
  const check = `
vim.cmd('edit ${file}')
local bufnr = vim.api.nvim_get_current_buf()
vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
vim.wait(500)
local seen = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(seen, { line = d.lnum + 1, severity = d.severity, text = d.message, code = d.code })
end
local f = io.open('${out}', 'w'); f:write(vim.json.encode({ filetype = vim.bo.filetype, diagnostics = seen })); f:close()
vim.cmd('qa!')
`;
  writeFileSync(path.join(dir, 'init.lua'), `${recipe}\n${check}`);
  const nvim = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(dir, 'init.lua')], {
    encoding: 'utf8',
    timeout: 60_000,
    cwd: dir,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
  assert.equal(nvim.status, 0, `nvim failed:\n${nvim.stderr}`);
  const { filetype, diagnostics } = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(filetype, 'sow');
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', '--format', 'json', file], { encoding: 'utf8' });
  const [{ messages }] = JSON.parse(cli.stdout);
  const SEVERITY = { error: 1, warning: 2, info: 3 };
  const key = (d) => `${d.line}\t${d.severity}\t${d.code}\t${d.text}`;
  const expected = messages.map((m) => ({ line: m.line, severity: SEVERITY[m.severity], code: m.ruleId, text: m.message }));
  assert.ok(expected.length >= 10, 'the example has its defects');
  assert.deepEqual(diagnostics.map(key).sort(), expected.map(key).sort(), 'Neovim shows exactly the CLI findings');
  console.log(`test:neovim: Neovim ${spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]} shows all ${expected.length} findings of ${EXAMPLE}, as the CLI reports them`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
