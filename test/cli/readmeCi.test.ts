// The README's CI section, done as written in a fresh repository (issue 24): the package vendored as the
// README shows, then each `run:` step of its workflow, in order, with the results the workflow relies on.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './run';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The shell commands and workflow steps of the README's CI section. */
function ciSection(): { setup: string[]; steps: string[] } {
  const section = README.slice(README.indexOf('\n## CI\n'));
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)];
  const sh = blocks.find((b) => b[1] === 'sh')![2];
  const yaml = blocks.find((b) => b[1] === 'yaml')![2];
  return {
    setup: sh
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l && !l.startsWith('#')),
    steps: [...yaml.matchAll(/^\s*- run: (.+)$/gm)].map((m) => m[1].trim()),
  };
}

describe('the README’s CI section in a fresh repository', function () {
  this.timeout(180_000);

  it('vendors the package as shown, and each workflow step runs as written', () => {
    const { setup, steps } = ciSection();
    assert.deepEqual(setup.slice(0, 1), ['npm install && npm pack'], 'made in a checkout of Demarc');
    assert.ok(steps.length >= 3, steps.join('\n'));
    const root = tempDir();
    const checkout = path.join(root, 'demarc');
    const repo = path.join(root, 'contracts-repo');
    fs.mkdirSync(checkout);
    fs.mkdirSync(repo);
    // `npm pack` of this checkout, into the folder the README copies it from (npm install has been done here).
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', checkout], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    assert.match(setup.join('\n'), new RegExp(tarball.replace(/\./g, '\\.')), 'the README names the tarball npm pack writes');
    execFileSync('git', ['init', '-q'], { cwd: repo });
    fs.mkdirSync(path.join(repo, 'contracts'));
    fs.copyFileSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), path.join(repo, 'contracts/harbor.sow.md'));
    const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NO_COLOR: '1' };
    const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: repo, env, encoding: 'utf8' });
    // The contracts-repository lines, as written (the checkout sits beside the repository, as `../demarc`).
    for (const line of setup.slice(1)) {
      const r = sh(line);
      assert.equal(r.status, 0, `${line}: ${r.stderr}`);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    assert.match(manifest.devDependencies.demarc, /vendor\//);
    // A fresh clone in CI has no node_modules: the workflow's steps from there.
    fs.rmSync(path.join(repo, 'node_modules'), { recursive: true });
    const ran = steps.map((step) => ({ step, r: sh(step) }));
    assert.equal(ran[0].step, 'npm ci');
    assert.equal(ran[0].r.status, 0, ran[0].r.stderr);
    const lint = ran.find((x) => x.step.includes('--format github'))!;
    assert.equal(lint.r.status, 1, 'the defects fail the job');
    assert.match(lint.r.stdout, /^::error file=contracts\/harbor\.sow\.md,line=\d+/m);
    const sarif = ran.find((x) => x.step.includes('--format sarif'))!;
    assert.equal(sarif.r.status, 0, 'its `|| true` keeps the upload step');
    const log = JSON.parse(fs.readFileSync(path.join(repo, 'demarc.sarif'), 'utf8'));
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0].results.length > 0);
  });
});
