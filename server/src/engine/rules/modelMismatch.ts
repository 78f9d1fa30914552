import { defineRule } from './rule';

export default defineRule({
  id: 'model-mismatch',
  defaultSeverity: 'warning',
  description: 'The responsibility split contradicts the engagement model (managed or co-managed).',
  fixable: false,
  check(context) {
    const { model } = context;
    const { client, provider } = model.frontMatter;
    if (!client || !provider || model.functions.length === 0) return;
    if (model.frontMatter.model === 'managed') {
      for (const fn of model.functions) {
        const roles = fn.roles.get(client.name)?.filter((r) => r === 'R' || r === 'A') ?? [];
        if (roles.length === 0) continue;
        context.report({
          message: `This is a managed SOW, but ${client.name} (the client) holds ${roles.join('/')} for "${fn.name}": in a managed deal the provider does and owns the work. Make it co-managed or move the role to ${provider.name}.`,
          range: fn.row,
        });
      }
    } else if (model.frontMatter.model === 'co-managed') {
      for (const party of [client, provider]) {
        const holds = model.functions.some((fn) => fn.responsible.includes(party) || fn.accountable.includes(party));
        if (holds) continue;
        context.report({
          message: `This is a co-managed SOW, but ${party.name} (the ${party.role}) is not responsible or accountable for any function: the split reads like a ${party.role === 'client' ? 'fully managed' : 'self-managed'} deal.`,
          range: model.documentAnchor,
        });
      }
    }
  },
});
