import type { TextEdit } from '../types';
import { defineRule } from './rule';

export default defineRule({
  id: 'indented-table',
  defaultSeverity: 'warning',
  description:
    'A pipe table Markdown reads as text because of its indent (off its list item, or four spaces after a paragraph): Demarc reads it as a table, a preview and a Word export do not.',
  fixable: true,
  hasSuggestions: false,
  messages: {
    indented:
      'Markdown reads these lines as text, not as a table: {{why}}. A preview or a Word export shows them as text; Demarc reads them as the table they were written as.',
  },
  check(context) {
    for (const stray of context.model.strayTables) {
      const { first, indents } = stray;
      const spaces = indents[0] === 0 ? 'at the margin' : `${indents[0]} spaces in`;
      const why =
        stray.indent === undefined
          ? 'they are indented inside a quote'
          : stray.asCode
            ? `they stand ${spaces}, which makes them a code block`
            : stray.indent === 0
              ? `they stand ${spaces}, after a paragraph, which makes them its text`
              : `they stand ${spaces}, under a list item whose text starts ${stray.indent} spaces in, which makes them its text`;
      // Only whitespace moves, and only where nothing after the table would join it as a row.
      const target = stray.indent;
      const edits: TextEdit[] =
        target !== undefined && stray.endsBlock && indents.some((n) => n !== target)
          ? indents.map((n, i) => ({
              range: { start: { line: first + i, character: 0 }, end: { line: first + i, character: n } },
              newText: ' '.repeat(target),
            }))
          : [];
      context.report({
        messageId: 'indented',
        data: { why },
        range: stray.headerRow,
        fix: edits.length
          ? {
              title: target === 0 ? 'Take the indent off the table' : `Indent the table ${target} spaces, under the list item's text`,
              edits,
            }
          : undefined,
      });
    }
  },
});
