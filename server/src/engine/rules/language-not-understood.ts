import { defineRule } from './rule';

export default defineRule({
  id: 'language-not-understood',
  defaultSeverity: 'warning',
  description: 'A SOW written in a language other than English: Demarc reads its tables and marks but asserts nothing missing from it.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    otherLanguage:
      'This SOW reads as {{language}}; Demarc reads SOWs written in English. It still checks the tables and marks it can read, but it reports nothing as missing from this document (service levels, termination and exit terms, an escalation path, baseline services, tool terms): it could not tell.',
  },
  check(context) {
    const { language } = context.model;
    if (language !== undefined) context.report({ messageId: 'otherLanguage', data: { language }, range: context.model.documentAnchor });
  },
});
