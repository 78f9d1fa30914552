import type { ServiceLevelRow } from '../model/types';
import { describeDuration } from '../vocabulary/duration';
import { defineRule } from './rule';

type TimedRow = ServiceLevelRow & { priority: number; response: NonNullable<ServiceLevelRow['response']> };

export default defineRule({
  id: 'sla-priority-order',
  defaultSeverity: 'warning',
  description: 'A lower priority promised a faster response than a higher one.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    fasterThanHigher:
      '{{lower}} is promised a response in {{lowerTime}}, faster than {{higher}} ({{higherTime}}): more urgent incidents should never wait longer.',
  },
  check(context) {
    // A plan's tiers are compared among themselves: Enterprise's P2 may well be faster than Base's P1.
    const plans = context.model.serviceLevels.flatMap((table) =>
      [...new Set(table.rows.map((r) => r.plan))].map((plan) => table.rows.filter((r) => r.plan === plan)),
    );
    for (const rows of plans) {
      const timed = rows.filter((r): r is TimedRow => r.priority !== undefined && r.response !== undefined);
      // The slowest response promised at each priority and above, so each row is compared once, not with every other row.
      const byPriority = [...timed].sort((a, b) => a.priority - b.priority);
      let slowest: TimedRow | undefined;
      const slowestAbove = new Map<number, TimedRow | undefined>();
      for (const r of byPriority) {
        if (!slowestAbove.has(r.priority)) slowestAbove.set(r.priority, slowest);
        if (
          !slowest ||
          r.response.minutes > slowest.response.minutes ||
          (r.response.minutes === slowest.response.minutes && r.priority > slowest.priority)
        )
          slowest = r;
      }
      for (const lower of timed) {
        const higher = slowestAbove.get(lower.priority);
        if (!higher || higher.response.minutes <= lower.response.minutes) continue;
        context.report({
          messageId: 'fasterThanHigher',
          data: {
            lower: lower.priorityCell.text,
            lowerTime: describeDuration(lower.response),
            higher: higher.priorityCell.text,
            higherTime: describeDuration(higher.response),
          },
          range: lower.row,
          related: [{ range: higher.row, message: `${higher.priorityCell.text} response: ${describeDuration(higher.response)}.` }],
        });
      }
    }
  },
});
