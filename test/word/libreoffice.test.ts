// Exported Word files open in another producer's reader: LibreOffice converts each to PDF. Skipped (and
// said so) where LibreOffice is not installed, as in CI; the committed docs/images/export-docx.png was
// made this way.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { demarc, ROOT, tempDir } from '../cli/run';
import { WORD_REAL } from '../helpers/wordReal';

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

/** The text of a PDF's comment annotations (`/Subtype /Text`), as LibreOffice writes them (UTF-16 hex strings). */
function pdfComments(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/\/Subtype\s*\/Text\b[^>]*?\/Contents\s*<FEFF([0-9A-Fa-f]*)>/g)) {
    const bytes = Buffer.from(m[1], 'hex');
    out.push(Buffer.from(bytes).swap16().toString('utf16le'));
  }
  return out;
}

const REAL = WORD_REAL;

describe('Reviewed Word files open in LibreOffice', function () {
  this.timeout(300_000);
  it('each reviewed file with suggestions (the examples exported to Word, and the real Word files) converts to a PDF holding every comment, Demarc’s among them', function () {
    if (!hasSoffice) this.skip(); // no LibreOffice on this machine
    const dir = tempDir();
    const sources = [
      ...fs
        .readdirSync(path.join(ROOT, 'examples'))
        .filter((f) => f.endsWith('-defects.sow.md'))
        .map((f) => {
          const out = path.join(dir, f.replace(/\.sow\.md$/, '.docx'));
          assert.equal(demarc(['export', path.join(ROOT, 'examples', f), '-o', out]).code, 0);
          return out;
        }),
      ...(fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.docx')) : []).map((f) => path.join(REAL, f)),
    ];
    assert.ok(sources.length >= 9, 'two examples and the seven real files');
    const reviewed: { file: string; messages: string[] }[] = [];
    for (const source of sources) {
      const out = path.join(dir, path.basename(source).replace(/\.docx$/, '.reviewed.docx'));
      assert.notEqual(demarc(['review', '--suggest', source, '-o', out]).code, 2, source);
      const lint = JSON.parse(demarc(['lint', '-f', 'json', source]).stdout) as { messages: { message: string }[] }[];
      reviewed.push({ file: out, messages: lint[0].messages.map((m) => m.message) });
    }
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        // Comments exported as PDF comments (annotations), so the PDF says what LibreOffice read of them.
        'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
        '--outdir',
        dir,
        ...reviewed.map((f) => f.file),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    for (const { file, messages } of reviewed) {
      const pdf = fs.readFileSync(file.replace(/\.docx$/, '.pdf'));
      assert.ok(/\/Type\s*\/Page\b/.test(pdf.toString('latin1')), `${file}: a PDF with pages`);
      const comments = pdfComments(pdf);
      // Every Demarc comment reached the PDF as a comment, its message first.
      for (const message of messages)
        assert.ok(
          comments.some((c) => c.startsWith(message)),
          `${path.basename(file)}: a comment '${message}' (the PDF has ${comments.length})`,
        );
    }
  });
});
