// What the five playbook rules share: each reports its kind of position a playbook sets and the SOW does not meet.
import { assessPlaybook, type PlaybookRuleId } from '../playbook/assess';
import type { RuleContext } from './rule';

export function reportUnmet(context: RuleContext, rule: PlaybookRuleId): void {
  if (!context.playbook) return;
  for (const p of assessPlaybook(context.model, context.source, context.playbook)) {
    if (p.rule !== rule || p.met) continue;
    context.report({ messageId: p.messageId, data: p.data, range: p.range, suggestions: p.suggestion ? [p.suggestion] : [] });
  }
}
