import { appendBlock, insertLinesAfter, replaceCell, tableRow } from '../fixes/edits';
import { serviceLevelSection } from '../fixes/templates';
import type { ServiceLevelTable } from '../model/types';
import { fold } from '../vocabulary/words';
import { defineRule } from './rule';

export default defineRule({
  id: 'p1-response-missing',
  defaultSeverity: 'error',
  description: 'No measurable response time for P1 (critical) incidents.',
  fixable: true,
  check(context) {
    const { model, source } = context;
    if (model.serviceLevels.length === 0) {
      context.report({
        message: 'This SOW has no service-level table, so it promises no response time for a P1 (critical) incident.',
        range: model.documentAnchor,
        fix: { title: 'Add a service-level table with P1 to P4', edits: [appendBlock(context, serviceLevelSection())] },
      });
      return;
    }
    for (const table of model.serviceLevels) {
      const p1 = table.rows.filter((r) => r.priority === 1);
      if (p1.length === 0) {
        context.report({
          message: 'This service-level table has no P1 (critical) row, so the most urgent incidents have no promised response time.',
          range: table.headerRow,
          fix: { title: 'Add a P1 row to the service-level table', edits: [insertLinesAfter(source, table.delimiterRow.start.line, [p1Row(table)])] },
        });
        continue;
      }
      for (const row of p1) {
        if (row.response) continue;
        const said = row.responseCell?.text ?? '';
        const cell = row.responseCell;
        context.report({
          message: said === ''
            ? `The ${row.priorityCell.text} response time is empty: state a time such as 30 minutes.`
            : `The ${row.priorityCell.text} response "${said}" is not measurable: state a time such as 30 minutes.`,
          range: row.row,
          suggestions: cell ? [{ title: 'Set the P1 response to 30 minutes', edits: [replaceCell(source, cell, '30 minutes')] }] : [],
        });
      }
    }
  },
});

/** A P1 row with a response in the response column and sensible values elsewhere. */
function p1Row(table: ServiceLevelTable): string {
  const values = table.headerCells.map((h, i) => {
    if (i === table.responseColumn) return '30 minutes';
    const header = fold(h.text);
    if (/resol|restor|fix/.test(header)) return '4 hours';
    if (/hours|coverage|cover|availab/.test(header)) return '24/7';
    if (/priority|severity|level/.test(header)) return 'P1';
    return '';
  });
  if (!values.includes('P1')) values[0] = 'P1';
  return tableRow(table.columnCount, values);
}
