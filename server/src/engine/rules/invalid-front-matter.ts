import { ENGAGEMENT_MODELS } from '../model/frontMatter';
import { isPlaceholder } from '../vocabulary/words';
import { defineRule, type RuleContext } from './rule';

const REQUIRED = [
  { key: 'sow', valid: (v: unknown) => v === 1 || v === '1', expect: 'must be 1' },
  { key: 'model', valid: (v: unknown) => (ENGAGEMENT_MODELS as readonly unknown[]).includes(v), expect: 'must be managed or co-managed' },
  { key: 'client', valid: isName, expect: 'must name the client' },
  { key: 'provider', valid: isName, expect: 'must name the provider' },
] as const;

/** A document with nothing in it yet: a SOW not begun, whose one finding says how to begin. */
export function isEmpty(text: string): boolean {
  return text.trim() === '';
}

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
  // What is wrong first, under 80 characters; the docs say why each key matters.
  messages: {
    emptyDocument: 'Empty SOW: start with front matter, or type sow- for a whole skeleton.',
    noFrontMatter: 'No front matter: start with a --- block of sow: 1, model, client, provider.',
    invalidYaml: 'Front matter is not valid YAML: {{reason}}',
    missingKey: 'Front matter has no `{{key}}:`; it {{expect}}.',
    invalidValue: '`{{key}}: {{value}}` is not valid: it {{expect}}.',
    partiesNotList: '`parties:` must be a list of names, e.g. [Fastlink ISP, Contoso Vendor].',
  },
  check(context: RuleContext) {
    const fm = context.model.frontMatter;
    if (isEmpty(context.source.text)) {
      context.report({ messageId: 'emptyDocument', range: context.source.lineRange(0) });
      return;
    }
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
