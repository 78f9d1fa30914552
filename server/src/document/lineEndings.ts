export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** The line break a text uses throughout, or `mixed`. */
export function lineEnding(text: string): LineEnding {
  const seen = new Set<string>();
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    seen.add(m[0]);
    if (seen.size > 1) return 'mixed';
  }
  const [only] = seen;
  return only === undefined ? 'none' : only === '\n' ? 'lf' : only === '\r' ? 'cr' : 'crlf';
}

const BREAK = { lf: '\n', crlf: '\r\n', cr: '\r' } as const;

/** Gives every break the file's own style, so lines a fix inserts match it; a mixed file is left as it is. */
export function withLineEnding(text: string, ending: LineEnding): string {
  return ending === 'mixed' || ending === 'none' ? text : text.replace(/\r\n|\r|\n/g, BREAK[ending]);
}
