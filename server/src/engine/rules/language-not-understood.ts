import { ABSENCE_TOPICS, topicsRead } from '../vocabulary/language';
import { listed } from '../vocabulary/words';
import { defineRule } from './rule';

export default defineRule({
  id: 'language-not-understood',
  defaultSeverity: 'warning',
  description:
    'A SOW written in a language other than English: Demarc reads its tables and marks, but asserts nothing missing that it holds no words for in that language.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    otherLanguage:
      'This SOW reads as {{language}}; Demarc reads SOWs written in English. It still checks the tables and marks it can read, but it reports nothing as missing from this document ({{unread}}): it could not tell.',
    partlyRead:
      'This SOW reads as {{language}}. Demarc reads {{language}} for {{read}}, but not for {{unread}}: it reports nothing there as missing, as it could not tell. It still checks the tables and marks it can read.',
  },
  check(context) {
    const { language } = context.model;
    if (language === undefined) return;
    const read = topicsRead(language);
    const unread = ABSENCE_TOPICS.filter((t) => !read.includes(t));
    context.report({
      messageId: read.length === 0 ? 'otherLanguage' : 'partlyRead',
      data: { language, read: listed(read), unread: listed(unread) },
      range: context.model.documentAnchor,
    });
  },
});
