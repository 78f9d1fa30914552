import { ENGAGEMENT_MODELS } from '../model/frontMatter';
import { isPlaceholder } from '../vocabulary/words';
import { defineRule, type RuleContext } from './rule';

const REQUIRED = [
  { key: 'sow', valid: (v: unknown) => v === 1 || v === '1', expect: 'must be 1 (the dialect version)' },
  { key: 'model', valid: (v: unknown) => (ENGAGEMENT_MODELS as readonly unknown[]).includes(v), expect: 'must be managed or co-managed' },
  { key: 'client', valid: isName, expect: 'must name the client (the customer whose internal IT team is a party)' },
  { key: 'provider', valid: isName, expect: 'must name the provider (the MSP)' },
] as const;

/** A name, not a placeholder: "[Client name]", "<provider>", "TBD" or "?" are left for someone to fill in. */
function isName(v: unknown): boolean {
  if (typeof v === 'number') return true;
  if (typeof v !== 'string' || v.trim() === '') return false;
  return !isPlaceholder(v);
}

export default defineRule({
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  description: 'Missing or invalid `sow`, `model`, `client` or `provider`.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    noFrontMatter: 'This SOW has no front matter: start it with a --- block giving sow: 1, model, client and provider.',
    invalidYaml: 'The front matter is not valid YAML: {{reason}}',
    missingKey: 'The front matter has no `{{key}}:`; it {{expect}}.',
    invalidValue: '`{{key}}: {{value}}` is not valid: it {{expect}}.',
    partiesNotList: '`parties:` must be a list of names, e.g. [Fastlink ISP, Contoso Vendor].',
  },
  check(context: RuleContext) {
    const fm = context.model.frontMatter;
    if (!fm.range) {
      context.report({ messageId: 'noFrontMatter', range: context.source.lineRange(0) });
      return;
    }
    if (fm.yamlError) {
      context.report({ messageId: 'invalidYaml', data: { reason: fm.yamlError.message }, range: fm.yamlError.range });
      return;
    }
    const top = context.source.lineRange(fm.range.start.line);
    for (const { key, valid, expect } of REQUIRED) {
      const value = fm.data[key];
      if (value === undefined) context.report({ messageId: 'missingKey', data: { key, expect }, range: top });
      else if (!valid(value))
        context.report({ messageId: 'invalidValue', data: { key, value: String(value), expect }, range: fm.keys[key] ?? top });
    }
    if (fm.data.parties !== undefined && !Array.isArray(fm.data.parties)) {
      context.report({ messageId: 'partiesNotList', range: fm.keys.parties ?? top });
    }
  },
});
