import type { ServiceLevelRow } from '../model/types';
import { describeDuration } from '../vocabulary/duration';
import { defineRule } from './rule';

export default defineRule({
  id: 'sla-priority-order',
  defaultSeverity: 'warning',
  description: 'A lower priority promised a faster response than a higher priority.',
  fixable: false,
  check(context) {
    for (const table of context.model.serviceLevels) {
      const timed = table.rows.filter((r): r is ServiceLevelRow & { priority: number } => r.priority !== undefined && r.response !== undefined);
      for (const lower of timed) {
        // Name the slowest of the more urgent priorities; on a tie, the nearest one.
        let higher: (typeof timed)[number] | undefined;
        for (const r of timed) {
          if (r.priority >= lower.priority || r.response!.minutes <= lower.response!.minutes) continue;
          const slower = !higher || r.response!.minutes > higher.response!.minutes;
          const nearer = higher !== undefined && r.response!.minutes === higher.response!.minutes && r.priority > higher.priority;
          if (slower || nearer) higher = r;
        }
        if (!higher) continue;
        context.report({
          message: `${lower.priorityCell.text} is promised a response in ${describeDuration(lower.response!)}, faster than ${higher.priorityCell.text} (${describeDuration(higher.response!)}): more urgent incidents should never wait longer.`,
          range: lower.row,
          related: [{ range: higher.row, message: `${higher.priorityCell.text} response: ${describeDuration(higher.response!)}.` }],
        });
      }
    }
  },
});
