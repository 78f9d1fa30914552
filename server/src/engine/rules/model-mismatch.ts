import { heldByUnknownParty, holdsWork } from '../queries';
import { engagementNamed, isClientObligation } from '../vocabulary/functions';
import { defineRule } from './rule';

export default defineRule({
  id: 'model-mismatch',
  defaultSeverity: 'warning',
  description: 'Managed but the client holds R or A; co-managed but one side holds none.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    clientHoldsWork:
      'This is a managed SOW, but {{client}} (the client) holds {{roles}} for "{{name}}": in a managed deal the provider does and owns the work. Make it co-managed or move the role to {{provider}}.',
    sideHoldsNothing:
      'This is a co-managed SOW, but {{party}} (the {{role}}) is not responsible or accountable for any function: the split reads like a {{reads}} deal.',
  },
  check(context) {
    const { model } = context;
    const { client, provider } = model.frontMatter;
    if (!client || !provider || model.functions.length === 0) return;
    if (model.frontMatter.engagementModel === 'managed') {
      for (const fn of model.functions) {
        const roles = fn.roles.get(client.name)?.filter((r) => r === 'R' || r === 'A') ?? [];
        // An obligation of the client's ("Approve changes", "Maintain insurance") is not IT work it keeps; nor is
        // work under a column for another way of running the service ("Self-hosted", "Hybrid").
        if (roles.length === 0 || isClientObligation(fn.name)) continue;
        if (fn.variant !== undefined && (engagementNamed(fn.variant) ?? 'managed') !== 'managed') continue;
        context.report({
          messageId: 'clientHoldsWork',
          data: { client: client.name, provider: provider.name, roles: roles.join('/'), name: fn.name },
          range: fn.row,
        });
      }
    } else if (model.frontMatter.engagementModel === 'co-managed') {
      // Work held under a column Demarc could not name may be either side's: "holds none" would not be read.
      if (model.functions.some(heldByUnknownParty)) return;
      // Nor beside a matrix Demarc could not read: the side's work may stand there (it is reported once, as such).
      if (model.unreadTables.some((t) => t.kind === 'matrix')) return;
      // Nor beside rows whose cells Demarc could not read as roles.
      if (model.functions.some((fn) => fn.status === 'unread')) return;
      for (const party of [client, provider]) {
        if (model.functions.some((fn) => holdsWork(fn, party))) continue;
        context.report({
          messageId: 'sideHoldsNothing',
          data: { party: party.name, role: party.role, reads: party.role === 'client' ? 'fully managed' : 'self-managed' },
          range: model.documentAnchor,
        });
      }
    }
  },
});
