// Attack: failures outside the engine were invisible in the machine formats. A Latin-1 SOW, malformed .docx
// XML or an unreadable file exited 2, but JSON said errorCount 0 and SARIF had no result, so a code-scanning
// dashboard showed the contract as clean. Each is now an error finding in every format with its reason, and a
// tool execution notification in SARIF.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ZipFile } from 'yazl';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

/** A .docx whose document part is not well-formed XML. */
function brokenDocx(dir: string): Promise<void> {
  const zip = new ZipFile();
  const part = (xml: string, name: string) => zip.addBuffer(Buffer.from(xml), name);
  part(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '[Content_Types].xml',
  );
  part(
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    '_rels/.rels',
  );
  part('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>', 'word/document.xml');
  zip.end();
  const chunks: Buffer[] = [];
  zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) =>
    zip.outputStream.on('end', () => {
      fs.writeFileSync(path.join(dir, 'broken.docx'), Buffer.concat(chunks));
      resolve();
    }),
  );
}

describe('every failure counts, in every format', function () {
  this.timeout(60_000);
  const cases: [string, (dir: string) => void | Promise<void>][] = [
    [
      'a Latin-1 SOW',
      (dir) => fs.writeFileSync(path.join(dir, 'bad.sow.md'), Buffer.from('---\nsow: 1\nclient: Caf\xe9\n---\n', 'latin1')),
    ],
    ['a binary file named like a SOW', (dir) => fs.writeFileSync(path.join(dir, 'bad.sow.md'), Buffer.from([0x89, 0x50, 0, 0, 1]))],
    ['malformed .docx XML', brokenDocx],
  ];
  for (const [name, make] of cases) {
    it(`${name}: an error in JSON (errorCount), a result and a notification in SARIF, exit 2`, async () => {
      const dir = tempDir();
      await make(dir);
      fs.writeFileSync(path.join(dir, 'ok.sow.md'), sow(COMPLETE));
      const args = ['lint', '--ext', 'docx', dir];
      const json = demarc([...args, '-f', 'json']);
      assert.equal(json.code, 2, json.stderr);
      const bad = (
        JSON.parse(json.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; message: string }[] }[]
      ).find((f) => !f.filePath.endsWith('ok.sow.md'));
      assert.ok(bad, json.stdout);
      assert.equal(bad.errorCount, 1);
      assert.equal(bad.messages[0].ruleId, 'not-analysed');
      assert.match(bad.messages[0].message, /^Demarc did not analyse this document: .+\.$/);
      const sarif = JSON.parse(demarc([...args, '-f', 'sarif']).stdout);
      const run = sarif.runs[0];
      assert.ok(run.results.some((r: { ruleId: string; level: string }) => r.ruleId === 'not-analysed' && r.level === 'error'));
      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.equal(run.invocations[0].toolExecutionNotifications.length, 1);
      assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /did not analyse/);
    });
  }
});
