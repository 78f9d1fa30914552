// The table formatter (engine/format) and the widths fixes write cells and rows at.
import * as assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { analyse, applyEdits, formatTables, parseMarkdown, type Finding } from '../../server/src/engine';
import { displayWidth, readTableLines } from '../../server/src/engine/format/tableLayout';
import { lineOf, sow } from '../helpers/sow';

const format = (text: string, lines?: { start: number; end: number }) => applyEdits(text, formatTables(text, lines));

/** Every table cell as the parser reads it, positions aside: what formatting must keep. */
function cellsOf(text: string): string[] {
  const out: string[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'tableCell') out.push(JSON.stringify(n.children, (k, v: unknown) => (k === 'position' ? undefined : v)));
    else if ('children' in n) n.children.forEach(visit);
  };
  visit(parseMarkdown(text));
  return out;
}

const RAGGED = `---
sow: 1
model: co-managed
client: Contoso
provider: Northwind
---

Prose | with a pipe stays   as it is.

| Function | Contoso | Northwind |
|---|:-:|--:|
| Patch management | C | R/A |
|Help desk L1|R/A|I|
| Backup | | R/A | extra |
| Short |

<table><tr><td>HTML  |  table</td></tr></table>

\`\`\`
| not | a table |
|---|---|
\`\`\`

> | Quoted | table |
> |---|---|
> | a \\| b | \`c|d\` |

- item

  | In | list |
  | --- | --- |
  | x | 漢字 |
`;

describe('table formatter', () => {
  it('aligns every pipe table as Markdown table formatters do', () => {
    const expected = RAGGED.replace(
      `| Function | Contoso | Northwind |
|---|:-:|--:|
| Patch management | C | R/A |
|Help desk L1|R/A|I|
| Backup | | R/A | extra |
| Short |`,
      `| Function         | Contoso | Northwind |
| ---------------- | :-----: | --------: |
| Patch management |    C    |       R/A |
| Help desk L1     |   R/A   |         I |
| Backup           |         |       R/A | extra |
| Short            |`,
    )
      .replace('> |---|---|\n> | a \\| b | `c|d` |', '> | ------ | ----- |\n> | a \\| b | `c    | d`  |')
      .replace('  | In | list |\n  | --- | --- |\n  | x | 漢字 |', '  | In  | list |\n  | --- | ---- |\n  | x   | 漢字 |');
    assert.notEqual(expected, RAGGED);
    assert.equal(format(RAGGED), expected);
  });

  it('keeps prose, front matter, code, HTML tables and every cell text byte for byte', () => {
    const out = format(RAGGED);
    const tableLines = (t: string) =>
      t.split('\n').filter((l) => /^(> | {2})?\|/.test(l) && !l.startsWith('| not') && !l.startsWith('|---|---|'));
    const rest = (t: string) => t.split('\n').filter((l) => !tableLines(t).includes(l));
    assert.deepEqual(rest(out), rest(RAGGED));
    assert.deepEqual(cellsOf(out), cellsOf(RAGGED), 'every cell reads the same');
  });

  it('is idempotent', () => {
    const once = format(RAGGED);
    assert.deepEqual(formatTables(once), []);
  });

  it('formats only the tables a range touches', () => {
    const line = lineOf(RAGGED, '| In | list |') - 1;
    const out = format(RAGGED, { start: line, end: line });
    assert.ok(out.includes('|Help desk L1|R/A|I|'), 'the table outside the range is left as written');
    assert.ok(out.includes('  | In  | list |'));
  });

  it('leaves a table alone where the text does not split as the parser read it', () => {
    assert.equal(readTableLines(['| a | b |', '| x | y |']), undefined, 'no delimiter row');
    const bom = '\uFEFF| a | b |\n|---|---|\n| 1 | 2 |\n';
    assert.equal(format(bom), '\uFEFF| a   | b   |\n| --- | --- |\n| 1   | 2   |\n');
  });

  it('counts wide characters twice and combining marks not at all', () => {
    assert.equal(displayWidth('漢字'), 4);
    assert.equal(displayWidth('e\u0301'), 1);
    assert.equal(displayWidth('Zürich – Genève'), 15);
  });
});

describe('fixes write cells at the formatter width', () => {
  const ALIGNED = sow(`
## Service levels

| Priority | Response         | Resolution |
| -------- | ---------------- | ---------- |
| P1       | 4 business hours | 8 hours    |
| P2       | 8 business hours | 1 day      |
`);
  const slow = (text: string): Finding => analyse(text).findings.find((f) => f.ruleId === 'p1-response-slow')!;
  const applied = (text: string, title: RegExp) => {
    const s = slow(text).suggestions!.find((x) => title.test(x.title))!;
    return applyEdits(text, s.edits);
  };

  it('pads a cell to its column in an aligned table, so it stays aligned', () => {
    const out = applied(ALIGNED, /Set the P1 response to 1 hour/);
    assert.ok(out.includes('| P1       | 1 hour           | 8 hours    |'), out);
    assert.deepEqual(formatTables(out), [], 'still aligned');
  });

  it('writes a cell unpadded in a table that is not aligned', () => {
    const ragged = ALIGNED.replace('| P2       | 8 business hours | 1 day      |', '| P2 | 8 business hours | 1 day |');
    const out = applied(ragged, /Set the P1 response to 1 hour/);
    assert.ok(out.includes('| P1       | 1 hour | 8 hours    |'), out);
  });

  it('re-aligns the whole table when the new text narrows its column', () => {
    const out = applied(
      ALIGNED.replace('| P2       | 8 business hours |', '| P2       | 8 hours          |'),
      /Set the P1 response to 1 hour/,
    );
    assert.ok(out.includes('| P1       | 1 hour   | 8 hours    |'), out);
    assert.deepEqual(formatTables(out), []);
  });

  it('re-aligns the whole table when the new text widens its column', () => {
    const tools = sow(`
## Tools

| Tool      | Kind | Owner     | Access     | On exit |
| --------- | ---- | --------- | ---------- | ------- |
| Datto RMM | RMM  | Northwind | read-write |         |
`);
    const f = analyse(tools).findings.find((x) => x.ruleId === 'tool-exit-missing')!;
    const out = applyEdits(tools, f.suggestions![0].edits);
    const row = out.split('\n').find((l) => l.startsWith('| Datto RMM'))!;
    assert.ok(row.length > 60, 'the clause is written');
    assert.deepEqual(formatTables(out), [], `aligned after the fix:\n${out}`);
  });

  it('inserts a row at the table widths (--fix adds the P1 row)', () => {
    const noP1 = ALIGNED.replace('| P1       | 4 business hours | 8 hours    |\n', '');
    const fixed = analyse(noP1).findings.find((f) => f.ruleId === 'p1-response-missing' && f.fix)!;
    const out = applyEdits(noP1, fixed.fix!.edits);
    assert.ok(out.includes('| P1       | TBD              |            |'), out);
    assert.deepEqual(formatTables(out), []);
  });
});
