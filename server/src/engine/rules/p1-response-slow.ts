import { replaceCell } from '../fixes/edits';
import { describeDuration, formatInUnit, formatMinutes, isBareNumber, parseDuration, saysBusinessTime } from '../vocabulary/duration';
import { defineRule, type Report } from './rule';

export default defineRule({
  id: 'p1-response-slow',
  defaultSeverity: 'warning',
  description:
    'P1 response over `maxP1Response` (default 1 hour), or counted in business hours or days, or every request answered only in business hours.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    businessTime:
      'The P1 response "{{response}}"{{plans}} is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day{{because}}.',
    overLimit: 'The P1 response of {{response}}{{plans}} is slower than the {{limit}} limit for critical incidents.',
    hoursOnly:
      'Requests are answered only in business hours ("{{said}}"), so a critical incident raised at night or at the weekend may wait until the next working day.',
  },
  options: {
    maxP1Response: { type: 'duration', default: '1h', description: 'The slowest acceptable P1 response, e.g. "30m" or "1 hour".' },
  },
  check(context) {
    // The engine validated the option and filled its default, so it always parses here.
    const limit = parseDuration(String(context.options.maxP1Response))!.minutes;
    // One finding per row of a table with a column per plan: the row's slow plans are named in it.
    const byPlanRow = new Map<number, { report: Report; plans: string[] }>();
    const report = (r: Report, plan: string | undefined) => {
      if (!plan) return context.report({ ...r, data: { ...r.data, plans: '' } });
      const held = byPlanRow.get(r.range.start.line);
      if (!held) byPlanRow.set(r.range.start.line, { report: r, plans: [plan] });
      else if (held.report.messageId === r.messageId) {
        held.plans.push(plan);
        held.report.suggestions = [...(held.report.suggestions ?? []), ...(r.suggestions ?? [])];
      }
    };
    for (const table of context.model.serviceLevels) {
      for (const row of table.rows) {
        const response = row.response;
        if (row.priority !== 1 || !response || !row.responseCell) continue;
        // A service level written in a list item is quoted, not edited: the item says more than the time.
        // A bare number ("2" under "Response (hours)") is mended in its column's unit; in business hours, not in the cell.
        const bare = isBareNumber(row.responseCell.text);
        const written = !bare ? formatMinutes(limit) : response.business ? undefined : formatInUnit(limit, response.unit);
        const suggestions =
          row.responseCell.form === 'list' || written === undefined
            ? []
            : [
                {
                  title: `Set the ${row.plan ? `${row.plan} ` : ''}P1 response to ${formatMinutes(limit)}`,
                  edits: replaceCell(context, row.responseCell, written),
                },
              ];
        // Business time read from the row's hours is mended there (24/7); read from a heading, by a person.
        const hours = row.hoursCell;
        const businessSuggestions = () =>
          !response.businessFrom
            ? suggestions
            : hours && hours.form !== 'list' && saysBusinessTime(hours.text)
              ? [{ title: 'Cover P1 incidents around the clock (24/7)', edits: replaceCell(context, hours, '24/7') }]
              : [];
        if (response.business) {
          const because = response.businessFrom ? ` (read from ${response.businessFrom})` : '';
          report(
            {
              messageId: 'businessTime',
              data: { response: row.responseCell.text, because },
              range: row.row,
              suggestions: businessSuggestions(),
            },
            row.plan,
          );
        } else if (response.minutes > limit) {
          report(
            {
              messageId: 'overLimit',
              data: { response: describeDuration(response), limit: formatMinutes(limit) },
              range: row.row,
              suggestions,
            },
            row.plan,
          );
        }
      }
    }
    // No time at all, but the hours every request waits for: the P1 waits for them too.
    const hoursOnly = context.model.responseHoursOnly;
    if (hoursOnly) context.report({ messageId: 'hoursOnly', data: { said: hoursOnly.text }, range: hoursOnly.range });
    for (const { report: r, plans } of byPlanRow.values()) {
      const [first, ...more] = plans;
      context.report({ ...r, data: { ...r.data, plans: more.length === 0 ? ` (${first})` : ` (${first}; ${more.join(', ')} likewise)` } });
    }
  },
});
