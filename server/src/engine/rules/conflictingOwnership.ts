import { replaceCell } from '../fixes/edits';
import { accountableOwner } from '../model/matrix';
import type { Party, ResponsibilityFunction } from '../model/types';
import { formatRaci } from '../vocabulary/raci';
import type { Fix } from '../types';
import { defineRule, type RuleContext } from './rule';

export default defineRule({
  id: 'conflicting-ownership',
  defaultSeverity: 'error',
  description: 'A function with more than one accountable party, or owned differently in two places.',
  fixable: false,
  check(context) {
    const firstSeen = new Map<string, ResponsibilityFunction>();
    for (const fn of context.model.functions) {
      if (fn.accountable.length > 1) {
        const names = fn.accountable.map((p) => p.name).join(' and ');
        context.report({
          message: `"${fn.name}" has ${fn.accountable.length} accountable parties (${names}): exactly one party should be accountable, or each will assume the other is.`,
          range: fn.row,
          suggestions: fn.accountable.map((keep) => keepAccountable(context, fn, keep)),
        });
      } else if (fn.owner && fn.status === 'conflict') {
        context.report({
          message: `The owner of "${fn.name}" is "${fn.owner.cell.text}": an owner cell must name exactly one party.`,
          range: fn.row,
          suggestions: ownerChoices(context, fn),
        });
      } else {
        const earlier = firstSeen.get(fn.key);
        const owner = accountableOwner(fn);
        const earlierOwner = earlier && accountableOwner(earlier);
        if (earlier && owner && earlierOwner && owner !== earlierOwner) {
          context.report({
            message: `"${fn.name}" is owned by ${owner.name} here but by ${earlierOwner.name} on line ${earlier.row.start.line + 1}: one function needs one accountable owner.`,
            range: fn.row,
            related: [{ range: earlier.row, message: `"${earlier.name}" is owned by ${earlierOwner.name} here.` }],
          });
        }
      }
      if (!firstSeen.has(fn.key) && accountableOwner(fn)) firstSeen.set(fn.key, fn);
    }
  },
});

/** Keeps one party accountable; the others keep their work as Responsible. */
function keepAccountable(context: RuleContext, fn: ResponsibilityFunction, keep: Party): Fix {
  const edits = fn.assignments
    .filter((a) => a.column.party && a.column.party !== keep && a.roles.includes('A'))
    .map((a) => {
      const roles = a.roles.filter((r) => r !== 'A');
      if (!roles.includes('R')) roles.unshift('R');
      return replaceCell(context.source, a.cell, formatRaci(roles));
    });
  return { title: `Keep ${keep.name} accountable for "${fn.name}" (others become R)`, edits };
}

function ownerChoices(context: RuleContext, fn: ResponsibilityFunction): Fix[] {
  const owner = fn.owner;
  if (!owner || owner.absent) return [];
  const candidates = owner.parties.length > 1 ? owner.parties : context.model.parties;
  return candidates.map((p) => ({ title: `Make ${p.name} the only owner of "${fn.name}"`, edits: [replaceCell(context.source, owner.cell, p.name)] }));
}
