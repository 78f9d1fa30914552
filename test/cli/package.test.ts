// The npm package as a user gets it: packed, installed into an empty prefix with no network (it needs no
// dependencies: dist/ carries the bundles), and both bins run from there.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from '../lsp/lspClient';
import { ROOT, tempDir } from './run';

describe('the npm package', function () {
  this.timeout(180000);
  let bin = '';
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

  before(() => {
    const dir = tempDir();
    // npm test has just built dist/; prepack builds it for a real `npm pack`.
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    const prefix = path.join(dir, 'prefix');
    execFileSync(
      'npm',
      ['install', '--global', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, path.join(dir, tarball)],
      { stdio: 'pipe' },
    );
    bin = path.join(prefix, 'bin');
  });

  const run = (name: string, args: string[], cwd = ROOT) => spawnSync(path.join(bin, name), args, { cwd, encoding: 'utf8' });

  it('is publishable, small and without source maps (they stay in the checkout)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.private, undefined, 'not private: npm publish would refuse it');
    assert.ok(pkg.name && pkg.version && pkg.license);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
    const files = (packed.files as { path: string }[]).map((f) => f.path);
    assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
    assert.ok(files.includes('dist/cli.js') && files.includes('server/schemas/demarcrc.schema.json'));
    assert.ok(packed.size < 3_000_000, `packed ${packed.size} bytes`);
  });

  it('demarc: --version, and lint of the examples with their findings', () => {
    assert.equal(run('demarc', ['--version']).stdout.trim(), version);
    const lint = run('demarc', ['lint', '--format', 'json', 'examples']);
    assert.equal(lint.status, 1, lint.stderr);
    assert.ok(JSON.parse(lint.stdout).some((f: { messages: unknown[] }) => f.messages.length > 0));
  });

  it('demarc: Word out and in from the installed package (its Word bundles are in the tarball)', () => {
    const dir = tempDir();
    const docx = path.join(dir, 'sow.docx');
    const exported = run('demarc', ['export', path.join(ROOT, 'examples/co-managed-defects.sow.md'), '--format', 'docx', '-o', docx]);
    assert.equal(exported.status, 0, exported.stderr);
    const lint = run('demarc', ['lint', '--format', 'json', docx]);
    assert.equal(lint.status, 1, lint.stderr);
    assert.ok(JSON.parse(lint.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'conflicting-ownership'));
  });

  it('demarc-language-server: --version, --help, one line without a transport, and an LSP handshake', async () => {
    assert.equal(run('demarc-language-server', ['--version']).stdout.trim(), version);
    assert.match(run('demarc-language-server', ['--help']).stdout, /^Usage: demarc-language-server --stdio/);
    const bare = run('demarc-language-server', []);
    assert.equal(bare.status, 2);
    assert.equal(
      bare.stderr,
      'demarc-language-server: no transport given: start it with --stdio (see --help)\n',
      'one line, no stack trace',
    );
    const client = new LspClient([path.join(bin, 'demarc-language-server'), '--stdio']);
    try {
      const init = await client.initialize();
      assert.equal(init.serverInfo?.name, 'demarc-language-server');
    } finally {
      await client.stop();
    }
  });
});
