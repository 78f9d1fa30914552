// `demarc review --suggest` (issue 23): each finding's suggestion as a tracked change authored by Demarc.
// Rejecting them gives the document back; accepting them gives the text the editor's suggestions give;
// the reviewed copy lints as the original; a second review replaces them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits } from '../../server/src/engine';
import { readZip, writeZip } from '../../server/src/word/review/zip';
import { demarc, tempDir } from '../cli/run';
import { acceptDemarc, checkReviewed } from '../helpers/reviewedPackage';
import { docx, p, table } from '../helpers/wordFile';

const H = (level: number, text: string) => p(text, `<w:pStyle w:val="Heading${level}"/>`);

/** The cover lines the import reads parties and model from, and the matrix's heading. */
const COVER =
  H(1, 'Co-managed IT Services') +
  p('Client: Riverside Health') +
  p('Provider: Northwind MSP') +
  p('Engagement model: co-managed') +
  H(2, 'Responsibilities');

/** The matrix the tests start from, with Backup's two party cells as given. */
const matrix = (backup: [string, string]) =>
  table([
    ['Function', 'Riverside Health', 'Northwind MSP'],
    ['Patch management', 'R', 'A'],
    ['Backup and disaster recovery', ...backup],
    ['Security monitoring', 'I', 'R/A'],
  ]);

/** A co-managed SOW in Word with a function nobody owns, a slow P1, and a tool the client only reads. */
function body(): string {
  return (
    COVER +
    matrix(['-', '-']) +
    H(2, 'Service levels') +
    table([
      ['Priority', 'Response', 'Resolution'],
      ['P1', '4 business hours', '8 hours'],
      ['P2', '8 hours', '2 days'],
    ]) +
    H(2, 'Tools') +
    table([
      ['Tool', 'Owner', 'Client access', 'On exit'],
      ['NinjaOne RMM', 'Northwind MSP', 'read-only', 'Agents removed within 30 days'],
    ]) +
    H(2, 'Escalation') +
    p('1. Service desk lead.') +
    H(2, 'Termination') +
    p('Either party may end the agreement with 90 days notice.')
  );
}

/** Table rows compared by their cells, not their padding; Demarc's own comments, imported as notes, left out. */
function normalised(markdown: string): string {
  return markdown
    .replace(/<!-- Word comment by Demarc [^\n]*-->\n\n/g, '')
    .split('\n')
    .map((l) =>
      l.startsWith('|')
        ? l
            .split(/(?<!\\)\|/)
            .map((c) => c.trim().replace(/^(:?)-+(:?)$/, '$1-$2'))
            .join('|')
        : l,
    )
    .join('\n');
}

/** Reviews `body` with suggestions into sow.reviewed.docx, then that copy again into twice.docx. */
async function reviewTwice(body: string): Promise<{ dir: string; second: ReturnType<typeof demarc> }> {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'sow.docx'), await docx(body));
  demarc(['review', '--suggest', 'sow.docx'], { cwd: dir });
  return { dir, second: demarc(['review', '--suggest', 'sow.reviewed.docx', '-o', 'twice.docx'], { cwd: dir }) };
}

/** A file's document part with its dates blanked: what two reviews are compared by. */
async function documentPart(dir: string, file: string): Promise<string> {
  return (await readZip(fs.readFileSync(path.join(dir, file))))
    .find((e) => e.name === 'word/document.xml')!
    .bytes.toString('utf8')
    .replace(/w:date="[^"]*"/g, 'w:date=""');
}

/**
 * Reviews `body` with suggestions and checks the promises: rejecting Demarc's changes gives the document
 * back, the reviewed copy lints as the original, and accepting them gives the editor's suggestions' text.
 */
async function checkSuggestions(body: string): Promise<{ titles: string[]; document: string }> {
  const dir = tempDir();
  const original = await docx(body);
  fs.writeFileSync(path.join(dir, 'sow.docx'), original);
  const r = demarc(['review', '--suggest', 'sow.docx'], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  const written = Number(/(\d+) suggestion\(s\) as tracked changes/.exec(r.stdout)?.[1]);
  assert.ok(written >= 2, r.stdout);
  const reviewed = fs.readFileSync(path.join(dir, 'sow.reviewed.docx'));
  // Rejecting every Demarc change and removing its comments gives the original part exactly (checkReviewed).
  const pkg = await checkReviewed(original, reviewed);
  assert.equal((pkg.document.match(/<w:ins w:id="\d+" w:author="Demarc"/g) ?? []).length > 0, true, 'an insertion by Demarc');
  const said = pkg.demarc.filter((c) => c.text.includes('Suggested as a tracked change by Demarc'));
  assert.equal(said.length, written, 'each tracked suggestion is said in its finding’s comment');

  // The reviewed copy lints as the original: Demarc's pending changes are its proposals, not the text.
  const json = (file: string) =>
    (
      JSON.parse(demarc(['lint', '-f', 'json', file], { cwd: dir }).stdout) as { messages: { ruleId: string; message: string }[] }[]
    )[0].messages
      .map((m) => `${m.ruleId}: ${m.message}`)
      .sort();
  assert.deepEqual(json('sow.reviewed.docx'), json('sow.docx'));

  // Accepting them in the XML gives the imported text with each written suggestion applied, one after another.
  const entries = await readZip(reviewed);
  const main = entries.find((e) => e.name === 'word/document.xml')!;
  main.bytes = Buffer.from(acceptDemarc(main.bytes.toString('utf8')), 'utf8');
  fs.writeFileSync(path.join(dir, 'accepted.docx'), await writeZip(entries));
  const accepted = demarc(['import', 'accepted.docx', '-o', '-'], { cwd: dir }).stdout;
  let expected = demarc(['import', 'sow.docx', '-o', '-'], { cwd: dir }).stdout;
  const titles = said.map((c) => /Suggested as a tracked change by Demarc: (.*)\. Accept or reject it in Word\./.exec(c.text)![1]);
  for (const title of titles) {
    const fix = analyse(expected)
      .findings.flatMap((f) => [...(f.suggestions ?? []), ...(f.fix ? [f.fix] : [])])
      .find((s) => s.title === title);
    assert.ok(fix, `the editor offers "${title}"`);
    expected = applyEdits(expected, fix.edits);
  }
  assert.equal(normalised(accepted), normalised(expected));
  assert.ok(json('accepted.docx').length < json('sow.docx').length, 'accepting the suggestions mends findings');
  return { titles, document: pkg.document };
}

describe('demarc review --suggest', function () {
  this.timeout(120_000);

  it('writes suggestions as Demarc’s tracked changes: rejected, the document as it was; accepted, the editor’s suggestions', async () => {
    const { document } = await checkSuggestions(body());
    assert.match(document, /<w:del w:id="\d+" w:author="Demarc"/, 'a deletion by Demarc');
  });

  it('writes a section a suggestion adds (service levels, termination) as tracked paragraphs, list items and a table at the end', async () => {
    const missing = COVER + matrix(['I', 'R/A']) + H(2, 'Escalation') + p('1. Service desk lead.');
    const { titles, document } = await checkSuggestions(missing);
    assert.ok(titles.includes('Add a service-level table with standard P1 to P4 times'), titles.join('; '));
    assert.ok(titles.includes('Add a termination and exit section with standard terms'), titles.join('; '));
    assert.match(
      document,
      /<w:pStyle w:val="Heading2"\/><w:rPr><w:ins w:id="\d+" w:author="Demarc"/,
      'a heading in the document’s own style',
    );
    assert.match(document, /<w:numId w:val="1"\/>/, 'items join the document’s bulleted list');

    // A second review takes the sections out and writes them again: the same document part.
    const { dir } = await reviewTwice(missing);
    assert.equal(await documentPart(dir, 'twice.docx'), await documentPart(dir, 'sow.reviewed.docx'));
  });

  it('a second review rejects Demarc’s earlier changes and writes them again: the same document part', async () => {
    const { dir, second } = await reviewTwice(body());
    assert.match(second.stdout, /replacing \d+ from an earlier review/);
    assert.equal(await documentPart(dir, 'twice.docx'), await documentPart(dir, 'sow.reviewed.docx'));
    // Without --suggest, a review of the reviewed copy drops Demarc's changes with its comments.
    demarc(['review', 'sow.reviewed.docx', '-o', 'plain.docx'], { cwd: dir });
    assert.doesNotMatch(await documentPart(dir, 'plain.docx'), /w:author="Demarc"/);
  });

  it('writes a cell that Markdown alone on a line would read as a list ("-") as the plain text it is', async () => {
    const dir = tempDir();
    // A third party's column: the row the baseline-service suggestion adds holds "-" for it.
    const threeParties =
      COVER +
      table([
        ['Function', 'Riverside Health', 'Northwind MSP', 'Contoso Cloud'],
        ['Patch management', 'R', 'A', 'I'],
        ['Backup and disaster recovery', 'I', 'R/A', 'C'],
        ['Service desk', 'C', 'R/A', 'I'],
      ]) +
      H(2, 'Termination') +
      p('Either party may end the agreement with 90 days notice.');
    fs.writeFileSync(path.join(dir, 'three.docx'), await docx(threeParties));
    const r = demarc(['review', '--suggest', 'three.docx'], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    const pkg = await checkReviewed(fs.readFileSync(path.join(dir, 'three.docx')), fs.readFileSync(path.join(dir, 'three.reviewed.docx')));
    const added = pkg.demarc.filter((c) => c.text.includes('baseline-service-missing') && /to the matrix, owned by/.test(c.text));
    assert.ok(added.length > 0, pkg.demarc.map((c) => c.text).join('\n---\n'));
    for (const c of added) assert.match(c.text, /Suggested as a tracked change by Demarc: Add "[^"]+" to the matrix/);
    assert.match(pkg.document, /<w:t xml:space="preserve">-<\/w:t>/, 'the third party’s "-" is written as text');
  });

  it('names a suggestion it cannot write as a tracked change in the comment, and writes nothing for it', async () => {
    const dir = tempDir();
    // The unowned row's cells are merged across: no cell of its own to write R/A in.
    const merged =
      COVER +
      table([
        ['Function', 'Riverside Health', 'Northwind MSP'],
        ['Patch management', 'R', 'A'],
      ]).replace(
        '</w:tbl>',
        '<w:tr><w:tc><w:p><w:r><w:t>Backup</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>-</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      );
    fs.writeFileSync(path.join(dir, 'merged.docx'), await docx(merged));
    const r = demarc(['review', '--suggest', 'merged.docx'], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    const pkg = await checkReviewed(
      fs.readFileSync(path.join(dir, 'merged.docx')),
      fs.readFileSync(path.join(dir, 'merged.reviewed.docx')),
    );
    const backup = pkg.demarc.find((c) => c.text.includes('"Backup"') && c.text.includes('unassigned-function'));
    assert.ok(backup, pkg.demarc.map((c) => c.text).join('\n---\n'));
    assert.match(backup.text, /Suggested, not written as a tracked change \(its cell is merged or was not found\)/);
  });
});
