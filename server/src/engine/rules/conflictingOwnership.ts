import { replaceCell } from '../fixes/edits';
import { accountableOwner } from '../model/matrix';
import type { Party, ResponsibilityFunction } from '../model/types';
import type { Fix } from '../types';
import { formatRaci } from '../vocabulary/raci';
import { defineRule, type RuleContext } from './rule';

export default defineRule({
  id: 'conflicting-ownership',
  defaultSeverity: 'error',
  description:
    'Two accountable parties for one function; an owner cell naming two parties (or Both / Shared / Joint); the same function owned differently in two places.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    manyAccountable:
      '"{{name}}" has {{count}} accountable parties ({{parties}}): exactly one party should be accountable, or each will assume the other is.',
    ownerNotOne: 'The owner of "{{name}}" is "{{owner}}": an owner cell must name exactly one party.',
    ownedDifferently:
      '"{{name}}" is owned by {{owner}} here but by {{earlierOwner}} on line {{earlierLine}}: one function needs one accountable owner.',
  },
  check(context) {
    const firstSeen = new Map<string, ResponsibilityFunction>();
    for (const fn of context.model.functions) {
      // An owner cell is one cell to mend, whatever it names; RACI cells are mended column by column.
      if (fn.owner && fn.status === 'conflict') {
        context.report({
          messageId: 'ownerNotOne',
          data: { name: fn.name, owner: fn.owner.cell.text },
          range: fn.row,
          suggestions: ownerChoices(context, fn),
        });
      } else if (fn.accountable.length > 1) {
        context.report({
          messageId: 'manyAccountable',
          data: { name: fn.name, count: fn.accountable.length, parties: fn.accountable.map((p) => p.name).join(' and ') },
          range: fn.row,
          suggestions: fn.accountable.map((keep) => keepAccountable(context, fn, keep)),
        });
      } else {
        const earlier = firstSeen.get(fn.key);
        const owner = accountableOwner(fn);
        const earlierOwner = earlier && accountableOwner(earlier);
        if (earlier && owner && earlierOwner && owner !== earlierOwner) {
          context.report({
            messageId: 'ownedDifferently',
            data: { name: fn.name, owner: owner.name, earlierOwner: earlierOwner.name, earlierLine: earlier.row.start.line + 1 },
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
  return candidates.map((p) => ({
    title: `Make ${p.name} the only owner of "${fn.name}"`,
    edits: [replaceCell(context.source, owner.cell, p.name)],
  }));
}
