import { replaceCell } from '../fixes/edits';
import type { ResponsibilityFunction } from '../model/types';
import type { Fix } from '../types';
import { defineRule, type RuleContext } from './rule';

export default defineRule({
  id: 'unassigned-function',
  defaultSeverity: 'error',
  description: 'A matrix row where no party holds R or A, or whose owner cell is empty or a placeholder.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    noResponsibleOrAccountable: 'Nobody is responsible or accountable for "{{name}}": no party holds R or A, so the work may not get done.',
    emptyOwner: 'Nobody owns "{{name}}": its owner cell is empty, so the work may not get done.',
    placeholderOwner: 'Nobody owns "{{name}}": its owner cell is "{{owner}}", so the work may not get done.',
  },
  check(context) {
    for (const fn of context.model.functions) {
      if (fn.status !== 'unassigned') continue;
      const owner = fn.owner?.cell.text;
      context.report({
        messageId: owner === undefined ? 'noResponsibleOrAccountable' : owner === '' ? 'emptyOwner' : 'placeholderOwner',
        data: { name: fn.name, owner: owner ?? '' },
        range: fn.row,
        suggestions: assignSuggestions(context, fn),
      });
    }
  },
});

/** One suggestion per declared party: make it the owner (R/A), since nobody does the work yet. */
function assignSuggestions(context: RuleContext, fn: ResponsibilityFunction): Fix[] {
  const fixes: Fix[] = [];
  for (const party of context.model.parties) {
    if (fn.owner) {
      if (fn.owner.absent) continue;
      fixes.push({
        title: `Make ${party.name} the owner of "${fn.name}"`,
        edits: replaceCell(context, fn.owner.cell, party.name),
      });
      continue;
    }
    const assignment = fn.assignments.find((a) => a.column.party === party);
    if (!assignment) continue;
    fixes.push({
      title: `Make ${party.name} responsible and accountable for "${fn.name}"`,
      edits: replaceCell(context, assignment.cell, 'R/A'),
    });
  }
  return fixes;
}
