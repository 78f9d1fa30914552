import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ChangedError, writeInPlace } from '../../server/src/node/atomicWrite';
import { readRegularFile } from '../../server/src/node/readInput';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

/** The one safe fix: p1-response-missing inserts a P1 row (a whole line) with a TBD response. */
const FIXABLE = sow(COMPLETE.replace('| P1 | 15 minutes | 4 hours |\n', ''));
const FIXED_ROW = '| P1 | TBD |';

function setUp(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'w.sow.md');
  fs.writeFileSync(file, FIXABLE);
  return { dir, file };
}

const fixed = (file: string) => fs.readFileSync(file, 'utf8').includes(FIXED_ROW);

describe('--fix writes safely', function () {
  this.timeout(60000);

  it('a file changed after it was read is left as it is', async () => {
    const { dir, file } = setUp();
    const read = await readRegularFile(file, 1 << 20);
    fs.writeFileSync(file, `${FIXABLE}\nSaved by someone else.\n`);
    await assert.rejects(
      writeInPlace(file, read, Buffer.from('fixed')),
      (e) => e instanceof ChangedError && /changed since it was read/.test(e.message),
    );
    assert.equal(fs.readFileSync(file, 'utf8'), `${FIXABLE}\nSaved by someone else.\n`);
    assert.deepEqual(fs.readdirSync(dir), ['w.sow.md'], 'no backup left behind');
  });

  it('a symbolic link named on the command line: the target is fixed, the link stays a link', () => {
    const { dir, file } = setUp();
    const link = path.join(dir, 'link.sow.md');
    fs.symlinkSync('w.sow.md', link);
    assert.equal(demarc(['lint', '--fix', link]).code, 1, 'the TBD row is still reported');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readlinkSync(link), 'w.sow.md');
    assert.ok(fixed(file));
  });

  it('keeps mode, owner and hard links, and leaves no backup', () => {
    const { dir, file } = setUp();
    const other = path.join(dir, 'other-name.sow.md');
    fs.linkSync(file, other);
    fs.chmodSync(file, 0o666);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) fs.chownSync(file, 4321, 4321);
    const before = fs.statSync(file);
    assert.equal(demarc(['lint', '--fix', file]).code, 1);
    const after = fs.statSync(file);
    assert.ok(fixed(file));
    assert.equal(after.ino, before.ino, 'same file');
    assert.equal(fs.statSync(other).ino, after.ino, 'hard link not split');
    assert.ok(fixed(other));
    assert.equal(after.mode & 0o777, 0o666, 'mode kept (a new file would get 0644 from the umask)');
    if (asRoot) assert.deepEqual([after.uid, after.gid], [4321, 4321], 'owner kept');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['other-name.sow.md', 'w.sow.md']);
  });

  for (const [name, eol] of [
    ['CR-only', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ] as const) {
    it(`a ${name} file is fixed and keeps only its own line break`, () => {
      const { file } = setUp();
      const before = FIXABLE.replace(/\n/g, eol);
      fs.writeFileSync(file, before);
      const r = demarc(['lint', '--fix', file]);
      assert.notEqual(r.code, 2, r.stderr);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.includes(FIXED_ROW), 'the inserted row');
      assert.ok(text.split(eol).length > before.split(eol).length, 'lines inserted');
      assert.deepEqual([...new Set(text.match(/\r\n|\r|\n/g))], [eol]);
    });
  }
});
