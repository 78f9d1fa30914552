import { replaceCell } from '../fixes/edits';
import { describeDuration, formatMinutes, parseDuration } from '../vocabulary/duration';
import { defineRule } from './rule';

export default defineRule({
  id: 'p1-response-slow',
  defaultSeverity: 'warning',
  description: 'A P1 response slower than the limit (default 1 hour) or counted in business hours.',
  fixable: false,
  options: {
    maxP1Response: { type: 'duration', default: '1h', description: 'The slowest acceptable P1 response, e.g. "30m" or "1 hour".' },
  },
  check(context) {
    const limit = parseDuration(String(context.options.maxP1Response ?? '1h'))?.minutes ?? 60;
    for (const table of context.model.serviceLevels) {
      for (const row of table.rows) {
        const response = row.response;
        if (row.priority !== 1 || !response || !row.responseCell) continue;
        const suggestions = [{ title: `Set the P1 response to ${formatMinutes(limit)}`, edits: [replaceCell(context.source, row.responseCell, formatMinutes(limit))] }];
        if (response.business) {
          context.report({
            message: `The P1 response "${row.responseCell.text}" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.`,
            range: row.row,
            suggestions,
          });
        } else if (response.minutes > limit) {
          context.report({
            message: `The P1 response of ${describeDuration(response)} is slower than the ${formatMinutes(limit)} limit for critical incidents.`,
            range: row.row,
            suggestions,
          });
        }
      }
    }
  },
});
