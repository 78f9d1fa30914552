import { replaceCell } from '../fixes/edits';
import { defineRule } from './rule';

const CHOICES = ['R/A', 'R', 'A', 'C', 'I', '-'];

export default defineRule({
  id: 'invalid-raci',
  defaultSeverity: 'error',
  description: 'A matrix cell that is neither a RACI value nor an empty marker.',
  fixable: false,
  check(context) {
    for (const fn of context.model.functions) {
      for (const a of fn.assignments) {
        if (a.valid) continue;
        const party = a.column.party?.name ?? a.column.header.text;
        context.report({
          message: `"${a.cell.text}" is not a RACI value (${party}, "${fn.name}"): use R, A, C or I, a combination such as R/A, or - for no role.`,
          range: a.cell.range,
          suggestions: CHOICES.map((v) => ({ title: `Change to ${v}`, edits: [replaceCell(context.source, a.cell, v)] })),
        });
      }
    }
  },
});
