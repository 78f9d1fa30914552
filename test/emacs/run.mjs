// `npm run test:emacs`: a real Emacs with eglot (Debian's emacs-nox, elpa-eglot 1.9 and
// elpa-markdown-mode; .ci/run installs them) set up as the README says, against the built server.
// It checks what a user sees: every diagnostic the CLI reports for the example, on the same line with
// the same severity and text; a hover reading the P1 cell; completion offering durations there; and
// no complaint from eglot (unsupported registrations, errors).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = 'co-managed-defects.sow.md';
const which = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
if (which.error) {
  console.error('test:emacs needs Emacs 28+ with eglot and markdown-mode: apt-get install emacs-nox elpa-eglot elpa-markdown-mode');
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'demarc-eglot-'));
try {
  const file = path.join(dir, EXAMPLE);
  copyFileSync(path.join(ROOT, 'examples', EXAMPLE), file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const p1 = lines.findIndex((l) => l.startsWith('| P1'));
  const server = ['node', path.join(ROOT, 'server/bin/demarc-language-server.js'), '--stdio'];
  const started = Date.now();
  const emacs = spawnSync(
    'emacs',
    [
      '--batch',
      '-l',
      path.join(ROOT, 'test/emacs/eglot-check.el'),
      ...server,
      '--',
      file,
      String(p1 + 1),
      String(lines[p1].indexOf('4 business')),
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(emacs.status, 0, `emacs failed:\n${emacs.stderr}`);
  const out = emacs.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', '--format', 'json', file], { encoding: 'utf8' });
  const [{ messages }] = JSON.parse(cli.stdout);
  const TYPE = { error: 'eglot-error', warning: 'eglot-warning', info: 'eglot-note' };
  const expected = messages.map((m) => ({ line: m.line, type: TYPE[m.severity], text: `demarc [${m.ruleId}]: ${m.message}` }));
  const seen = out.filter((o) => o.kind === 'diagnostic').map(({ line, type, text }) => ({ line, type, text }));
  const key = (d) => `${d.line}\t${d.type}\t${d.text}`;
  assert.ok(expected.length >= 10, 'the example has its defects');
  assert.deepEqual(seen.map(key).sort(), expected.map(key).sort(), 'eglot shows exactly the CLI findings');

  const hover = out.find((o) => o.kind === 'hover');
  assert.match(hover?.text ?? '', /^Read as \*\*P1\*\* .*4 hours of business time/, 'hover reads the P1 cell');
  const completion = out.find((o) => o.kind === 'completion');
  assert.ok(completion?.labels.includes('1 hour'), `completion offers durations in a response cell: ${completion?.labels}`);

  const complaints = emacs.stderr
    .split('\n')
    .filter((l) => /eglot|jsonrpc|warning|error/i.test(l))
    .filter((l) => !/Connected!|politely to terminate|Server exited/.test(l));
  assert.deepEqual(complaints, [], 'eglot complained');
  console.log(
    `emacs ${which.stdout.split('\n')[0].replace('GNU Emacs ', '')} + eglot: ${seen.length} diagnostics equal to the CLI's, hover and completion answered (${Date.now() - started} ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
