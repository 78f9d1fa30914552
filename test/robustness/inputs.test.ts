import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

const CLEAN = sow(COMPLETE);

/** A FIFO or a device never hangs a run or fills memory: one line, exit 2, within seconds. */
describe('non-regular files', function () {
  this.timeout(60000);
  let dir: string;
  let fifo: string;

  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = tempDir();
    fifo = path.join(dir, 'fifo.sow.md');
    execFileSync('mkfifo', [fifo]);
    fs.writeFileSync(path.join(dir, 'ok.sow.md'), CLEAN);
  });

  const cases: [string, () => string[], RegExp][] = [
    ['demarc matrix FIFO', () => ['matrix', fifo], /fifo\.sow\.md: not analysed: not a regular file \(a FIFO\); not read$/],
    ['demarc lint FIFO', () => ['lint', fifo], /fifo\.sow\.md: not analysed: not a regular file \(a FIFO\); not read$/],
    [
      'demarc lint -c FIFO',
      () => ['lint', '-c', fifo, path.join(dir, 'ok.sow.md')],
      /fifo\.sow\.md: cannot read config \(not a regular file \(a FIFO\); not read\)$/,
    ],
    [
      'demarc matrix /dev/zero',
      () => ['matrix', '/dev/zero'],
      /^demarc: \/dev\/zero: not analysed: not a regular file \(a device\); not read$/,
    ],
    [
      'demarc lint -c /dev/zero',
      () => ['lint', '-c', '/dev/zero', path.join(dir, 'ok.sow.md')],
      /^demarc: \/dev\/zero: cannot read config \(not a regular file \(a device\); not read\)$/,
    ],
  ];
  for (const [name, args, expected] of cases) {
    it(name, () => {
      const r = demarc(args(), { timeout: 10000 });
      assert.equal(r.code, 2, `exit ${r.code} (-1: still running after 10 s)`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trim(), expected);
    });
  }

  it('a FIFO in a folder or glob is passed over, not opened', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    execFileSync('mkfifo', [path.join(dir, 'sub', 'pipe.md')]);
    fs.writeFileSync(path.join(dir, 'sub', 'ok.sow.md'), CLEAN);
    assert.equal(demarc(['lint', path.join(dir, 'sub')], { timeout: 10000 }).code, 0);
    assert.equal(demarc(['lint', 'sub/*.md'], { cwd: dir, timeout: 10000 }).code, 0);
  });
});
