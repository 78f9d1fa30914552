import { engagementModelOf, frontMatterKeyOfLabel, roleOfWord } from '../engine';
import type { Block } from './blocks';
import type { WordLocation } from './locate';

/** Front matter a Word SOW states somewhere, with the place each key was read from. */
export interface InferredFrontMatter {
  data: Record<string, unknown>;
  where: Record<string, WordLocation>;
}

/** Shown where the document does not name a party: visible, and flagged by Demarc until someone fills it in. */
export const UNKNOWN_CLIENT = '[Client name]';
export const UNKNOWN_PROVIDER = '[Provider name]';

/** How far into the document a party definition or a "Client:" line is looked for. */
const HEAD_PARAGRAPHS = 40;

// `Riverside Health ("Client")`, `Bluepeak IT (the "Provider")`, `Acme Ltd (hereinafter "Supplier")`.
const DEFINITION =
  /(\p{Lu}[\p{L}\p{N}&.,'’ -]{0,100}?)\s*\(\s*(?:the\s+|hereinafter\s+(?:the\s+)?)?["“”'‘’]([^"“”'‘’)]{2,40})["“”'‘’]\s*\)/gu;
// `Client: Riverside Health`, `Client – Riverside Health`, as cover pages write it; the engine says which
// labels are front-matter keys. A dash joined to the label ("Customer-site Equipment: …") is part of a word.
const LABELLED = /^([A-Za-z][A-Za-z ]{0,30}?)(?:\s*:|\s+[–-])\s*(.+)$/;
/** A definition of the word, not a cover line naming it ("Effective Date: the date of this agreement"). */
const DEFINITION_VALUE = /^(means|shall|is|refers|includes|has|the|any|a|an|each|in|as)\b/i;
// "dated 1 March 2026", "as of March 1, 2026", "effective from 1 May 2026": the date a cover or opening states.
const DATE = String.raw`(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const EFFECTIVE = new RegExp(
  String.raw`\b(?:dated|as of|effective(?: date)?(?: (?:from|as of|on))?|commenc\w+ on)\s*:?\s*(?:the\s+)?` + DATE,
);
// "a term of thirty-six (36) months", "for an initial period of 24 months": the term an opening states.
const TERM = /\b(?:term|period)\s+of\s+(?:[a-z-]+\s+)?\(?(\d{1,3})\)?\s+(months?|years?)\b/i;
/** Section names a contract opens with, which are no title of the document. */
const NOT_A_TITLE = /^(parties|background|recitals|agreed terms|contents|table of contents|definitions|interpretation|introduction)$/i;

/**
 * Reads the parties and the engagement model from what the document says: a cover page's "Client:"
 * lines, or party definitions in its opening paragraphs. What it does not say becomes a visible
 * placeholder, which Demarc keeps flagging.
 */
export function inferFrontMatter(blocks: readonly Block[]): InferredFrontMatter {
  const data: Record<string, unknown> = { sow: 1 };
  const where: Record<string, WordLocation> = {};
  const found = (key: string, value: string, at: WordLocation | undefined) => {
    if (key in data || !at) return;
    data[key] = value;
    where[key] = {
      kind: 'front-matter',
      key,
      paragraph: 'paragraph' in at ? at.paragraph : undefined,
      text: 'text' in at ? at.text : 'label' in at ? at.label : '',
    };
  };
  const head = blocks.filter((b) => b.kind !== 'table').slice(0, HEAD_PARAGRAPHS);
  for (const block of head) {
    block.text.split('\n').forEach((line, i) => {
      const m = LABELLED.exec(line.trim());
      const key = m && frontMatterKeyOfLabel(m[1]);
      // "Provider: means the party that…" is a definition of the word, not a cover line naming the party.
      const value = m?.[2].trim() ?? '';
      // A cover value is a name, a date or a model: short, and not a sentence defining the word.
      if (m && key && value.length <= 100 && !(DEFINITION_VALUE.test(value) && key !== 'model'))
        found(key, value, block.at[i] ?? block.at[0]);
    });
  }
  for (const block of head) {
    for (const m of block.text.matchAll(DEFINITION)) {
      const key = roleOfWord(m[2]);
      if (key) found(key, partyName(m[1]), block.at[0]);
    }
  }
  // The title is the cover's: a Title-styled paragraph, else the first heading when it stands before any
  // numbered clause and is not a section name ("Parties"); never the first clause heading ("1. Services").
  const titled = head.find((b) => b.style === 'Title' && b.text !== '');
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const headingTitle =
    firstHeading && !/^\(?[0-9A-Z]{1,3}(?:\.\d+)*[.)]?\s/.test(firstHeading.text) && !NOT_A_TITLE.test(firstHeading.text) ? firstHeading : undefined;
  // A cover without title or heading styles: its first line, when it stands alone in bold before any heading.
  const firstIndex = blocks.findIndex((b) => b.kind === 'heading');
  const boldLine = blocks
    .slice(0, firstIndex === -1 ? 3 : Math.min(firstIndex, 3))
    .find((b) => b.kind === 'paragraph' && b.lines.length === 1 && /^\*\*[^*]+\*\*$/.test(b.lines[0]) && b.text.split(/\s+/).length <= 12);
  const title = titled ?? headingTitle ?? boldLine;
  if (title) found('title', title.text, title.at[0]);
  for (const block of head) {
    const effective = EFFECTIVE.exec(block.text);
    if (effective) found('effective', effective[1], block.at[0]);
    const term = TERM.exec(block.text);
    if (term) found('term', `${term[1]} ${term[2].toLowerCase()}`, block.at[0]);
  }
  for (const [key, placeholder] of [
    ['client', UNKNOWN_CLIENT],
    ['provider', UNKNOWN_PROVIDER],
  ] as const) {
    if (key in data) continue;
    data[key] = placeholder;
    where[key] = { kind: 'front-matter', key, text: 'not stated in the document (no "Client:" line or party definition found)' };
  }
  if (typeof data.parties === 'string') data.parties = data.parties.split(/\s*;\s*/);
  if (typeof data.model === 'string') data.model = engagementModelOf(data.model);
  return { data, where };
}

/** A name ends here: a legal form ("Ltd", "Inc.") or a closing bracket or quote, so an "and" after it starts another name. */
const NAME_END = /(?:\b(?:ltd|limited|llc|llp|lp|inc|incorporated|corp|corporation|co|company|plc|gmbh|ag|pty|bv|nv)\.?|[)"”’'])\s*,?$/i;

/**
 * The name before a definition, without the sentence that leads up to it ("…dated 1 May between Acme Ltd").
 * "Harbor and Vine LLP" is one name, "Acme Ltd and Bluepeak IT" two; "State of Alaska" keeps its "of".
 */
function partyName(raw: string): string {
  const tail = raw.split(/\b(?:[Bb]etween|[Bb]y|[Ww]ith|[Tt]o|[Ff]rom|[Bb]ehalf of)\s+(?:the\s+)?(?=\p{Lu})/u).pop() ?? raw;
  const parts = tail.split(/\s+and\s+(?=\p{Lu})/u);
  let name = parts.pop() ?? tail;
  while (parts.length > 0 && !NAME_END.test(parts[parts.length - 1].trim())) name = `${parts.pop()} and ${name}`;
  // "Acme, Inc., a Delaware corporation": the name ends where the description of it starts.
  return name.replace(/,\s+an?\s+[\s\S]*$/, '').replace(/^[\s,]+|[\s,]+$/g, '');
}
