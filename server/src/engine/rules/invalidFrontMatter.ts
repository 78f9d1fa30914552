import { defineRule, type RuleContext } from './rule';

const REQUIRED = [
  { key: 'sow', valid: (v: unknown) => v === 1 || v === '1', expect: 'must be 1 (the dialect version)' },
  { key: 'model', valid: (v: unknown) => v === 'managed' || v === 'co-managed', expect: 'must be managed or co-managed' },
  { key: 'client', valid: isName, expect: "must name the client (the customer whose internal IT team is a party)" },
  { key: 'provider', valid: isName, expect: 'must name the provider (the MSP)' },
] as const;

function isName(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
}

export default defineRule({
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  description: 'Missing or invalid sow, model, client or provider in the front matter.',
  fixable: false,
  check(context: RuleContext) {
    const fm = context.model.frontMatter;
    if (!fm.range) {
      context.report({
        message: 'This SOW has no front matter: start it with a --- block giving sow: 1, model, client and provider.',
        range: context.source.lineRange(0),
      });
      return;
    }
    if (fm.yamlError) {
      context.report({ message: `The front matter is not valid YAML: ${fm.yamlError.message}`, range: fm.yamlError.range });
      return;
    }
    const top = context.source.lineRange(fm.range.start.line);
    for (const { key, valid, expect } of REQUIRED) {
      const value = fm.data[key];
      if (value === undefined) context.report({ message: `The front matter has no \`${key}:\`; it ${expect}.`, range: top });
      else if (!valid(value)) context.report({ message: `\`${key}: ${String(value)}\` is not valid: it ${expect}.`, range: fm.keys[key] ?? top });
    }
    const parties = fm.data.parties;
    if (parties !== undefined && !Array.isArray(parties)) {
      context.report({ message: '`parties:` must be a list of names, e.g. [Fastlink ISP, Contoso Vendor].', range: fm.keys.parties ?? top });
    }
  },
});
