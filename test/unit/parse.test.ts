import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, parseInRegions, parseMarkdown, parseWhole } from '../../server/src/engine';
import { MARKDOWN_PIECES } from '../helpers/edits';
import { COMPLETE, sow } from '../helpers/sow';

const HEADINGS = ['# One\n', '## Two\n', '### Three\n', '#\n', '####### seven\n', '#tag\n', '# Closed #\n'];

describe('parsing by regions', () => {
  it('gives the tree of a whole parse for any text, cut anywhere a heading allows', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.constantFrom(...HEADINGS), fc.string({ maxLength: 4 })), {
        maxLength: 60,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (t, regionChars) =>
        assert.deepEqual(parseInRegions(t, regionChars), parseWhole(t)),
      ),
      { numRuns: 2000 },
    );
  });

  it('cuts a long SOW into regions and still gives the whole parse, with any line breaks', () => {
    const long = sow(Array.from({ length: 60 }, (_, i) => `## Part ${i + 1}\n\n${COMPLETE}`).join('\n'));
    assert.ok(long.length > 8 * 4096, 'long enough for several regions');
    for (const text of [long, long.replace(/\n/g, '\r\n'), long.replace(/\n/g, '\r')]) {
      const tree = parseMarkdown(text);
      assert.deepEqual(tree, parseWhole(text));
      assert.equal(tree.position!.end.offset, text.length);
    }
  });

  it('parses the rest whole when a cut would fall inside an unclosed fence or front matter', () => {
    const body = Array.from({ length: 40 }, (_, i) => `## H${i}\n\nText ${'x'.repeat(50)}\n`).join('\n');
    for (const text of [`\`\`\`\n${body}`, `---\n# yaml comment\ntitle: x\n${body}---\n`, `<!--\n${body}-->\n${body}`]) {
      assert.deepEqual(parseInRegions(text, 64), parseWhole(text));
    }
  });

  it('parses whole when a definition could tie a reference to another region', () => {
    const text = `See [the MSA][msa].\n\n${'# Heading\n\nText.\n\n'.repeat(30)}[msa]: https://example.com/msa\n`;
    const tree = parseInRegions(text, 16);
    assert.deepEqual(tree, parseWhole(text));
    assert.equal(tree.children[0].type === 'paragraph' && tree.children[0].children[1]?.type, 'linkReference');
  });

  it('parses whole when a footnote could tie its marker to another region, and reads the note, not the marker', () => {
    const text = `We respond within one working day[^wd].\n\n${'# Heading\n\nText.\n\n'.repeat(30)}[^wd]: Monday to Friday.\n`;
    const tree = parseInRegions(text, 16);
    assert.deepEqual(tree, parseWhole(text));
    assert.equal(tree.children[0].type === 'paragraph' && tree.children[0].children[1]?.type, 'footnoteReference');
    const model = analyse(sow(`- We respond within one working day[^wd].\n\n[^wd]: A working day is Monday to Friday.\n`)).model;
    assert.deepEqual(
      model?.scope.map((s) => s.text),
      ['We respond within one working day.', 'A working day is Monday to Friday.'],
    );
  });
});
