// Word files that show a reader one contract and could have had Demarc lint another (issue 20), and Word
// output that could be invalid or lose a table. Each test is named by what it attacks; each failed on the
// Word import as it was before the reader read the XML itself (mammoth's model, commit 4d0db66).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { fromBuffer } from 'yauzl';
import { demarc, tempDir } from '../cli/run';
import { docx, escapeXml, p, table, zip } from '../helpers/wordFile';

interface Message {
  ruleId: string;
  severity: string;
  message: string;
  location?: { kind: string; description: string; label?: string };
}

const COVER =
  p('Client: Acme Health') +
  p('Provider: Bluepeak IT') +
  p('Engagement model: managed') +
  p('Responsibilities', '<w:pStyle w:val="Heading1"/>');
const run = (text: string, properties = '') =>
  `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const MATRIX = (backupOwner: string) =>
  table([
    ['Function', 'Acme Health', 'Bluepeak IT'],
    ['Help desk', 'I', 'R/A'],
    ['Backup', 'I', backupOwner],
  ]);

function lint(dir: string, file: string, bytes: Buffer, args: string[] = []): { code: number; messages: Message[]; stderr: string } {
  fs.writeFileSync(path.join(dir, file), bytes);
  const r = demarc(['lint', '-f', 'json', ...args, file], { cwd: dir, timeout: 120_000 });
  const parsed = r.stdout ? (JSON.parse(r.stdout) as { messages: Message[] }[]) : [];
  return { code: r.code, messages: parsed[0]?.messages ?? [], stderr: r.stderr };
}

const onBackup = (messages: Message[]) => messages.filter((m) => m.ruleId === 'unassigned-function' && m.location?.label === 'Backup');

describe('Word attacks: what Word shows is what Demarc reads', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => (dir = tempDir()));

  it('hidden text: an owner cell whose "R/A" is hidden (w:vanish) is read as empty, with a note', async () => {
    const hidden = `<w:p>${run('R/A', '<w:vanish/>')}</w:p>`;
    const { messages } = lint(dir, 'hidden.docx', await docx(COVER + MATRIX(hidden)));
    assert.equal(onBackup(messages).length, 1, JSON.stringify(messages, null, 1));
    const note = messages.find((m) => m.ruleId === 'word-import' && /hidden text 'R\/A'/.test(m.message));
    assert.ok(note, 'a note says hidden text was read as absent');
    assert.match(note.location?.description ?? '', /^table 1, row 3 · Backup$/);
  });

  it('hidden text by style: a character style that hides its text hides it too', async () => {
    const styles =
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>';
    const hidden = `<w:p>${run('R/A', '<w:rStyle w:val="Secret"/>')}</w:p>`;
    const { messages } = lint(dir, 'hidden-style.docx', await docx(COVER + MATRIX(hidden), { styles }));
    assert.equal(onBackup(messages).length, 1, JSON.stringify(messages, null, 1));
  });

  it('alternate content: the Choice Word renders is read, not the Fallback, with a note', async () => {
    const alternate =
      '<mc:AlternateContent><mc:Choice Requires="w14">' +
      MATRIX(`<w:p>${run('')}</w:p>`) +
      '</mc:Choice><mc:Fallback>' +
      MATRIX('R/A') +
      '</mc:Fallback></mc:AlternateContent>';
    const { messages } = lint(dir, 'alternate.docx', await docx(COVER + alternate));
    assert.equal(onBackup(messages).length, 1, JSON.stringify(messages, null, 1));
    assert.ok(messages.some((m) => m.ruleId === 'word-import' && /alternate content: read the version Word shows/.test(m.message)));
  });

  it('alternate content Demarc cannot read: the Fallback, and a warning that Word may show otherwise', async () => {
    const alternate =
      '<mc:AlternateContent xmlns:x9="urn:example:future"><mc:Choice Requires="x9">' +
      MATRIX('') +
      '</mc:Choice><mc:Fallback>' +
      MATRIX('R/A') +
      '</mc:Fallback></mc:AlternateContent>';
    const { messages } = lint(dir, 'future.docx', await docx(COVER + alternate));
    const warning = messages.find((m) => m.ruleId === 'word-import' && /alternate content: Word may show/.test(m.message));
    assert.equal(warning?.severity, 'warning', JSON.stringify(messages, null, 1));
  });

  it('altChunk: embedded HTML Word renders is a warning at its place, so --max-warnings 0 fails the run', async () => {
    const html = '<html><body><table><tr><td>Function</td><td>Acme Health</td></tr><tr><td>Backup</td><td></td></tr></table></body></html>';
    const bytes = await docx(COVER + MATRIX('R/A') + '<w:altChunk r:id="rIdChunk"/>', {
      rels: '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.html"/>',
      parts: [['word/chunk.html', html]],
    });
    const { messages } = lint(dir, 'chunk.docx', bytes);
    const warning = messages.find(
      (m) => m.ruleId === 'word-import' && /embedded HTML that Word shows here \(w:altChunk\) was not read/.test(m.message),
    );
    assert.equal(warning?.severity, 'warning', JSON.stringify(messages, null, 1));
    assert.equal(warning?.location?.kind, 'paragraph');
    fs.writeFileSync(path.join(dir, 'chunk.docx'), bytes);
    assert.notEqual(demarc(['lint', '--max-warnings', '0', 'chunk.docx'], { cwd: dir }).code, 0);
  });

  it('zip limits by relationship: a main part named word/main.bin, with a decoy document.xml, is inflated under the limit', async () => {
    // 40 MB of text in a part whose name is not *.xml: it compresses to some 40 KB.
    const body = `<w:p><w:r><w:t>${'Backup '.repeat(6 * 1024 * 1024)}</w:t></w:r></w:p>`;
    const main = await docx(body, { mainName: 'word/main.bin' });
    const entries = await unzip(main);
    entries.push([
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    ]);
    const started = Date.now();
    const { code, messages, stderr } = lint(dir, 'main-bin.docx', await zip(entries));
    assert.equal(code, 2, stderr);
    assert.match(stderr, /main-bin\.docx: not analysed: the document's text unpacks to over 16 MB/);
    assert.deepEqual(
      messages.map((m) => m.ruleId),
      ['not-analysed'],
    );
    assert.ok(Date.now() - started < 30_000, 'refused before it is read');
  });

  it('the conversion runs inside --timeout: a long document is not analysed past the budget, and the run stops waiting', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [`Function ${i}`, 'I', 'R/A']);
    const bytes = await docx(COVER + table([['Function', 'Acme Health', 'Bluepeak IT'], ...rows]));
    const started = Date.now();
    const { code, stderr } = lint(dir, 'long.docx', bytes, ['--timeout', '0.2']);
    const took = Date.now() - started;
    assert.equal(code, 2, stderr);
    assert.match(stderr, /long\.docx: not analysed: it took longer than the time budget of 0\.2 s/);
    assert.ok(took < 6_000, `stopped at the budget (${took} ms, process start included)`);
  });

  it('a conversion out of memory is that file\'s "not analysed", and the other files of the run are linted', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [`Function ${i}`, 'I', 'R/A']);
    fs.writeFileSync(path.join(dir, 'heavy.docx'), await docx(COVER + table([['Function', 'Acme Health', 'Bluepeak IT'], ...rows])));
    fs.writeFileSync(path.join(dir, 'light.docx'), await docx(COVER + MATRIX('')));
    const r = demarc(['lint', '-f', 'json', 'heavy.docx', 'light.docx'], {
      cwd: dir,
      env: { DEMARC_WORD_HEAP_MB: '16' },
      timeout: 120_000,
    });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /heavy\.docx: not analysed: converting it needs more than the 16 MB of memory Demarc allows/);
    const light = (JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[]).find((f) => f.filePath.endsWith('light.docx'));
    assert.equal(onBackup(light?.messages ?? []).length, 1, 'the other file is linted');
  });

  it("import amplification: spans are capped at the table's width and cells are not padded, so output grows linearly", async () => {
    // Row i: an empty cell spanning i columns, then a long cell; padding every column to its widest cell grew as rows².
    const sized = async (n: number) => {
      const rows = Array.from(
        { length: n },
        (_, i) =>
          `<w:tr>${i > 0 ? `<w:tc><w:tcPr><w:gridSpan w:val="${i}"/></w:tcPr><w:p/></w:tc>` : ''}<w:tc>${p('x'.repeat(60))}</w:tc></w:tr>`,
      );
      const bytes = await docx(`<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(1000)}</w:tblGrid>${rows.join('')}</w:tbl>`);
      fs.writeFileSync(path.join(dir, `amplify-${n}.docx`), bytes);
      const r = demarc(['import', `amplify-${n}.docx`, '-o', '-'], { cwd: dir });
      assert.notEqual(r.code, 2, r.stderr);
      return { input: bytes.length, output: Buffer.byteLength(r.stdout) };
    };
    const small = await sized(60);
    const large = await sized(120);
    assert.ok(large.output / small.output < 2.5, `60 rows → ${small.output} B, 120 rows → ${large.output} B`);
    assert.ok(large.output < 200 * large.input, `${large.input} B of .docx → ${large.output} B of Markdown`);
  });

  it('link schemes: the import keeps http(s) and mailto links, and writes file:, javascript: and vbscript: ones as text', async () => {
    const link = (id: string, text: string) => `<w:hyperlink r:id="${id}">${run(text)}</w:hyperlink>`;
    const rel = (id: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(target)}" TargetMode="External"/>`;
    const bytes = await docx(
      COVER +
        `<w:p>${[link('l1', 'web'), link('l2', 'mail'), link('l3', 'disk'), link('l4', 'script'), link('l5', 'basic')].join(run(' '))}</w:p>`,
      {
        rels:
          rel('l1', 'https://example.com/sla') +
          rel('l2', 'mailto:help@example.com') +
          rel('l3', 'file:///etc/passwd') +
          rel('l4', 'javascript:alert(1)') +
          rel('l5', 'vbscript:msgbox(1)'),
      },
    );
    fs.writeFileSync(path.join(dir, 'links.docx'), bytes);
    const r = demarc(['import', 'links.docx', '-o', '-'], { cwd: dir });
    assert.match(r.stdout, /\[web\]\(https:\/\/example\.com\/sla\)/);
    assert.match(r.stdout, /\[mail\]\(mailto:help@example\.com\)/);
    assert.doesNotMatch(r.stdout, /file:|javascript:|vbscript:/i);
    assert.match(r.stdout, /disk script basic/);
  });
});

describe('Word attacks: what Demarc writes to Word', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = tempDir()));

  const SOW = (body: string) =>
    `---\nsow: 1\nmodel: managed\nclient: Acme Health\nprovider: Bluepeak IT\n---\n\n# Responsibilities\n\n${body}\n`;

  it('characters XML forbids (U+FFFE, U+FFFF, control characters) never reach document.xml', async () => {
    fs.writeFileSync(
      path.join(dir, 'odd.sow.md'),
      SOW('| Function | Acme Health | Bluepeak IT |\n| --- | --- | --- |\n| Help\uFFFE desk\u0001 | I | R/A\uFFFF |\n\nNotes\u0008 here.'),
    );
    const r = demarc(['export', 'odd.sow.md', '--format', 'docx', '-o', 'odd.docx'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const xml = (await unzip(fs.readFileSync(path.join(dir, 'odd.docx')))).find(([name]) => name === 'word/document.xml')?.[1] as string;
    const parser = new SaxesParser();
    const errors: string[] = [];
    parser.on('error', (e) => errors.push(e.message));
    parser.write(xml).close();
    assert.deepEqual(errors, []);
    assert.match(xml, /Help desk/);
  });

  it('a matrix inside a list item is written as a Word table, so its findings survive the export', async () => {
    const markdown = SOW(
      '- Responsibilities for the first year:\n\n  | Function | Acme Health | Bluepeak IT |\n  | --- | --- | --- |\n  | Help desk | I | R/A |\n  | Backup | I | |\n',
    );
    fs.writeFileSync(path.join(dir, 'listed.sow.md'), markdown);
    const before = JSON.parse(demarc(['lint', '-f', 'json', 'listed.sow.md'], { cwd: dir }).stdout) as { messages: Message[] }[];
    assert.equal(before[0].messages.filter((m) => m.ruleId === 'unassigned-function').length, 1, 'the Markdown has the finding');
    assert.equal(demarc(['export', 'listed.sow.md', '--format', 'docx', '-o', 'listed.docx'], { cwd: dir }).code, 0);
    const after = JSON.parse(demarc(['lint', '-f', 'json', 'listed.docx'], { cwd: dir }).stdout) as { messages: Message[] }[];
    assert.equal(onBackup(after[0].messages).length, 1, JSON.stringify(after[0].messages, null, 1));
  });
});

/** A zip's entries, text parts as strings. */
function unzip(bytes: Buffer): Promise<[string, string | Buffer][]> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true }, (err, z) => {
      if (err) return reject(err);
      const out: [string, string | Buffer][] = [];
      z.on('entry', (entry: { fileName: string }) =>
        z.openReadStream(entry as never, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const data = Buffer.concat(chunks);
            out.push([entry.fileName, /\.(xml|rels)$/.test(entry.fileName) ? data.toString('utf8') : data]);
            z.readEntry();
          });
        }),
      );
      z.on('end', () => resolve(out));
      z.readEntry();
    });
  });
}
