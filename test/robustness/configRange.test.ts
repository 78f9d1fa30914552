// Attack: `maxP1Response: "1000000000 minutes"` passed the config check, then every SOW was "not analysed" with a
// TypeError and no line named the config. A duration out of range is now refused where it is written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

describe('config values are validated to the range the engine accepts', () => {
  for (const value of ['1000000000 minutes', '0m', '45 days']) {
    it(`maxP1Response "${value}": one line naming the config and the option, exit 2`, () => {
      const dir = tempDir();
      fs.writeFileSync(
        path.join(dir, '.demarcrc.json'),
        JSON.stringify({ rules: { 'p1-response-slow': ['warning', { maxP1Response: value }] } }),
      );
      fs.writeFileSync(path.join(dir, 'a.sow.md'), sow(COMPLETE));
      const r = demarc(['lint', dir]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(
        r.stderr,
        /\.demarcrc\.json: invalid config: rule "p1-response-slow": option "maxP1Response" must be a duration between 1 minute and 30 days/,
      );
      const withFlag = demarc(['lint', '-c', path.join(dir, '.demarcrc.json'), dir]);
      assert.equal(withFlag.code, 2);
      assert.match(withFlag.stderr, /maxP1Response/);
    });
  }
});
