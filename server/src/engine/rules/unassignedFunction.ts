import { replaceCell } from '../fixes/edits';
import type { ResponsibilityFunction } from '../model/types';
import type { Fix } from '../types';
import { defineRule, type RuleContext } from './rule';

export default defineRule({
  id: 'unassigned-function',
  defaultSeverity: 'error',
  description: 'A function in the responsibility matrix that no party is responsible or accountable for.',
  fixable: false,
  check(context) {
    for (const fn of context.model.functions) {
      if (fn.status !== 'unassigned') continue;
      const message = fn.owner
        ? `Nobody owns "${fn.name}": its owner cell is ${fn.owner.cell.text === '' ? 'empty' : `"${fn.owner.cell.text}"`}, so the work may not get done.`
        : `Nobody is responsible or accountable for "${fn.name}": no party holds R or A, so the work may not get done.`;
      context.report({ message, range: fn.row, suggestions: assignSuggestions(context, fn) });
    }
  },
});

/** One suggestion per declared party: make it accountable. */
function assignSuggestions(context: RuleContext, fn: ResponsibilityFunction): Fix[] {
  const fixes: Fix[] = [];
  for (const party of context.model.parties) {
    if (fn.owner) {
      if (fn.owner.absent) continue;
      fixes.push({ title: `Make ${party.name} the owner of "${fn.name}"`, edits: [replaceCell(context.source, fn.owner.cell, party.name)] });
      continue;
    }
    const assignment = fn.assignments.find((a) => a.column.party === party);
    if (!assignment) continue;
    fixes.push({ title: `Make ${party.name} accountable for "${fn.name}"`, edits: [replaceCell(context.source, assignment.cell, 'A')] });
  }
  return fixes;
}
