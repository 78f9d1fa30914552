/**
 * The language a SOW's body is written in, told by its function words: the short words every sentence uses
 * ("the", "and", "of"; "der", "und", "ist"), which do not depend on what the contract is about. Demarc's
 * vocabulary is English, with German words for some topics: of a document in another language it reads tables
 * and marks, but says something is missing only where it holds that language's words for it.
 */

/** Function words by language, none of them in the English list; a word may stand in two others (German and Dutch "die"). */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  English:
    'the and of to is for with be will are or on by this that as it at from any our your we you which shall may must can within'.split(' '),
  German:
    'der die das und ist nicht mit für wird werden oder bei auf zu im den des ein eine einer sind auch als von vom zur zum dem durch nach über wir sie ihre unsere kann können muss'.split(
      ' ',
    ),
  French: 'le la les et est des du une pour par avec dans sur au aux ne pas que qui sont être sera nous vous leur ce cette ou'.split(' '),
  Dutch: 'het een en van niet met voor op te zijn worden wordt door bij ook als naar aan dat die deze wij uw kan moet'.split(' '),
  Spanish: 'el los las y es del una para por con en se que son será su sus este esta al lo como más pero'.split(' '),
  // No word that is English too ("a", "do", "no", "to", "per", "in").
  Portuguese: 'os é da dos das uma para por com em na nos nas não que ao à são será seu sua este esta mais como pelo pela'.split(' '),
  Italian: 'il lo gli è di del della dei delle una con non che si sono sarà questo questa al alla anche come più'.split(' '),
  Polish: 'w z na nie się jest że od po dla przez przy lub oraz jak są będzie jego jej ich ten ta te który która które'.split(' '),
};

const BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS))
    for (const w of words) if (!map.get(w)?.includes(language)) map.set(w, [...(map.get(w) ?? []), language]);
  return map;
})();

/** Enough running words to tell a language by; a short or tabular document is taken as written in English. */
const MIN_WORDS = 60;
/** The body is read this far: the language of a contract does not change halfway through. */
const SCAN_CHARS = 30_000;

/**
 * The language the text reads as, when it is not English: another language's function words at least twice as
 * many as English ones and one word in twelve at least (or 15 and five times the English ones). Undefined for
 * English, and whenever unsure.
 */
export function otherLanguageOf(body: string): string | undefined {
  const words = body
    .slice(0, SCAN_CHARS)
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu);
  if (!words || words.length < MIN_WORDS) return undefined;
  const counts = new Map<string, number>();
  for (const w of words) for (const language of BY_WORD.get(w) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  const english = counts.get('English') ?? 0;
  let best: [string, number] | undefined;
  for (const [language, n] of counts) if (language !== 'English' && (!best || n > best[1])) best = [language, n];
  // One word in twelve; or, where English function words are all but absent (a document of tables and terms in
  // Polish or Portuguese), a clear count of the other language's.
  const clear = best !== undefined && best[1] >= 15 && best[1] >= 5 * english;
  if (!best || best[1] < 2 * english || (best[1] * 12 < words.length && !clear)) return undefined;
  return best[0];
}

/** What an absence claim can be about: the words Demarc must hold in a language to say such a thing is missing. */
export const ABSENCE_TOPICS = [
  'service levels',
  'termination and exit terms',
  'an escalation path',
  'baseline services',
  'tool terms',
  'playbook terms',
] as const;

export type AbsenceTopic = (typeof ABSENCE_TOPICS)[number];

/**
 * Beside English, the topics whose words Demarc holds in a language (German words stand beside the English ones
 * where each reading decides): of a document in it, these absences are asserted and the others are not.
 */
const TOPICS_READ: Readonly<Record<string, readonly AbsenceTopic[]>> = {
  German: ['service levels', 'termination and exit terms', 'an escalation path', 'baseline services', 'tool terms'],
};

/** The topics Demarc reads in a language; every topic in English (undefined). */
export function topicsRead(language: string | undefined): readonly AbsenceTopic[] {
  return language === undefined ? ABSENCE_TOPICS : (TOPICS_READ[language] ?? []);
}
