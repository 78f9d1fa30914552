import { appendBlock, prependTableRow, replaceCell } from '../fixes/edits';
import { PLACEHOLDER, serviceLevelSection, STANDARD_P1 } from '../fixes/templates';
import { EVERY_REQUEST_LABEL } from '../model/promisedResponse';
import type { ServiceLevelColumnRole, ServiceLevelTable } from '../model/types';
import type { Fix } from '../types';
import { saysBestEffort } from '../vocabulary/duration';
import { topLabel } from '../vocabulary/priority';
import { defineRule, type RuleContext } from './rule';

export default defineRule({
  id: 'p1-response-missing',
  defaultSeverity: 'error',
  description: 'No service-level table; no P1 row; a P1 response that is empty or not measurable.',
  fixable: true,
  hasSuggestions: true,
  messages: {
    noTable: 'This SOW has no service-level table, so it promises no response time for a P1 (critical) incident.',
    noP1Row: 'This service-level table has no P1 (critical) row, so the most urgent incidents have no promised response time.',
    emptyResponse: 'The {{priority}} response time is empty: state a time such as 30 minutes.',
    notMeasurable: 'The {{priority}} response "{{response}}" is not measurable: state a time such as 30 minutes.',
    notMeasurableForEvery:
      'The only response this SOW promises, "{{response}}", is not measurable, so a P1 (critical) incident has no promised time: state one such as 30 minutes.',
    bestEffort: 'The {{priority}} response is only a best effort ("{{response}}"): promise the time rather than an effort to meet it.',
    effortElsewhere:
      'The {{priority}} response of "{{response}}" is only an effort: "{{clause}}" on line {{line}} qualifies every service level. Promise the time rather than an effort to meet it.',
  },
  absence: { messages: ['noTable'], topic: 'service levels' },
  check(context) {
    const { model } = context;
    if (model.serviceLevels.length === 0) {
      // A service-level table Demarc could not read is reported as such; "no table" would be false.
      if (model.unreadTables.some((t) => t.kind === 'service-levels')) return;
      context.report({
        messageId: 'noTable',
        range: model.documentAnchor,
        suggestions: [
          { title: 'Add a service-level table with standard P1 to P4 times', edits: [appendBlock(context, serviceLevelSection())] },
        ],
      });
      return;
    }
    // Tables per package or per kind of request ("Developer Support (Free)", "Service Tasks") beside one with a P1
    // row: the SOW does promise the P1 a response, in that table.
    const p1Elsewhere = model.serviceLevels.some((t) => t.rows.some((r) => r.priority === 1));
    for (const table of model.serviceLevels) {
      const p1 = table.rows.filter((r) => r.priority === 1);
      if (p1.length === 0 && p1Elsewhere) continue;
      if (p1.length === 0) {
        context.report({
          messageId: 'noP1Row',
          range: table.headerRow,
          // The safe fix adds the row with a placeholder Demarc keeps flagging; a time is the person's choice.
          fix: {
            title: 'Add a P1 row (response to be agreed)',
            // In a table written long the row says what its time measures: a label, not a term.
            edits: insertP1Row(context, table, (role) => (role === 'response' ? PLACEHOLDER : role === 'measure' ? 'Response' : '')),
          },
          suggestions: [
            {
              title: `Add a P1 row with a ${STANDARD_P1.response} response`,
              edits: insertP1Row(context, table, (role) =>
                role === 'other' || role === 'priority' || role === 'metric'
                  ? ''
                  : role === 'measure'
                    ? 'Response'
                    : // The standard P1 answers as fast at night as by day.
                      STANDARD_P1[role === 'after-hours' ? 'response' : role],
              ),
            },
          ],
        });
        continue;
      }
      const answered = p1.some((r) => r.response);
      for (const row of p1) {
        const said = row.responseCell?.text ?? '';
        const bestEffort = row.response !== undefined && (saysBestEffort(said) || table.effortOnly !== undefined);
        // A P1 row that only gives a resolution time says nothing against a P1 response given elsewhere.
        if ((row.response && !bestEffort) || (answered && !row.responseCell)) continue;
        const cell = row.responseCell;
        context.report({
          messageId: bestEffort
            ? saysBestEffort(said)
              ? 'bestEffort'
              : 'effortElsewhere'
            : said === ''
              ? 'emptyResponse'
              : row.priorityCell.text === EVERY_REQUEST_LABEL
                ? 'notMeasurableForEvery'
                : 'notMeasurable',
          data: {
            priority: `${row.priorityCell.text}${row.plan ? ` (${row.plan})` : ''}`,
            response: said,
            ...(table.effortOnly
              ? { clause: table.effortOnly.text.replace(/\s+/g, ' ').slice(0, 120), line: table.effortOnly.line + 1 }
              : {}),
          },
          range: row.row,
          suggestions:
            cell && cell.form !== 'list'
              ? [{ title: `Set the P1 response to ${STANDARD_P1.response}`, edits: replaceCell(context, cell, STANDARD_P1.response) }]
              : [],
        });
      }
    }
  },
});

/** A P1 row after the delimiter, its label in the table's own style, other cells by column role (none in HTML). */
function insertP1Row(context: RuleContext, table: ServiceLevelTable, value: (role: ServiceLevelColumnRole) => string): Fix['edits'] {
  return prependTableRow(
    context,
    table,
    table.columns.map((role) => (role === 'priority' ? topLabel(table.rows.map((r) => r.priorityCell.text)) : value(role))),
  );
}
