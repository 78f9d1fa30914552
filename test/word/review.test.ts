// `demarc review` (issue 23): a copy of the Word file with one Word comment per finding, on the row,
// heading or paragraph the finding names; every other part as it was; people's comments and tracked
// changes kept; a second review replaces Demarc's comments; the reviewed copy lints the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, ROOT, tempDir } from '../cli/run';
import { checkReviewed } from '../helpers/reviewedPackage';
import { docx, p, table } from '../helpers/wordFile';
import { readZip } from '../../server/src/word/review/zip';
import { WORD_REAL } from '../helpers/wordReal';

const H = (level: number, text: string) => p(text, `<w:pStyle w:val="Heading${level}"/>`);

/** A Word SOW with a slow P1 row, a comment by a person and an open tracked change by another. */
function fixtureBody(): string {
  return (
    H(1, 'Managed Services Agreement') +
    p('Client: Riverside Health') +
    p('Provider: Northwind MSP') +
    p('Engagement model: managed') +
    H(2, 'Service levels') +
    table([
      ['Priority', 'Response'],
      ['P1', '4 business hours'],
      ['P2', '8 hours'],
    ]) +
    H(2, 'Scope') +
    '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t xml:space="preserve">The provider monitors the servers </w:t></w:r>' +
    '<w:ins w:id="8" w:author="Opposing Counsel" w:date="2026-02-01T00:00:00Z"><w:r><w:t>every day</w:t></w:r></w:ins>' +
    '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>'
  );
}
const FIXTURE_COMMENTS =
  '<w:comment w:id="7" w:author="Hannah Jones" w:initials="HJ" w:date="2025-08-21T10:00:00Z"><w:p><w:r><w:t>Is daily enough?</w:t></w:r></w:p></w:comment>';

interface Message {
  ruleId: string;
  message: string;
}
const lint = (file: string): Message[] =>
  (JSON.parse(demarc(['lint', '-f', 'json', file]).stdout) as { messages: Message[] }[])[0].messages
    .map((m) => ({ ruleId: m.ruleId, message: m.message }))
    .sort((a, b) => `${a.ruleId}${a.message}`.localeCompare(`${b.ruleId}${b.message}`));

describe('demarc review', function () {
  this.timeout(120_000);

  it('writes one comment per finding, each on its row or paragraph, with rule and docs link; the rest as it was; relint gives the same findings', async () => {
    const dir = tempDir();
    const original = await docx(fixtureBody(), { comments: FIXTURE_COMMENTS });
    fs.writeFileSync(path.join(dir, 'sow.docx'), original);
    const r = demarc(['review', 'sow.docx'], { cwd: dir });
    assert.equal(r.code, demarc(['lint', 'sow.docx'], { cwd: dir }).code, 'the exit code lint gives');
    assert.match(r.stdout, /^Wrote sow\.reviewed\.docx: \d+ Demarc comment\(s\)/);
    const reviewedFile = path.join(dir, 'sow.reviewed.docx');
    const pkg = await checkReviewed(original, fs.readFileSync(reviewedFile));

    const findings = lint(path.join(dir, 'sow.docx'));
    assert.equal(pkg.demarc.length, findings.length, 'one comment per finding');
    for (const f of findings)
      assert.ok(
        pkg.demarc.some((c) => c.text.startsWith(f.message) && c.text.includes(`${f.ruleId} (`)),
        f.message,
      );
    const slow = pkg.demarc.find((c) => c.text.includes('p1-response-slow'));
    assert.ok(slow, 'the slow P1 finding has a comment');
    assert.equal(slow.anchored, 'P1 4 business hours', 'on the P1 row, first cell to last');
    assert.match(slow.text, /https:\/\/github\.com\/demarc-dev\/demarc\/blob\/main\/docs\/rules\/p1-response-slow\.md/);
    for (const c of pkg.demarc) assert.notEqual(c.anchored, '', `comment ${c.id} spans text`);

    // People's comment and the open tracked change are kept.
    const hers = pkg.comments.find((c) => c.author === 'Hannah Jones');
    assert.equal(hers?.anchored, 'The provider monitors the servers every day');
    assert.match(pkg.document, /<w:ins w:id="8" w:author="Opposing Counsel"/);
    assert.ok(!pkg.demarc.some((c) => c.id === '7' || c.id === '8'), 'new ids do not collide with the document’s');

    assert.deepEqual(lint(reviewedFile), findings, 'the reviewed copy lints the same');
  });

  it('reviewing the reviewed copy replaces Demarc’s comments: as many as before, the document part the same', async () => {
    const dir = tempDir();
    const original = await docx(fixtureBody(), { comments: FIXTURE_COMMENTS });
    fs.writeFileSync(path.join(dir, 'sow.docx'), original);
    demarc(['review', 'sow.docx'], { cwd: dir });
    const once = fs.readFileSync(path.join(dir, 'sow.reviewed.docx'));
    const r = demarc(['review', 'sow.reviewed.docx', '-o', 'twice.docx'], { cwd: dir });
    assert.match(r.stdout, /replacing \d+ from an earlier review/);
    const first = await checkReviewed(original, once);
    const second = await checkReviewed(original, fs.readFileSync(path.join(dir, 'twice.docx')));
    assert.equal(second.demarc.length, first.demarc.length);
    assert.equal(second.comments.length, first.comments.length);
    assert.equal(second.document, first.document);
  });

  it('a document without comments gets a comments part, declared in the content types and relationships', async () => {
    const dir = tempDir();
    const original = await docx(H(1, 'Managed Services Agreement') + p('Client: Acme') + p('Provider: Bluepeak IT'));
    fs.writeFileSync(path.join(dir, 'plain.docx'), original);
    assert.notEqual(demarc(['review', 'plain.docx'], { cwd: dir }).code, 2);
    const pkg = await checkReviewed(original, fs.readFileSync(path.join(dir, 'plain.reviewed.docx')));
    assert.equal(pkg.demarc.length, lint(path.join(dir, 'plain.docx')).length);
    // Findings about the whole document sit on the title.
    assert.ok(pkg.demarc.some((c) => c.anchored === 'Managed Services Agreement'));
  });

  it('refuses to overwrite without --force, a file not named .docx, a .docx that is no Word file: one line, exit 2, nothing written', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sow.docx'), await docx(fixtureBody(), { comments: FIXTURE_COMMENTS }));
    fs.writeFileSync(path.join(dir, 'sow.reviewed.docx'), 'keep me');
    let r = demarc(['review', 'sow.docx'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^demarc: sow\.reviewed\.docx: already exists; use --force to replace it\n$/);
    assert.equal(fs.readFileSync(path.join(dir, 'sow.reviewed.docx'), 'utf8'), 'keep me');
    assert.notEqual(demarc(['review', 'sow.docx', '--force'], { cwd: dir }).code, 2);
    assert.notEqual(fs.readFileSync(path.join(dir, 'sow.reviewed.docx'), 'utf8'), 'keep me');

    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n');
    r = demarc(['review', 'notes.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^demarc: notes\.md: demarc review takes a Word file \(\.docx\)\n$/);

    fs.writeFileSync(path.join(dir, 'text.docx'), 'Client: Acme\n');
    r = demarc(['review', 'text.docx'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^demarc: text\.docx: not analysed: not a Word \.docx file \(it is plain text\)\n$/);
    assert.deepEqual(
      fs
        .readdirSync(dir)
        .filter((f) => f.startsWith('text') || f.startsWith('notes') || f.includes('demarc-tmp'))
        .sort(),
      ['notes.md', 'text.docx'],
    );
  });

  it('refuses a package that unpacks past what a review copies (128 MB, pictures included): one line, exit 2, nothing written', async () => {
    const dir = tempDir();
    // 129 MB of zeros deflate to a small file: the import reads past it (pictures are never inflated), the copy would not fit.
    const big = await docx(fixtureBody(), { parts: [['word/media/image1.bin', Buffer.alloc(129 * 1024 * 1024)]] });
    assert.ok(big.length < 2 * 1024 * 1024, `${big.length} bytes on disk`);
    fs.writeFileSync(path.join(dir, 'big.docx'), big);
    assert.notEqual(demarc(['lint', 'big.docx'], { cwd: dir }).code, 2, 'lint reads it');
    const r = demarc(['review', 'big.docx'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^demarc: big\.docx: the package holds over 128 MB once unpacked, more than a review copies\n$/);
    assert.deepEqual(fs.readdirSync(dir), ['big.docx'], 'nothing written, no temporary file left');
  });

  it('exits 1 when a finding is an error, 0 when none is, as lint does', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'bad.docx'),
      await docx(H(1, 'Managed Services Agreement') + p('Client: Acme') + p('Provider: Bluepeak IT')),
    );
    const bad = demarc(['review', 'bad.docx'], { cwd: dir });
    assert.equal(bad.code, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /[1-9]\d* error\(s\)/);
    fs.copyFileSync(path.join(ROOT, 'examples/managed-clean.sow.md'), path.join(dir, 'clean.sow.md'));
    assert.equal(demarc(['export', 'clean.sow.md', '--format', 'docx'], { cwd: dir }).code, 0);
    const r = demarc(['review', 'clean.docx'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    await checkReviewed(fs.readFileSync(path.join(dir, 'clean.docx')), fs.readFileSync(path.join(dir, 'clean.reviewed.docx')));
  });
});

const REAL = WORD_REAL;
const MSA = path.join(REAL, 'w4-one2call-msa-defined-services.docx');

describe('demarc review on a real file Microsoft Word made, with 65 comments and open tracked changes (../shared/word-real)', function () {
  this.timeout(180_000);
  it('keeps every person’s comment and tracked change, adds one comment per finding, lints the same, and a second review replaces its comments', async () => {
    assert.ok(fs.existsSync(MSA), `${MSA} (see SOURCES.md there)`);
    const dir = tempDir();
    const original = fs.readFileSync(MSA);
    fs.writeFileSync(path.join(dir, 'msa.docx'), original);
    demarc(['review', 'msa.docx'], { cwd: dir });
    const pkg = await checkReviewed(original, fs.readFileSync(path.join(dir, 'msa.reviewed.docx')));
    const findings = lint(path.join(dir, 'msa.docx'));
    assert.equal(pkg.demarc.length, findings.length);
    assert.equal(pkg.comments.length - pkg.demarc.length, 65, 'the 65 comments of people are all there');
    const before = (await readZip(original)).find((e) => e.name === 'word/document.xml')!.bytes.toString('utf8');
    const changes = (d: string) => (d.match(/<w:(ins|del|moveFrom|moveTo) /g) ?? []).length;
    assert.ok(changes(before) >= 4);
    assert.equal(changes(pkg.document), changes(before), 'every tracked change is kept');
    assert.deepEqual(lint(path.join(dir, 'msa.reviewed.docx')), findings);
    demarc(['review', 'msa.reviewed.docx', '-o', 'again.docx'], { cwd: dir });
    const again = await checkReviewed(original, fs.readFileSync(path.join(dir, 'again.docx')));
    assert.equal(again.demarc.length, pkg.demarc.length);
    assert.equal(again.comments.length, pkg.comments.length);
  });
});
