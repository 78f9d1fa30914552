import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, IncrementalParser, parseWhole } from '../../server/src/engine';
import { applyEdits, editSequences, MARKDOWN_PIECES as PIECES, type Edit } from '../helpers/edits';
import { COMPLETE, sow } from '../helpers/sow';

/** Applies edits one at a time, checking the incremental tree against a full parse after each. */
function checkEdits(start: string, edits: readonly Edit[]): IncrementalParser['lastParse'][] {
  const parser = new IncrementalParser();
  parser.parse(start);
  const ways: IncrementalParser['lastParse'][] = [];
  applyEdits(start, edits, (text, what) => {
    assert.deepEqual(parser.parse(text), parseWhole(text), what);
    ways.push(parser.lastParse);
  });
  return ways;
}

describe('incremental parsing', () => {
  const base = sow(`${COMPLETE}\n## More\n\nProse with a [link][ref].\n\n\`\`\`\ncode\n\`\`\`\n\n## Last\n\n- a\n- b\n`);

  it('equals a full parse after any sequence of edits', () => {
    fc.assert(
      fc.property(editSequences(PIECES, 10), (edits) => void checkEdits(base, edits)),
      { numRuns: 300 },
    );
  });

  // Typing inside one table row: cell text, pipes, escapes, code spans, emphasis, HTML, a line break or blank.
  const ROW_PIECES = ['x', '|', '\\|', '\\', '`', '*', '_', ' ', '<b>', '</b>', '<!--', '[', ']', '\n', '\r\n', '\n\n', '- ', '#'];
  it('equals a full parse after any sequence of edits inside a table row', () => {
    const rows = base
      .split('\n')
      .flatMap((l, i, all) => (l.startsWith('| ') && !l.startsWith('| ---') && all[i - 1]?.startsWith('|') ? [i] : []));
    const offsetOf = (line: number) => base.split('\n').slice(0, line).join('\n').length + 1;
    const ways = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.array(
          fc.record({
            column: fc.nat(40),
            remove: fc.nat(3),
            insert: fc.oneof(fc.constantFrom(...ROW_PIECES), fc.string({ maxLength: 3 })),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (line, typed) => {
          const start = offsetOf(line);
          const edits = typed.map((t) => ({ at: (start + t.column) / (base.length + 1), remove: t.remove, insert: t.insert }));
          for (const way of checkEdits(base, edits)) ways.add(way);
        },
      ),
      { numRuns: 300 },
    );
    // Both the row path and the fallbacks were taken.
    assert.ok(ways.has('row') && ways.has('incremental'), [...ways].join(', '));
  });

  it('re-parses only the row for typing in a table row', () => {
    const parser = new IncrementalParser();
    parser.parse(base);
    const edited = base.replace('| Patch management | R | A |', '| Patch managements | R | A |');
    assert.notEqual(edited, base);
    assert.deepEqual(parser.parse(edited), parseWhole(edited));
    assert.equal(parser.lastParse, 'row');
  });

  const incremental: [string, string, string][] = [
    ['the edited region for typing in a list item', '1. Service desk lead.', '1. Service desk leads.'],
    ['the edited region for a new line in a table', '| Autotask |', '| Autotask |\n| Halo PSA |'],
    ['the front matter and what follows it up to the first heading for an edit there', 'client: Contoso', 'client: Contoso Ltd'],
  ];
  for (const [name, from, to] of incremental)
    it(`re-parses only ${name}`, () => {
      const parser = new IncrementalParser();
      parser.parse(base);
      const edited = base.replace(from, to);
      assert.deepEqual(parser.parse(edited), parseWhole(edited));
      assert.equal(parser.lastParse, 'incremental');
    });

  // Each found by the property test; each sequence gave a tree unlike a full parse.
  const regressions: [string, Edit[]][] = [
    [
      'a heading turned into the first line of a setext heading',
      [
        { at: 0, remove: 3, insert: '' },
        { at: 0, remove: 3, insert: '#' },
        { at: 0.0469, remove: 0, insert: '## Heading\n' },
        { at: 0.0475, remove: 1, insert: '```\n' },
      ],
    ],
    [
      'an indented heading edited',
      [
        { at: 0.9989, remove: 0, insert: '  ' },
        { at: 0.9977, remove: 0, insert: '#' },
        { at: 0.9966, remove: 0, insert: '#' },
      ],
    ],
    [
      'a byte-order mark before the front matter',
      [
        { at: 0, remove: 0, insert: '\uFEFF' },
        { at: 0.0059, remove: 0, insert: '#' },
      ],
    ],
    [
      'an unclosed front-matter fence made whole by an edit before the first heading',
      [
        { at: 0.084, remove: 9, insert: '' },
        { at: 0, remove: 0, insert: '#' },
      ],
    ],
  ];
  for (const [name, edits] of regressions) it(`equals a full parse: ${name}`, () => checkEdits(base, edits));

  it('falls back to a full parse when an unclosed fence would swallow later headings', () => {
    const parser = new IncrementalParser();
    parser.parse(base);
    const edited = base.replace('## Escalation\n', '## Escalation\n\n```\n');
    assert.deepEqual(parser.parse(edited), parseWhole(edited));
    assert.equal(parser.lastParse, 'full');
  });

  it('gives the same findings as a fresh analysis', () => {
    const parser = new IncrementalParser();
    analyse(base, { parser });
    const edited = base.replace('| Patch management | R | A |', '| Patch management | A | A |');
    assert.deepEqual(analyse(edited, { parser }).findings, analyse(edited).findings);
  });
});
