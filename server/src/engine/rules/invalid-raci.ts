import { replaceCell } from '../fixes/edits';
import { RACI_CHOICES } from '../vocabulary/raci';
import { defineRule } from './rule';

export default defineRule({
  id: 'invalid-raci',
  defaultSeverity: 'error',
  description: 'A matrix cell that is neither a RACI value nor an empty marker.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    notRaci: '"{{cell}}" is not a RACI value ({{party}}, "{{name}}"): use R, A, C or I, a combination such as R/A, or - for no role.',
  },
  check(context) {
    for (const fn of context.model.functions) {
      for (const a of fn.assignments) {
        if (a.valid) continue;
        context.report({
          messageId: 'notRaci',
          data: { cell: a.cell.text, party: a.column.party?.name ?? a.column.header.text, name: fn.name },
          range: a.cell.range,
          suggestions: RACI_CHOICES.map(({ value }) => ({
            title: `Change to ${value}`,
            edits: replaceCell(context, a.cell, value),
          })),
        });
      }
    }
  },
});
