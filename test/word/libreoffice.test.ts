// Exported Word files open in another producer's reader: LibreOffice converts each to PDF. Skipped (and
// said so) where LibreOffice is not installed, as in CI; the committed docs/images/export-docx.png was
// made this way.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { demarc, ROOT, tempDir } from '../cli/run';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('Word export opens in LibreOffice', function () {
  this.timeout(180_000);
  it('every example converts to a PDF with pages', function () {
    if (!hasSoffice) this.skip(); // no LibreOffice on this machine
    const dir = tempDir();
    const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.sow.md'));
    for (const f of examples)
      assert.equal(demarc(['export', path.join(ROOT, 'examples', f), '-o', path.join(dir, f.replace(/\.sow\.md$/, '.docx'))]).code, 0);
    const docx = fs.readdirSync(dir).filter((f) => f.endsWith('.docx'));
    const r = spawnSync(
      'soffice',
      [
        // A profile of its own: another LibreOffice running on the machine would otherwise take the job.
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docx.map((f) => path.join(dir, f)),
      ],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    for (const f of docx) {
      const pdf = fs.readFileSync(path.join(dir, f.replace(/\.docx$/, '.pdf')), 'latin1');
      assert.ok(/\/Type\s*\/Page\b/.test(pdf), `${f}: a PDF with at least one page`);
    }
  });
});
