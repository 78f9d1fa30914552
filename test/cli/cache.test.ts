// `demarc lint --cache` (issue 24): a file's result is reused only while its bytes, its effective config
// and Demarc's build are as they were; the output is the same either way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, ROOT, tempDir } from './run';

const DEFECTS = fs.readFileSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), 'utf8');
const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/co-managed-clean.sow.md'), 'utf8');

function project(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS);
  fs.writeFileSync(path.join(dir, 'b.sow.md'), CLEAN);
  return dir;
}

const lint = (dir: string, ...more: string[]) => demarc(['lint', '--format', 'json', ...more, '.'], { cwd: dir });

interface CacheFile {
  version: number;
  files: Record<string, { key: string; result: { findings: { message: string }[] } }>;
}
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;

describe('demarc lint --cache', () => {
  it('gives the output a run without it gives, and takes a kept result only while file, config and build are unchanged', () => {
    const dir = project();
    const plain = lint(dir);
    const first = lint(dir, '--cache');
    assert.equal(first.stdout, plain.stdout);
    assert.equal(first.code, plain.code);
    const cacheFile = path.join(dir, '.demarccache');
    const cache = read(cacheFile);
    assert.deepEqual(
      Object.keys(cache.files)
        .map((f) => path.basename(f))
        .sort(),
      ['a.sow.md', 'b.sow.md'],
    );

    // A kept result is used as it is: marked here, it shows in the next run's output.
    const a = Object.keys(cache.files).find((f) => f.endsWith('a.sow.md'))!;
    cache.files[a].result.findings[0].message = 'KEPT';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    assert.match(lint(dir, '--cache').stdout, /"message": "KEPT"/);

    // An edit to the file is read again.
    fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS.replace('| Vendor management', '| Supplier management'));
    const edited = lint(dir, '--cache');
    assert.doesNotMatch(edited.stdout, /KEPT/);
    assert.equal(edited.stdout, lint(dir).stdout);

    // So is every file under a changed config.
    fs.writeFileSync(path.join(dir, '.demarcrc.json'), JSON.stringify({ rules: { 'unassigned-function': 'off' } }));
    const configured = lint(dir, '--cache');
    assert.doesNotMatch(configured.stdout, /unassigned-function/);
    assert.equal(configured.stdout, lint(dir).stdout);
  });

  it('--cache-location names the file; a damaged cache is said on one line and rebuilt; files not analysed are never kept', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'c.sow.md'), '---\nsow: 1\nmodel: [co-managed\n---\n');
    const where = path.join(dir, 'ci', 'demarc.cache');
    fs.mkdirSync(path.dirname(where));
    fs.writeFileSync(where, 'not json');
    const r = lint(dir, '--cache', '--cache-location', where);
    assert.equal(r.code, 2, 'c.sow.md fails the run');
    assert.match(r.stderr, /ci\/demarc\.cache: not a Demarc cache file; starting a new one/);
    assert.equal(r.stdout, lint(dir).stdout);
    const kept = Object.keys(read(where).files).map((f) => path.basename(f));
    assert.deepEqual(kept.sort(), ['a.sow.md', 'b.sow.md']);
    assert.ok(!fs.existsSync(path.join(dir, '.demarccache')));
    assert.match(demarc(['lint', '--cache-location', where, '.'], { cwd: dir }).stderr, /--cache-location goes with --cache/);
  });
});
