import type { RaciLetter } from '../model/types';
import { fold, isEmptyMarker, withoutFootnoteMark } from './words';

/** The RACI words themselves. */
const RACI_WORDS: Record<string, RaciLetter> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};
/** A matrix written in verbs says the same: who does the work, who signs it off, who is asked, who is told. */
const VERB_WORDS: Record<string, RaciLetter> = {
  performs: 'R',
  executes: 'R',
  approves: 'A',
  reviews: 'C',
  advises: 'C',
  notified: 'I',
};
const WORDS: Record<string, RaciLetter> = { ...RACI_WORDS, ...VERB_WORDS };
const ORDER: RaciLetter[] = ['R', 'A', 'C', 'I'];

export interface RaciValue {
  readonly roles: readonly RaciLetter[];
  valid: boolean;
  /**
   * How the role was written when not in letters: a check mark or "Yes" (the party does and owns the work,
   * R and A); "Joint" or "Shared" (it owns the work with the other parties: R and A, so two such cells are a
   * conflict); a condition where a mark would be ("Only as overflow", "When the internal team is away": it
   * does the work under that condition, R).
   */
  form?: 'mark' | 'shared' | 'condition';
}

/** Marks in a matrix cell: the party does and owns the function. */
export const MARKS: ReadonlySet<string> = new Set([
  'x',
  '✓',
  '✔',
  // The square-root sign stands for a tick in many Word tables.
  '√',
  '☑',
  '✅',
  '●',
  '•',
  '◉',
  '■',
  'yes',
  'y',
  'primary',
  'lead',
  'owner',
  'owns',
  // GitHub's shortcodes for the same ticks.
  ':white_check_mark:',
  ':heavy_check_mark:',
  ':ballot_box_with_check:',
]);

/**
 * Reads `R`, `A`, `R/A`, `A/R`, `RA`, `R, A`, `R+A`, the words, or an empty marker.
 * Anything else is invalid, so a typo never silently means "no role".
 */
export function parseRaci(text: string): RaciValue {
  // A matrix repeats a handful of cell values thousands of times, and each cell is read more than once.
  const known = readings.get(text);
  if (known) return known;
  const value = Object.freeze(readRaci(text));
  if (readings.size >= MAX_READINGS) readings.clear();
  if (text.length <= 40) readings.set(text, value);
  return value;
}

const readings = new Map<string, RaciValue>();
const MAX_READINGS = 2000;

/** A cell that opens with a yes, a no or a tick ("Y", "N", "Y, incl. requests", "✓ Managed"): an entitlement or comparison cell. */
export function opensWithYesOrNo(text: string): boolean {
  return /^(?:y|n|yes|no|x|✓|✔|✗|✘|-)(?:\b|$)/.test(fold(text));
}

/** The word each RACI (or RASCI) letter stands for, as a legend spells it: the RACI words, and S for support. */
const LETTER_WORDS: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.entries(RACI_WORDS).map(([word, letter]) => [letter.toLowerCase(), word]),
  ['s', 'support'],
]);

/**
 * A legend of the RACI letters ("| R | Responsible | Does the work |"): each row opens with a different letter
 * and spells its word. It defines the letters; it assigns nothing to anyone.
 */
export function isRaciLegend(rows: readonly (readonly string[])[]): boolean {
  if (rows.length < 3) return false;
  const letters = new Set<string>();
  for (const cells of rows) {
    const letter = fold(cells[0] ?? '').trim();
    const word = LETTER_WORDS[letter];
    if (!word || letters.has(letter) || !cells.slice(1).some((c) => fold(c).trim().startsWith(word))) return false;
    letters.add(letter);
  }
  return true;
}

/** Whether a cell gives roles in RACI letters or the RACI words ("R/A", "Responsible"), not in verbs or marks. */
export function writtenAsLetters(text: string): boolean {
  const v = parseRaci(text);
  return v.valid && v.form === undefined && v.roles.length > 0 && !Object.hasOwn(VERB_WORDS, fold(text));
}

/** Words that share a function between the parties: each party so marked holds R and A. */
const SHARED_CELLS: ReadonlySet<string> = new Set(['joint', 'jointly', 'shared', 'both', 'co-owned', 'co-managed']);
/** Words for doing part of the work without owning it, and RASCI's S (supports the one responsible). */
const SUPPORTING_CELLS: ReadonlySet<string> = new Set([
  'support',
  'supports',
  'supporting',
  'assist',
  'assists',
  'secondary',
  's',
  '○',
  '◯',
]);
/** A cell that says the party has no part, as a yes/no matrix writes it. */
const NO_ROLE_CELLS: ReadonlySet<string> = new Set([
  'no',
  'n',
  '✗',
  '✘',
  '❌',
  '✖',
  ':x:',
  ':heavy_multiplication_x:',
  'nothing',
  'not applicable',
  'not responsible',
]);
/** How a condition written in a role cell begins: the party does the work, but only then. */
const CONDITION =
  /^(?:only\b|when\b|if\b|as (?:needed|required|requested)\b|on (?:request|demand)\b|upon request\b|by exception\b|after[- ]hours\b|out of hours\b|during\b|outside\b|overflow\b|escalations?\b|in emergencies\b)/;

/** Cells that say the function is outside the contract for that party ("N/A", "Out of scope"): no role, and said. */
const OUT_OF_SCOPE_CELLS: ReadonlySet<string> = new Set([
  'n/a',
  'na',
  'not applicable',
  'out of scope',
  'not in scope',
  'excluded',
  'not included',
]);

/** Whether a cell says the function does not apply ("N/A", "Not applicable", "Out of scope"), rather than leaving it blank. */
export function saysNotApplicable(text: string): boolean {
  return notApplicable(fold(text));
}

const notApplicable = (folded: string) => OUT_OF_SCOPE_CELLS.has(folded.replace(/\.$/, ''));

function readRaci(text: string, footnoted = false): RaciValue {
  // Once: a cell of nothing but marks must not recurse for every three of them.
  // A footnote's mark after a role ("R*", "A¹") counts for nothing.
  if (!footnoted && withoutFootnoteMark(text) !== text.trim()) return readRaci(withoutFootnoteMark(text), true);
  if (isEmptyMarker(text)) return { roles: [], valid: true };
  const folded = fold(text);
  if (NO_ROLE_CELLS.has(folded) || notApplicable(folded)) return { roles: [], valid: true };
  if (SHARED_CELLS.has(folded)) return { roles: ['R', 'A'], valid: true, form: 'shared' };
  if (SUPPORTING_CELLS.has(folded)) return { roles: ['R'], valid: true, form: 'condition' };
  if (CONDITION.test(folded)) return { roles: ['R'], valid: true, form: 'condition' };
  // A note after the role ("A (Hands-on)", "R - enforces policy") explains it; the role is what counts.
  // Notes are cut by position, not by patterns with a leading \s*, which backtrack on long runs of spaces.
  let role = fold(text).replace(/\([^()]{0,200}\)/g, ' ');
  const dash = /[-–—:]\s/.exec(role);
  if (dash && dash.index > 0 && role[dash.index - 1] === ' ') role = role.slice(0, dash.index);
  role = role.replace(/\s+/g, ' ').trim();
  if (MARKS.has(role)) return { roles: ['R', 'A'], valid: true, form: 'mark' };
  if (role !== fold(text)) return role === '' ? { roles: [], valid: false } : readRaci(role);
  const found = new Set<RaciLetter>();
  for (const token of fold(text).split(/\s*[/,+&]\s*|\s+and\s+|\s+/)) {
    if (token === '') continue;
    // Own keys only: a cell reading "constructor" is no role word.
    const word = Object.hasOwn(WORDS, token) ? WORDS[token] : undefined;
    if (word) {
      found.add(word);
      continue;
    }
    if (!/^[raci]{1,4}$/.test(token)) return { roles: [], valid: false };
    for (const ch of token.toUpperCase()) {
      if (found.has(ch as RaciLetter)) return { roles: [], valid: false };
      found.add(ch as RaciLetter);
    }
  }
  return { roles: ORDER.filter((l) => found.has(l)), valid: found.size > 0 };
}

/** The role that weighs most in a cell (A, then R, C, I): what a view colours it by. */
export function strongestRole(roles: readonly RaciLetter[]): RaciLetter | undefined {
  return ORDER_BY_WEIGHT.find((l) => roles.includes(l));
}

const ORDER_BY_WEIGHT: readonly RaciLetter[] = ['A', 'R', 'C', 'I'];

export function formatRaci(roles: readonly RaciLetter[]): string {
  return roles.join('/');
}

/** The values a matrix cell offers, in the order a person picks them, with what each means. */
export const RACI_CHOICES: readonly { value: string; meaning: string }[] = [
  { value: 'R/A', meaning: 'Responsible and accountable: does the work and owns the outcome' },
  { value: 'R', meaning: 'Responsible: does the work' },
  { value: 'A', meaning: 'Accountable: owns the outcome (one party per function)' },
  { value: 'C', meaning: 'Consulted: gives input before the work is done' },
  { value: 'I', meaning: 'Informed: is told of progress and outcome' },
  { value: '-', meaning: 'No role' },
];

export const RACI_MEANING: Record<RaciLetter, string> = {
  R: 'Responsible: does the work',
  A: 'Accountable: owns the outcome and signs it off; exactly one party per function',
  C: 'Consulted: gives input before the work is done',
  I: 'Informed: is told of progress and outcome',
};

/** What a legend's meaning word makes a letter: RACI's roles in other words, a mark, or a supporting part. */
const LEGEND_MEANINGS: readonly [RegExp, RaciValue][] = [
  [/^(?:primary|lead|owner|owns|prime)$/, { roles: ['R', 'A'], valid: true }],
  [/^(?:responsible|performs?|does|executes?|delivers?|doer|do)$/, { roles: ['R'], valid: true }],
  [/^(?:accountable|approves?|approver|approval|signs? off)$/, { roles: ['A'], valid: true }],
  [/^(?:consulted|consult|advises?|reviews?|input)$/, { roles: ['C'], valid: true }],
  [/^(?:informed|inform|notified|notify)$/, { roles: ['I'], valid: true }],
  [/^(?:supports?|supporting|assists?|assisting|secondary|backup|helps?)$/, { roles: ['R'], valid: true, form: 'condition' }],
];
const ROLE_LEGEND_ENTRY = /(?:^|[\s,;(|])(?:\*\*|__)?([A-Z])(?:\*\*|__)?\s*(?:=|:|–|—|-|\|)\s*(?:\*\*|__)?([A-Za-z]+(?: off)?)/g;
const MAX_LEGEND_TEXT = 100_000;

/**
 * The role letters a legend in the SOW defines by their meaning ("P = Primary", "S = Secondary", "A – Assists"):
 * a matrix's letters mean what its legend says. Only letters read otherwise than RACI reads them are kept.
 */
export function roleLegend(text: string): Map<string, RaciValue> {
  const legend = new Map<string, RaciValue>();
  // A legend lists several letters in one block ("R = Responsible, P = Primary"); "Appendix A - Support" alone is a title.
  for (const block of text.slice(0, MAX_LEGEND_TEXT).split(/\n\s*\n/)) {
    if (!/[=:–—|-]/.test(block)) continue;
    const entries = [...block.matchAll(ROLE_LEGEND_ENTRY)].flatMap(([whole, letter, meaning]) => {
      const value = LEGEND_MEANINGS.find(([re]) => re.test(meaning.toLowerCase()))?.[1];
      const before = block.slice(0, block.indexOf(whole)).split(/\s+/).at(-1) ?? '';
      return value && !TITLED.test(before) ? [{ letter, value }] : [];
    });
    if (entries.length < 2) continue;
    for (const { letter, value } of entries) {
      if (legend.has(letter)) continue;
      const standard = parseRaci(letter);
      const same = standard.valid && standard.form === value.form && standard.roles.join() === value.roles.join();
      if (!same) legend.set(letter, value);
    }
  }
  return legend;
}

/** Words that make a letter a name ("Appendix A", "Option B"), not a legend's code. */
const TITLED = /^(?:appendix|schedule|exhibit|annex|attachment|option|plan|tier|site|section|part|phase|level|type|class|grade|package)$/i;

/** A cell's roles under a legend: its letter, or letters joined ("P/S"), as the legend defines them; else RACI's reading. */
export function parseRaciWith(legend: ReadonlyMap<string, RaciValue>, text: string): RaciValue {
  if (legend.size === 0) return parseRaci(text);
  const letters = withoutFootnoteMark(text).split(/\s*[/,+&]\s*/);
  if (!letters.some((l) => legend.has(l))) return parseRaci(text);
  const values = letters.map((l) => legend.get(l) ?? parseRaci(l));
  if (values.some((v) => !v.valid)) return parseRaci(text);
  const roles = ORDER.filter((r) => values.some((v) => v.roles.includes(r)));
  return { roles, valid: true, ...(values.length === 1 && values[0].form ? { form: values[0].form } : {}) };
}
