// Word files another producer made (LibreOffice, from real SOWs; test/fixtures/word/make-fixtures.sh):
// imported and linted, they give the .sow.md's findings, each at the table row a reviewer would open.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { importDocx } from '../../server/src/word/import';
import { demarc, ROOT, tempDir } from '../cli/run';
import { lintKeys } from './roundTrip';

const FIXTURES = path.join(ROOT, 'test/fixtures/word');
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.docx'));

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  location?: { kind: string; table?: number; row?: number; label?: string; description: string };
}

function lintJson(args: string[], cwd?: string): { code: number; files: { filePath: string; messages: JsonMessage[] }[]; stderr: string } {
  const r = demarc(['lint', '-f', 'json', ...args], { cwd });
  return { code: r.code, files: JSON.parse(r.stdout) as { filePath: string; messages: JsonMessage[] }[], stderr: r.stderr };
}

describe('LibreOffice-made Word fixtures', () => {
  it('there are at least five', () => assert.ok(fixtures.length >= 5, fixtures.join(', ')));

  for (const file of fixtures) {
    it(`${file} gives the findings of its .sow.md`, async () => {
      const imported = await importDocx(fs.readFileSync(path.join(FIXTURES, file)));
      const original = fs.readFileSync(path.join(ROOT, 'test/corpus/real', file.replace(/\.docx$/, '.sow.md')), 'utf8');
      assert.deepEqual(lintKeys(imported.text), lintKeys(original));
    });
  }

  it('puts a row finding at its Word table row, named by the function', () => {
    const { files } = lintJson(['test/fixtures/word/a-lesniak-msp-mssp-raci.docx']);
    const conflicts = files[0].messages.filter((m) => m.ruleId === 'conflicting-ownership');
    assert.deepEqual(
      conflicts.map((m) => m.location?.description),
      ['table 1, row 29 · Incident Response (Triage & Remediation)', 'table 1, row 32 · Performance & Security Reporting'],
    );
    // Document-level findings (nothing covers escalation) have no row to point at.
    assert.equal(files[0].messages.find((m) => m.ruleId === 'escalation-missing')?.location?.kind, 'document');
  });

  it('stylish shows the Word place instead of line:column, and SARIF a logical location', () => {
    const stylish = demarc(['lint', 'test/fixtures/word/a-snecs-sla-appendix.docx']).stdout;
    assert.match(stylish, /^ {2}table 1, row 2 · Urgent +warning +The P1 response "15 Minutes or Less"/m);
    assert.doesNotMatch(stylish, /^\s+\d+:\d+\s/m);
    const sarif = JSON.parse(demarc(['lint', '-f', 'sarif', 'test/fixtures/word/a-snecs-sla-appendix.docx']).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { logicalLocations?: { fullyQualifiedName: string }[]; physicalLocation: { region?: unknown } }[];
        }[];
      }[];
    };
    const slow = sarif.runs[0].results.find((r) => r.ruleId === 'p1-response-slow');
    assert.equal(slow?.locations[0].logicalLocations?.[0].fullyQualifiedName, 'table 1, row 2 · Urgent');
    assert.equal(slow?.locations[0].physicalLocation.region, undefined, 'no line numbers into a .docx');
  });

  it('demarc import writes the SOW dialect beside the file, refuses to overwrite, and --force replaces', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(FIXTURES, 'a-esolia-cosupport.docx'), path.join(dir, 'contract.docx'));
    const first = demarc(['import', 'contract.docx'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const text = fs.readFileSync(path.join(dir, 'contract.sow.md'), 'utf8');
    assert.match(text, /^---\nsow: 1\nclient: /);
    assert.match(text, /^\| .* \|$/m, 'tables as GFM tables');
    fs.writeFileSync(path.join(dir, 'contract.sow.md'), 'mine');
    const again = demarc(['import', 'contract.docx'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /contract\.sow\.md: already exists; use --force/);
    assert.equal(fs.readFileSync(path.join(dir, 'contract.sow.md'), 'utf8'), 'mine');
    assert.equal(demarc(['import', 'contract.docx', '--force'], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'contract.sow.md'), 'utf8'), text);
  });

  it('a folder of ten Word SOWs: skipped by default, all linted with --ext docx', () => {
    const dir = tempDir();
    for (const f of fixtures) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
    for (const example of ['co-managed-defects', 'managed-defects', 'co-managed-clean']) {
      assert.equal(demarc(['export', path.join(ROOT, 'examples', `${example}.sow.md`), '-o', path.join(dir, `${example}.docx`)]).code, 0);
    }
    fs.copyFileSync(path.join(ROOT, 'examples/managed-clean.sow.md'), path.join(dir, 'managed-clean.sow.md'));
    fs.writeFileSync(path.join(dir, '~$locked.docx'), 'Word lock file');
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).length, 11);
    assert.deepEqual(
      lintJson(['.'], dir).files.map((f) => path.basename(f.filePath)),
      ['managed-clean.sow.md'],
    );
    const all = lintJson(['--ext', 'docx', '.'], dir);
    assert.equal(all.files.length, 11, all.stderr);
    assert.equal(all.stderr, '');
    assert.equal(lintJson(['*.docx'], dir).files.length, 10, 'a glob naming .docx yields them, not the lock file');
    const defects = all.files.find((f) => f.filePath.endsWith('co-managed-defects.docx'));
    assert.ok(
      defects?.messages.some((m) => m.ruleId === 'invalid-raci' && m.location?.description === 'table 1, row 7 · Network monitoring'),
    );
  });
});

describe('Word import notes: nothing dropped silently', () => {
  it('lists merged cells, pictures, comments and tracked changes', async () => {
    const png = fs.readFileSync(path.join(ROOT, 'docs/images/preview.png'));
    const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) =>
      new TableCell({ children: [new Paragraph(text)], ...span });
    const doc = new Document({
      comments: { children: [{ id: 0, author: 'Reviewer', children: [new Paragraph('Is this right?')] }] },
      sections: [
        {
          footers: { default: new Footer({ children: [new Paragraph('Confidential: rates in Schedule B apply')] }) },
          children: [
            new Paragraph({
              children: [
                new TextRun('Between Acme Health ("Client") and Bluepeak IT ("Provider").'),
                new InsertedTextRun({ id: 1, author: 'A', date: '2026-01-01T00:00:00Z', text: ' Added.' }),
                new DeletedTextRun({ id: 2, author: 'A', date: '2026-01-01T00:00:00Z', text: ' Removed.' }),
              ],
            }),
            new Paragraph({
              children: [new CommentRangeStart(0), new TextRun('Commented text'), new CommentRangeEnd(0), new CommentReference(0)],
            }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 } })] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('Function'), cell('Acme Health'), cell('Bluepeak IT')] }),
                new TableRow({ children: [cell('Patch management'), cell('R/A', { rowSpan: 2 }), cell('C')] }),
                new TableRow({ children: [cell('Backup'), cell('I')] }),
                new TableRow({ children: [cell('Monitoring'), cell('Shared by both', { columnSpan: 2 })] }),
              ],
            }),
          ],
        },
      ],
    });
    const imported = await importDocx(await Packer.toBuffer(doc));
    const notes = imported.notes.map((n) => n.message).join('\n');
    // Each open change at its place, with its author; the comment is imported as a note beside its paragraph.
    assert.match(notes, /inserted 'Added\.' \(proposed by A on 2026-01-01\); read as if accepted/);
    assert.match(notes, /deleted 'Removed\.' \(proposed by A on 2026-01-01\); read as if accepted/);
    assert.ok(
      imported.notes.every((n) => n.at),
      'every note names a Word place',
    );
    assert.match(imported.text, /^Commented text\n\n<!-- Word comment by Reviewer \(\d{4}-\d\d-\d\d\): Is this right\? -->$/m);
    assert.match(imported.text, /<!-- Word tracked change, not yet accepted: inserted 'Added\.' \(proposed by A on 2026-01-01\) -->/);
    assert.match(notes, /1 page header\(s\) or footer\(s\) with text were not imported/);
    assert.match(notes, /a picture not imported/);
    assert.match(notes, /merged cell 'R\/A' spans 2 rows/);
    assert.match(notes, /merged cell 'Shared by both' spans 2 columns/);
    // Read as accepted: the insertion is there, the deletion is not.
    assert.match(imported.text, /Added\./);
    assert.doesNotMatch(imported.text.replace(/<!--[\s\S]*?-->/g, ''), /Removed\./, 'only in the note beside it');
    // The row merged down states R/A for Backup too; the cell merged across stays in its first column.
    assert.match(imported.text, /^\| Backup \| R\/A \| I \|$/m);
    assert.match(imported.text, /^\| Monitoring \| Shared by both \| +\|$/m);
    assert.match(imported.text, /^client: Acme Health\nprovider: Bluepeak IT\nmodel: co-managed$/m, 'the client holds R/A: co-managed');
  });

  it('demarc import exits 1 and lists each note on its own line, naming the file and the Word place', async () => {
    const dir = tempDir();
    const table = new Table({
      rows: [
        new TableRow({
          children: [new TableCell({ children: [new Paragraph('Function')] }), new TableCell({ children: [new Paragraph('Owner')] })],
        }),
        new TableRow({ children: [new TableCell({ children: [new Paragraph('Backup')], columnSpan: 2 })] }),
      ],
    });
    fs.writeFileSync(path.join(dir, 'merged.docx'), await Packer.toBuffer(new Document({ sections: [{ children: [table] }] })));
    const r = demarc(['import', 'merged.docx'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^demarc: merged\.docx: table 1, row 2 · Backup: merged cell 'Backup' spans 2 columns/m);
    assert.ok(fs.existsSync(path.join(dir, 'merged.sow.md')), 'written, with the notes to check');
  });
});

describe('demarc matrix on a Word SOW', () => {
  it('prints the same split as for its .sow.md', () => {
    const fromWord = demarc(['matrix', 'test/fixtures/word/a-lesniak-msp-mssp-raci.docx', '--format', 'csv']);
    assert.equal(fromWord.code, 0, fromWord.stderr);
    assert.ok(fromWord.stdout.split('\n').length > 20);
    assert.equal(fromWord.stdout, demarc(['matrix', 'test/corpus/real/a-lesniak-msp-mssp-raci.sow.md', '--format', 'csv']).stdout);
  });
});

describe('lint on a Word file offers no fixes', () => {
  it('the Markdown says a problem can be fixed with --fix; the same SOW in Word does not', () => {
    const dir = tempDir();
    const source = path.join(ROOT, 'examples/managed-defects.sow.md');
    assert.match(demarc(['lint', source]).stdout, /can be fixed with the `--fix` option/);
    assert.equal(demarc(['export', source, '-o', path.join(dir, 'm.docx')]).code, 0);
    const word = demarc(['lint', 'm.docx'], { cwd: dir });
    assert.match(word.stdout, /problems \(2 errors/);
    assert.doesNotMatch(word.stdout, /--fix/);
  });
});

describe('demarc export --format docx', () => {
  it('writes FILE.docx beside the SOW, refuses to overwrite, --force replaces, -o - prints the import', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/hostile.sow.md'), path.join(dir, 'hostile.sow.md'));
    const first = demarc(['export', 'hostile.sow.md', '--format', 'docx'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Wrote hostile\.docx\n$/);
    const again = demarc(['export', 'hostile.sow.md'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^demarc: hostile\.docx: already exists; use --force to replace it\n$/);
    assert.equal(demarc(['export', 'hostile.sow.md', '--force'], { cwd: dir }).code, 0);
    const printed = demarc(['import', 'hostile.docx', '-o', '-'], { cwd: dir });
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /^---\nsow: 1\n/);
    // The document's javascript: link is not a live link in Word, so it comes back as its text.
    assert.match(printed.stdout, /Click me/);
    assert.doesNotMatch(printed.stdout, /javascript:/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['hostile.docx', 'hostile.sow.md']);
    const missing = demarc(['export', 'nothing.sow.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'demarc: nothing.sow.md: no such file\n');
  });
});
