// Random edit sequences for the keystroke path's property tests: each edit lands at a fraction of the
// text as it stands, so a sequence stays meaningful however earlier edits changed its length.
import fc from 'fast-check';

export interface Edit {
  /** Where, as a fraction of the current text's length. */
  at: number;
  remove: number;
  insert: string;
}

/** Sequences of edits inserting one of `pieces` or a short random string. */
export function editSequences(pieces: readonly string[], maxLength: number): fc.Arbitrary<Edit[]> {
  return fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 9999 }).map((n) => n / 10000),
      remove: fc.nat(12),
      insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })),
    }),
    { minLength: 1, maxLength },
  );
}

/** Applies the edits one at a time, calling `check` with each version and a description of its edit. */
export function applyEdits(start: string, edits: readonly Edit[], check: (text: string, what: string) => void): void {
  let text = start;
  for (const e of edits) {
    const at = Math.floor(e.at * (text.length + 1));
    text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
    check(text, `after inserting ${JSON.stringify(e.insert)} at ${at}`);
  }
}

/** Markdown that opens, closes or joins blocks: what makes a part of a document parse unlike the whole. */
export const MARKDOWN_PIECES = [
  '#',
  '# ',
  '## Heading\n',
  '\n',
  '\n\n',
  '|',
  '| x | R |\n',
  '```',
  '```\n',
  '~~~\n',
  '<!--',
  '-->',
  '<div>\n',
  '- item\n',
  '> ',
  'text',
  '  ',
  '---\n',
  '\r\n',
  '\\',
  '[ref]: /x\n',
  '1. ',
  '* ',
  '    ',
  '<script>\n',
  '</script>\n',
  '[^1]: note\n',
  '[^1]',
  'Title\n===\n',
  '\t',
  '\uFEFF',
  'title: x\n',
  ' # ',
];
