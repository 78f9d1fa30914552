import { cellEdits, replaceCell } from '../fixes/edits';
import { accountableHolders, accountableOwner } from '../model/matrix';
import { sectionsAt } from '../model/sections';
import type { Party, RaciAssignment, ResponsibilityFunction, ResponsibilityMatrix } from '../model/types';
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
    ownersNotOne:
      'The row "{{name}}" has {{count}} owner cells that name no single party ({{cells}}): each owner cell must name exactly one party.',
    jointOwner:
      '"{{owner}}" own {{count}} functions in this table together: name the one party accountable for each, or declare them as one party.',
    ownedDifferently:
      '"{{name}}" is owned by {{owner}} here but by {{earlierOwner}} on line {{earlierLine}}: one function needs one accountable owner.',
  },
  check(context) {
    const seen = new Map<string, ResponsibilityFunction[]>();
    // Sibling headings scope the tables under them as group rows scope theirs: "Monitoring" under "### Servers"
    // and under "### Workstations" are two functions, and so under "## Transition" and under a subsection of
    // "## Steady state". In a subsection of its own section a table restates it.
    const sectionOf = sectionsAt(context.model.sections);
    // So do two captions over tables in one section ("During onboarding:", "After go-live:").
    const captionOf = new Map<ResponsibilityFunction, string | undefined>();
    for (const matrix of context.model.matrices) for (const fn of matrix.functions) captionOf.set(fn, matrix.caption);
    const oneScope = (a: ResponsibilityFunction, b: ResponsibilityFunction) => {
      const [x, y] = [sectionOf(a.row.start.line).reverse(), sectionOf(b.row.start.line).reverse()];
      let i = 0;
      while (i < x.length && i < y.length && x[i] === y[i]) i++;
      // Where the two parts ways, under one parent: two sibling headings, each scoping its own table.
      if (i < x.length && i < y.length && x[i].depth === y[i].depth) return false;
      const [p, q] = [captionOf.get(a), captionOf.get(b)];
      return !(i === x.length && i === y.length && p !== undefined && q !== undefined && p !== q);
    };
    const jointly = new Set<ResponsibilityFunction>();
    for (const matrix of context.model.matrices) for (const fn of jointOwnersThroughout(context, matrix)) jointly.add(fn);
    // An owner grid holds one owner cell per row and area: a row's conflicting cells are one finding on the row.
    const ownerConflicts = new Map<number, ResponsibilityFunction[]>();
    for (const fn of context.model.functions) {
      if (fn.owner && fn.status === 'conflict' && !jointly.has(fn)) {
        const line = fn.row.start.line;
        (ownerConflicts.get(line) ?? ownerConflicts.set(line, []).get(line)!).push(fn);
      }
    }
    for (const fn of context.model.functions) {
      const holders = accountableHolders(fn);
      // An owner cell is one cell to mend, whatever it names; RACI cells are mended column by column.
      if (fn.owner && fn.status === 'conflict') {
        const row = ownerConflicts.get(fn.row.start.line) ?? [];
        if (row[0] === fn) reportOwnerConflicts(context, row);
      } else if (holders.length > 1) {
        context.report({
          messageId: 'manyAccountable',
          data: { name: fn.name, count: holders.length, parties: holders.map((h) => h.name).join(' and ') },
          range: fn.row,
          suggestions: holders.map((keep) => keepAccountable(context, fn, keep)),
        });
      } else {
        const earlier = seen.get(fn.key)?.find((e) => oneScope(e, fn));
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
      if (accountableOwner(fn)) (seen.get(fn.key) ?? seen.set(fn.key, []).get(fn.key)!).push(fn);
    }
  },
});

/**
 * The same parties named together as owner in rows throughout a table ("Microsoft and Red Hat") are one
 * choice the SOW made, reported once on the table's header row; the functions it covers are returned.
 */
function jointOwnersThroughout(context: RuleContext, matrix: ResponsibilityMatrix): ResponsibilityFunction[] {
  const byParties = new Map<string, ResponsibilityFunction[]>();
  for (const fn of matrix.functions) {
    const o = fn.owner;
    if (!o || o.shared || o.unknownNames.length > 0 || o.parties.length < 2) continue;
    const key = o.parties.map((p) => p.name).join('\n');
    (byParties.get(key) ?? byParties.set(key, []).get(key)!).push(fn);
  }
  const covered: ResponsibilityFunction[] = [];
  // Throughout: on half the table's rows at least. A pair on a few rows is a conflict on each of them.
  const rows = new Set(matrix.functions.map((fn) => fn.row.start.line)).size;
  for (const fns of byParties.values()) {
    const on = new Set(fns.map((fn) => fn.row.start.line)).size;
    if (on < 2 || on * 2 < rows) continue;
    for (const fn of fns) covered.push(fn);
    context.report({
      messageId: 'jointOwner',
      data: { owner: fns[0].owner!.cell.text, count: fns.length },
      range: matrix.headerRow,
      related: fns.slice(0, 3).map((fn) => ({ range: fn.row, message: `"${fn.name}" is owned by "${fn.owner!.cell.text}".` })),
    });
  }
  return covered;
}

function reportOwnerConflicts(context: RuleContext, row: ResponsibilityFunction[]): void {
  const [fn] = row;
  if (row.length === 1) {
    context.report({
      messageId: 'ownerNotOne',
      data: { name: fn.name, owner: fn.owner!.cell.text },
      range: fn.row,
      suggestions: ownerChoices(context, fn),
    });
    return;
  }
  context.report({
    messageId: 'ownersNotOne',
    data: { name: fn.nameCell.text, count: row.length, cells: row.map((f) => `${f.name}: "${f.owner!.cell.text}"`).join('; ') },
    range: fn.row,
    suggestions: row.flatMap((f) => ownerChoices(context, f)),
  });
}

/** Keeps one holder accountable (a party, or a column by its header); the others keep their work as Responsible. */
function keepAccountable(context: RuleContext, fn: ResponsibilityFunction, keep: { name: string; party?: Party }): Fix {
  const kept = (a: RaciAssignment) => (keep.party ? a.column.party === keep.party : !a.column.party && a.column.header.text === keep.name);
  const edits = cellEdits(
    context,
    fn.assignments
      .filter((a) => !kept(a) && a.roles.includes('A'))
      .map((a) => {
        const roles = a.roles.filter((r) => r !== 'A');
        if (!roles.includes('R')) roles.unshift('R');
        return { cell: a.cell, text: formatRaci(roles) };
      }),
  );
  return { title: `Keep ${keep.name} accountable for "${fn.name}" (others become R)`, edits };
}

function ownerChoices(context: RuleContext, fn: ResponsibilityFunction): Fix[] {
  const owner = fn.owner;
  if (!owner || owner.absent) return [];
  const candidates = owner.parties.length > 1 ? owner.parties : context.model.parties;
  return candidates.map((p) => ({
    title: `Make ${p.name} the only owner of "${fn.name}"`,
    edits: replaceCell(context, owner.cell, p.name),
  }));
}
