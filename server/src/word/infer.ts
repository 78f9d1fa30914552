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
// `Client: Riverside Health`, as cover pages write it; the engine says which labels are front-matter keys.
const LABELLED = /^([A-Za-z][A-Za-z ]{0,30}?)\s*[:–-]\s*(.+)$/;

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
      if (m && key && !/^(means|shall|is|refers|includes)\b/i.test(m[2].trim())) found(key, m[2].trim(), block.at[i] ?? block.at[0]);
    });
  }
  for (const block of head) {
    for (const m of block.text.matchAll(DEFINITION)) {
      const key = roleOfWord(m[2]);
      if (key) found(key, partyName(m[1]), block.at[0]);
    }
  }
  const title = blocks.find((b) => b.kind === 'heading');
  if (title) found('title', title.text, title.at[0]);
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
