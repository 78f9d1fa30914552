// Word files Demarc must refuse: one line naming the file and the problem, exit 2, nothing written,
// and the other files of the run still linted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ZipFile } from 'yazl';
import { WORD_LIMITS } from '../../server/src/word/limits';
import { demarc, ROOT, tempDir } from '../cli/run';

// The package's root relationships, naming the main document part as Word does.
const ROOT_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const GOOD = path.join(ROOT, 'test/fixtures/word/a-snecs-sla-appendix.docx');

function zip(entries: [string, Buffer][]): Promise<Buffer> {
  const z = new ZipFile();
  for (const [name, data] of entries) z.addBuffer(data, name, { compress: true });
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

/** Each bad file and the problem its one line must name. */
async function badFiles(dir: string): Promise<Record<string, RegExp>> {
  const good = fs.readFileSync(GOOD);
  const files: Record<string, [Buffer, RegExp]> = {
    'protected.docx': [
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
      /password-protected or legacy Word \(\.doc\) file; save it as \.docx without a password/,
    ],
    'corrupt.docx': [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 0x5a)]), /damaged or truncated \.docx/],
    'truncated.docx': [good.subarray(0, Math.floor(good.length / 2)), /damaged or truncated \.docx/],
    'picture.docx': [fs.readFileSync(path.join(ROOT, 'docs/images/preview.png')), /not a Word \.docx file \(it is a PNG image\)/],
    'notes.docx': [Buffer.from('Client: Acme\nProvider: Bluepeak\n'), /not a Word \.docx file \(it is plain text\)/],
    'empty.docx': [Buffer.alloc(0), /not a Word \.docx file \(the file is empty\)/],
    'no-document.docx': [await zip([['hello.txt', Buffer.from('hi')]]), /a zip file without a Word document in it/],
    // 80 MB of XML that zips to about 80 KB.
    'bomb.docx': [
      await zip([
        ['_rels/.rels', Buffer.from(ROOT_RELS)],
        ['word/document.xml', Buffer.alloc(80 * 1024 * 1024, 0x20)],
      ]),
      /the document's text unpacks to over 16 MB \(a zip bomb\?\); not read/,
    ],
    'malformed.docx': [
      await zip([
        ['_rels/.rels', Buffer.from(ROOT_RELS)],
        ['word/document.xml', Buffer.from('<w:document xmlns:w="urn:w"><w:body><w:p></w:body></w:document>')],
      ]),
      /damaged \.docx \(word\/document\.xml is not well-formed XML: /,
    ],
    'doctype.docx': [
      await zip([
        ['_rels/.rels', Buffer.from(ROOT_RELS)],
        ['word/document.xml', Buffer.from('<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="urn:w">&a;</w:document>')],
      ]),
      /not well-formed XML: a document type declaration \(Word never writes one\)/,
    ],
    'many-parts.docx': [
      await zip(Array.from({ length: WORD_LIMITS.entries + 1 }, (_, i): [string, Buffer] => [`word/p${i}.xml`, Buffer.from('<a/>')])),
      /the package has 2001 parts, over the limit of 2000; not read/,
    ],
  };
  const expected: Record<string, RegExp> = {};
  for (const [name, [data, problem]] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), data);
    expected[name] = problem;
  }
  // 50 MB without writing 50 MB: a sparse file; the size check comes before any read.
  fs.closeSync(fs.openSync(path.join(dir, 'huge.docx'), 'w'));
  fs.truncateSync(path.join(dir, 'huge.docx'), 50 * 1024 * 1024);
  expected['huge.docx'] = /it is 50\.0 MB, over the 20\.0 MB limit/;
  return expected;
}

describe('bad Word files', function () {
  this.timeout(120_000);
  let dir: string;
  let expected: Record<string, RegExp>;
  before(async () => {
    dir = tempDir();
    expected = await badFiles(dir);
    fs.copyFileSync(GOOD, path.join(dir, 'good.docx'));
  });

  it('lint: one line each naming the file and the problem, exit 2, the good file still linted', () => {
    const r = demarc(['lint', '-f', 'json', '--ext', 'docx', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, Object.keys(expected).length, r.stderr);
    for (const [name, problem] of Object.entries(expected)) {
      const line = lines.find((l) => l.startsWith(`demarc: ${name}: not analysed: `));
      assert.ok(line, `${name}: ${r.stderr}`);
      assert.match(line, problem);
    }
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const good = results.find((f) => f.filePath.endsWith('good.docx'));
    assert.ok(
      good?.messages.some((m) => m.ruleId === 'p1-response-slow'),
      'the good file is linted',
    );
    for (const name of Object.keys(expected))
      assert.deepEqual(
        results.find((f) => f.filePath.endsWith(name))?.messages.map((m) => m.ruleId),
        ['not-analysed'],
        `${name} fails closed in every format`,
      );
  });

  it('lint --stdin with a .docx name reads Word, and refuses a bad one in one line', () => {
    const good = demarc(['lint', '-f', 'json', '--stdin', '--stdin-filename', 'in.docx'], { input: fs.readFileSync(GOOD) });
    assert.equal(good.code, 0, good.stderr);
    assert.ok((JSON.parse(good.stdout) as { messages: { location?: unknown }[] }[])[0].messages.every((m) => m.location));
    const bad = demarc(['lint', '--stdin', '--stdin-filename', 'in.docx'], { input: fs.readFileSync(path.join(dir, 'protected.docx')) });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^demarc: in\.docx: not analysed: password-protected/);
  });

  it('import: one line, exit 2, nothing written', () => {
    for (const [name, problem] of Object.entries(expected)) {
      const r = demarc(['import', name], { cwd: dir });
      assert.equal(r.code, 2, name);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^demarc: ${name.replace('.', '\\.')}: `));
      assert.match(r.stderr, problem);
      assert.equal(fs.existsSync(path.join(dir, name.replace(/\.docx$/, '.sow.md'))), false, `${name}: nothing written`);
    }
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => !f.endsWith('.docx')),
      [],
      'no temporary files left',
    );
  });
});
