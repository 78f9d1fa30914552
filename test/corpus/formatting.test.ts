// Format Document on every document of the corpus's tuning part (the blind part is never looked at): it
// changes no finding and a second run changes nothing. Word files are formatted as their import reads.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, formatTables } from '../../server/src/engine';
import { importDocx } from '../../server/src/word/import';
import { CORPUS, documentsIn } from './score';

/** A finding as a reader compares it: rule, message and line (formatting moves columns, never lines). */
const findingsOf = (text: string) => analyse(text).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId} ${f.message}`);

describe('the formatter on the real corpus', function () {
  this.timeout(300_000);

  it('changes no finding on any document, aligns some, and is idempotent', async () => {
    let formatted = 0;
    const documents = documentsIn(CORPUS);
    assert.ok(documents.length >= 80 && !documents.some((f) => f.includes(`${path.sep}blind${path.sep}`)));
    for (const file of documents) {
      const text = file.endsWith('.docx') ? (await importDocx(fs.readFileSync(file))).text : fs.readFileSync(file, 'utf8');
      const edits = formatTables(text);
      // A document the formatter leaves as it is keeps its findings without asking.
      if (edits.length === 0) continue;
      formatted++;
      const out = applyEdits(text, edits);
      assert.deepEqual(findingsOf(out), findingsOf(text), path.basename(file));
      assert.deepEqual(formatTables(out), [], `${path.basename(file)}: a second format changes nothing`);
      assert.equal(out.split(/\r?\n/).length, text.split(/\r?\n/).length, 'no line added or removed');
    }
    assert.ok(formatted >= 20, `${formatted} documents had tables to align`);
  });
});
