import * as assert from 'node:assert/strict';
import { analyse, fixAll } from '../../server/src/engine';
import rule from '../../server/src/engine/rules/indented-table';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

const TABLE = ['| Function | Contoso | Northwind |', '| --- | --- | --- |', '| Patching | I | R/A |', '| Backups | I | R |'];
const indented = (n: number) => TABLE.map((l) => ' '.repeat(n) + l).join('\n');

testRule(rule, {
  valid: [
    { name: 'a table at the margin', text: sow(`\n${TABLE.join('\n')}\n`) },
    { name: "a table indented to its list item's text", text: sow(`\n1. Responsibilities\n${indented(3)}\n`) },
    { name: 'a table in a fenced code block is shown as code on purpose', text: sow(`\n\`\`\`\n${TABLE.join('\n')}\n\`\`\`\n`) },
    { name: 'pipes in running text with no delimiter row are no table', text: sow('\nUse a | b | c to separate.\nThen a | b again.\n') },
  ],
  invalid: [
    {
      name: "indented two spaces under a numbered item whose text starts three in: the item's text",
      text: sow(`\n1. Responsibilities\n${indented(2)}\n`),
      findings: [
        {
          messageId: 'indented',
          at: '| Function | Contoso | Northwind |',
          message:
            'Markdown reads these lines as text, not as a table: they stand 2 spaces in, under a list item whose text starts 3 spaces in, which makes them its text. A preview or a Word export shows them as text; Demarc reads them as the table they were written as.',
          output: sow(`\n1. Responsibilities\n${indented(3)}\n`),
        },
      ],
    },
    {
      name: 'four spaces after a blank line: an indented code block',
      text: sow(`\nThe split:\n\n${indented(4)}\n`),
      findings: [{ messageId: 'indented', at: '| Function | Contoso | Northwind |', output: sow(`\nThe split:\n\n${TABLE.join('\n')}\n`) }],
    },
    {
      name: 'text after the table in the same paragraph would join it as a row: said, not moved',
      text: sow(`\n1. Responsibilities\n${indented(2)}\n  Reviewed yearly.\n`),
      findings: [{ messageId: 'indented', at: '| Function | Contoso | Northwind |' }],
    },
  ],
});

describe('a table Markdown reads as text', () => {
  it('is read as the table it was written as, with its rows where they stand', () => {
    const text = sow(`\n1. Responsibilities\n${indented(2)}\n`);
    const m = analyse(text).model!;
    assert.equal(m.matrices.length, 1);
    assert.deepEqual(
      m.functions.map((f) => [f.name, f.row.start.line, f.nameCell.range.start.character]),
      [
        ['Patching', 10, 4],
        ['Backups', 11, 4],
      ],
    );
  });

  it('reads the same once its indent is mended, and is then a table to Markdown', () => {
    const text = sow(`\nThe split:\n\n${indented(4)}\n`);
    const fixed = fixAll(text).text;
    const before = analyse(text);
    const after = analyse(fixed);
    assert.deepEqual(after.model!.strayTables, []);
    assert.deepEqual(
      after.model!.functions.map((f) => [f.name, [...f.roles]]),
      before.model!.functions.map((f) => [f.name, [...f.roles]]),
    );
  });
});
