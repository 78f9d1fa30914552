// Attack: the folder walk passed over defective SOWs in silence. `lint contracts/` exited 0 past front matter over
// 64 KB, more than 50 YAML aliases, a UTF-16 file, `x.Sow.Md` and a symbolic link; a name that is not UTF-8
// could never be linted. Each is now linted, or one line and exit 2.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

const CLEAN = sow(COMPLETE);
/** A SOW whose front matter has a sow: key, then `filler` more lines of it. */
const withFrontMatter = (filler: string) => CLEAN.replace('title: Test SOW', `title: Test SOW\n${filler}`).replace(/\.sow\.md/, '');

type JsonFile = { filePath: string; errorCount: number };
const linted = (stdout: string) => (JSON.parse(stdout) as JsonFile[]).map((f) => path.basename(f.filePath));

describe('the folder walk reports what it skips', function () {
  this.timeout(60_000);

  const cases: [string, (dir: string) => void, RegExp][] = [
    [
      'front matter over 64 KB',
      (dir) =>
        fs.writeFileSync(
          path.join(dir, 'long.md'),
          withFrontMatter(Array.from({ length: 4000 }, (_, i) => `note${i}: padding padding`).join('\n')),
        ),
      /long\.md: looks like a SOW, but its front matter runs past the first 64 KB, so it was not checked$/,
    ],
    [
      'more than 50 YAML aliases',
      (dir) =>
        fs.writeFileSync(
          path.join(dir, 'aliases.md'),
          withFrontMatter(`a: &a [x]\nb: [${Array.from({ length: 60 }, () => '*a').join(', ')}]`),
        ),
      /aliases\.md: looks like a SOW \(front matter with sow:\), but its front matter could not be read/,
    ],
    [
      'a symbolic link to a SOW',
      (dir) => {
        fs.writeFileSync(path.join(dir, '..', `target-${path.basename(dir)}.sow.md`), CLEAN);
        fs.symlinkSync(path.join(dir, '..', `target-${path.basename(dir)}.sow.md`), path.join(dir, 'link.sow.md'));
      },
      /link\.sow\.md: a symbolic link to a SOW, not followed in a folder walk; name the file itself to lint it$/,
    ],
  ];
  for (const [name, make, line] of cases) {
    it(`${name}: one line naming the file, exit 2, the other files linted`, () => {
      const dir = tempDir();
      make(dir);
      fs.writeFileSync(path.join(dir, 'ok.sow.md'), CLEAN);
      const r = demarc(['lint', '-f', 'json', dir]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trim(), line);
      assert.ok(linted(r.stdout).includes('ok.sow.md'));
    });
  }

  it('a UTF-16 SOW and x.Sow.Md are found and linted', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'wide.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'x.Sow.Md'), CLEAN);
    const r = demarc(['lint', '-f', 'json', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(linted(r.stdout).sort(), ['wide.md', 'x.Sow.Md']);
  });

  it('a name that is not UTF-8 is linted, and shown with \\xNN escapes', () => {
    const dir = tempDir();
    fs.writeFileSync(
      Buffer.concat([Buffer.from(`${dir}${path.sep}caf`), Buffer.from([0xe9]), Buffer.from('.sow.md')]),
      sow(COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |')),
    );
    const r = demarc(['lint', '-f', 'json', dir]);
    assert.equal(r.code, 1, r.stderr);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.equal(path.basename(file.filePath), 'caf\\xe9.sow.md');
    assert.equal(file.errorCount, 1);
  });
});
