// Word read as Word writes it (issue 23): headings by style and outline level, numbers as Word draws them,
// repeated header rows, tracked changes and comments said where they stand, table numbers a reader counts,
// the cover's title, date and term; and the real files Microsoft Word made (../shared/word-real).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/engine';
import { locateFindings } from '../../server/src/word/findings';
import { importDocx } from '../../server/src/word/import';
import { describeLocation } from '../../server/src/word/locate';
import { demarc, tempDir } from '../cli/run';
import { docx, escapeXml, p, table } from '../helpers/wordFile';
import { WORD_REAL } from '../helpers/wordReal';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const read = async (body: string, parts: Parameters<typeof docx>[1] = {}) =>
  importDocx(await docx(body, parts), undefined, { inProcess: true });

/** Clause styles as legal templates define them: a title clause with an outline level and numbering, sub-clauses under it. */
const CLAUSE_STYLES =
  `<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  '<w:style w:type="paragraph" w:styleId="TitleClause"><w:name w:val="Title Clause"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Untitled subclause 1"/><w:basedOn w:val="TitleClause"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Definition"><w:name w:val="Definition"/><w:basedOn w:val="TitleClause"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr><w:outlineLvl w:val="9"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>';
const CLAUSE_NUMBERING =
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="3">` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>' +
  '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>';
const styled = (style: string, text: string, extra = '') => p(text, `<w:pStyle w:val="${style}"/>${extra}`);

describe('Word read as Word writes it', function () {
  this.timeout(60_000);

  it('a "Title Clause" style with an outline level is a heading, clause numbers are drawn as Word draws them, a definition style without numbering has none', async () => {
    const body =
      styled('Title', 'Managed Services Agreement') +
      p('This agreement is dated 1 March 2026 and runs for a term of thirty-six (36) months.') +
      styled('TitleClause', 'Interpretation') +
      styled('Definition', 'Services: the managed services.') +
      styled('Sub', 'The definitions in this clause apply.') +
      styled('TitleClause', 'Term and termination') +
      styled(
        'Sub',
        'Either party may terminate this agreement on 90 days notice; on termination the Supplier shall return all Customer Data.',
      ) +
      p('(a) the first item', '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr>');
    const imported = await read(body, { styles: CLAUSE_STYLES, numbering: CLAUSE_NUMBERING });
    const lines = imported.text.split('\n');
    assert.ok(lines.includes('# 1. Interpretation'), imported.text);
    assert.ok(lines.includes('Services: the managed services.'), 'no number on the definition');
    assert.ok(lines.includes('1.1 The definitions in this clause apply.'));
    assert.ok(lines.includes('# 2. Term and termination'));
    assert.ok(lines.some((l) => l.startsWith('2.1 Either party may terminate')));
    assert.ok(
      lines.some((l) => l.startsWith('(a) (a) the first item')),
      'a third level in its own format',
    );
    // The cover's title, date and term; not the first clause heading.
    assert.match(imported.text, /^title: Managed Services Agreement$/m);
    assert.match(imported.text, /^effective: 1 March 2026$/m);
    assert.match(imported.text, /^term: 36 months$/m);
    const findings = analyse(imported.text).findings;
    assert.ok(!findings.some((f) => f.ruleId === 'termination-missing'), 'the clause heading is a section');
  });

  it('a header row Word repeats on each page is the header, and a row repeating it word for word is not data', async () => {
    const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>${p('Priority')}</w:tc><w:tc>${p('Response')}</w:tc></w:tr>`;
    const row = (a: string, b: string) => `<w:tr><w:tc>${p(a)}</w:tc><w:tc>${p(b)}</w:tc></w:tr>`;
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${header}${row('P1', '30 minutes')}${row('Priority', 'Response')}${row('P2', '2 hours')}</w:tbl>`;
    const rows = (await read(body)).text.split('\n').filter((l) => l.startsWith('|'));
    assert.deepEqual(rows, ['| Priority | Response |', '| - | - |', '| P1 | 30 minutes |', '| P2 | 2 hours |']);
  });

  it('bookmarks, empty runs and spaces at a paragraph’s ends leave no debris', async () => {
    const body =
      '<w:p><w:bookmarkStart w:id="1" w:name="_Toc1"/><w:bookmarkEnd w:id="1"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>' +
      '<w:r><w:t xml:space="preserve">Scope of services </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p>';
    const text = (await read(body)).text;
    assert.match(text, /^Scope of services$/m);
    assert.doesNotMatch(text, /\[\]\(|&#x20;|\*\*/);
  });

  it('a finding on text inside an open tracked change names its author and says it is a proposed change', async () => {
    const inserted = '<w:p><w:r><w:t>P1</w:t></w:r></w:p>' as string;
    const cell = `<w:p><w:ins w:id="1" w:author="Opposing Counsel" w:date="2026-02-01T10:00:00Z"><w:r><w:t>8 business hours</w:t></w:r></w:ins><w:del w:id="2" w:author="Opposing Counsel" w:date="2026-02-01T10:00:00Z"><w:r><w:delText>30 minutes</w:delText></w:r></w:del></w:p>`;
    const body =
      p('Client: Acme Health') +
      p('Provider: Bluepeak IT') +
      p('Engagement model: managed') +
      table([
        ['Priority', 'Response'],
        [inserted, cell],
        ['P2', '4 hours'],
      ]);
    const imported = await read(body);
    const findings = locateFindings(analyse(imported.text).findings, imported);
    const slow = findings.find((f) => f.ruleId === 'p1-response-slow');
    assert.ok(slow, findings.map((f) => f.ruleId).join(', '));
    assert.match(
      slow.message,
      /This text holds a change proposed by Opposing Counsel, not yet accepted in Word: inserted '8 business hours'/,
    );
    assert.match(
      imported.text,
      /<!-- Word tracked change, not yet accepted: deleted '30 minutes' \(proposed by Opposing Counsel on 2026-02-01\) -->/,
    );
  });

  it('table numbers count the tables a reader sees: a caption names its table', async () => {
    const body =
      p('Client: Acme Health') +
      p('Provider: Bluepeak IT') +
      table([
        ['Term', 'Meaning'],
        ['SLA', 'service level'],
      ]) +
      styled('Caption', 'Table 7 – Allocation of Responsibilities') +
      table([
        ['Function', 'Acme Health', 'Bluepeak IT'],
        ['Backup', 'I', ''],
      ]);
    const imported = await read(body);
    const findings = locateFindings(analyse(imported.text).findings, imported);
    const unassigned = findings.find((f) => f.ruleId === 'unassigned-function');
    assert.equal(describeLocation(unassigned!.location!), 'Table 7, row 2 · Backup');
    assert.equal((unassigned!.location as { table: number }).table, 2, 'the second table a reader sees');
  });

  it('every note names a Word place, and lint --fix on a .docx says it changes nothing and points at review --suggest', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.docx'), await docx(p('Client: Acme') + `<w:p><w:r><w:t>${escapeXml('Hello')}</w:t></w:r></w:p>`));
    const r = demarc(['lint', '--fix', '-f', 'json', 'a.docx'], { cwd: dir });
    assert.match(
      r.stderr,
      /^demarc: a\.docx: --fix changes nothing in a Word file; `demarc review --suggest` writes its suggestions as tracked changes$/m,
    );
    const messages = (JSON.parse(r.stdout) as { messages: { location?: unknown }[] }[])[0].messages;
    assert.ok(messages.length > 0 && messages.every((m) => m.location));
  });
});

const REAL = WORD_REAL;
const realFiles = fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.docx')) : [];

describe('real Word files made by Microsoft Word (../shared/word-real)', function () {
  this.timeout(120_000);
  it('are there (seven files)', () => assert.equal(realFiles.length, 7, `${REAL}: ${realFiles.join(', ')}`));

  for (const file of realFiles)
    it(`${file}: analysed, no debris, every note at a Word place`, async () => {
      const bytes = fs.readFileSync(path.join(REAL, file));
      const imported = await importDocx(bytes);
      assert.doesNotMatch(imported.text, /\[\]\(|&#x20;/, 'no empty links or encoded spaces');
      const analysis = analyse(imported.text, imported.reuse);
      assert.equal(analysis.notAnalysed, undefined);
      const findings = locateFindings(analysis.findings, imported);
      assert.ok(
        findings.every((f) => f.location),
        findings
          .filter((f) => !f.location)
          .map((f) => f.message)
          .join('\n'),
      );
    });

  it('clause titles in a "Title Clause" style are headings: "Term and termination" is a section, and termination-missing does not fire', async () => {
    for (const file of realFiles.filter((f) => /^w[45]-/.test(f))) {
      const imported = await importDocx(fs.readFileSync(path.join(REAL, file)));
      assert.match(imported.text, /^#+ \d+\. (?:\\\[)?(?:Term and termination|Termination)/im, file);
      assert.ok(!analyse(imported.text).findings.some((f) => f.ruleId === 'termination-missing'), file);
    }
  });

  it('comments and open tracked changes of the MSA template are kept beside their lines, with their authors', async () => {
    const file = realFiles.find((f) => f.startsWith('w4-'));
    assert.ok(file);
    const imported = await importDocx(fs.readFileSync(path.join(REAL, file)));
    assert.ok((imported.text.match(/<!-- Word comment by /g) ?? []).length >= 60, 'the 65 comments (those on shown text)');
    assert.ok((imported.text.match(/<!-- Word tracked change, not yet accepted: /g) ?? []).length >= 4);
  });
});
