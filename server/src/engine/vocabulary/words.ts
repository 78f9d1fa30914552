/** Lower-cased, with runs of space collapsed: how header and cell words are compared. */
export function fold(text: string): string {
  if (text.length < LONG_TEXT) return folded(text);
  // The readers each fold the same cell; a long one is folded once (a few kept, so memory stays bounded). Not
  // rememberedByText: that keeps many short block texts and passes over any text over a quarter of its budget,
  // the very cells of hundreds of kilobytes this is for.
  let value = longFolds.get(text);
  if (value === undefined) {
    if (longFolds.size >= 4) longFolds.delete(longFolds.keys().next().value!);
    longFolds.set(text, (value = folded(text)));
  }
  return value;
}

const LONG_TEXT = 2000;
const longFolds = new Map<string, string>();

function folded(text: string): string {
  // Variation selectors only choose how a character is drawn ("✔️" is "✔" as an emoji).
  return text
    .replace(/[\uFE0E\uFE0F]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** German letters written as ASCII ("Stunde", "Priorität" → "prioritaet"), so a token reader of [a-z] reads them whole. */
export function asciiGerman(text: string): string {
  return text.replace(/[äöüß]/g, (c) => GERMAN_ASCII[c]);
}
const GERMAN_ASCII: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Items as prose lists them: "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Function names compared ignoring case, spacing and punctuation. */
export function functionKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const PLACEHOLDERS = new Set(['', '-', '—', '–', 'n/a', 'na', 'tbd', 'tbc', '?', 'none']);

/** Cells that state no role: empty, dashes, N/A, TBD, TBC, `?`. */
export function isEmptyMarker(text: string): boolean {
  return PLACEHOLDERS.has(fold(text));
}

/**
 * Text left for someone to fill in: an empty marker (with or without a full stop), "to be agreed" and the
 * like, or a bracketed template slot ("[Client name]", "<provider>"). It states nothing.
 */
export function isPlaceholder(text: string): boolean {
  const t = fold(text).replace(/\.$/, '');
  return isEmptyMarker(t) || /^to be (?:agreed|confirmed|determined|defined)$/.test(t) || /^\[.*\]$|^<.*>$/.test(t);
}

/** A title without the clause number before it ("9. ", "4.2 ", "iv. "): the number is no word of the title. */
export function withoutClauseNumber(title: string): string {
  return title.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/i, '');
}

/** A passage's sentences: split after a full stop, semicolon, question or exclamation mark and the space after it. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/);
}

/** Lower-cased words separated by single spaces, punctuation dropped: how phrases are matched. */
export function words(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Phrases normalised once per list: vocabulary lists are constants, tested against every heading and item. */
const normalised = new WeakMap<readonly string[], { words: string; symbols: string }[]>();

function normalise(phrases: readonly string[]): { words: string; symbols: string }[] {
  let list = normalised.get(phrases);
  if (!list) normalised.set(phrases, (list = phrases.map((p) => ({ words: words(p), symbols: fold(p) }))));
  return list;
}

/** Whether any of the words or phrases appear in the text as whole words. */
export function mentionsAny(text: string, phrases: readonly string[]): boolean {
  const t = ` ${words(text)} `;
  let folded: string | undefined;
  return normalise(phrases).some((p) => {
    if (p.words !== '') return t.includes(` ${p.words} `);
    // A name made only of symbols ("C#" survives, "!" would not) is matched as it is written.
    return p.symbols !== '' && (folded ??= fold(text)).includes(p.symbols);
  });
}

/** A footnote's mark after a word ("R*", "A¹", "Contoso†"): the note is elsewhere, the word is what counts. */
const FOOTNOTE_MARK = /(?<=\S)[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}$/u;

/** The text without a footnote's mark at its end. */
export function withoutFootnoteMark(text: string): string {
  return text.trim().replace(FOOTNOTE_MARK, '');
}
