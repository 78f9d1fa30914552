/**
 * Characters that let text rewrite what a reader sees: C0 and C1 controls (tab excepted) and DEL,
 * which terminals obey (erase a line, move the cursor, start a new line); line and paragraph
 * separators; and the bidirectional marks, embeddings, overrides and isolates, which reorder text.
 */
// eslint-disable-next-line no-control-regex -- this pattern exists to find control characters and escape them
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same set less C0, which JSON.stringify escapes already. */
const UNSAFE_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Shows each unsafe character as its escape, `\u202E`, so it can be seen and does nothing. */
export function showUnsafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** JSON with every unsafe character as a `\uXXXX` escape: the same data once parsed, inert when printed. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, escape) + '\n';
}
