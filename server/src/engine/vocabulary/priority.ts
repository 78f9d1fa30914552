// Priority labels, in one place: the styles SOWs write them in, how a table's tiers are ranked, how prose
// names them, the top label a fix writes in a table's own style, and the patterns the grammar and the
// docs are generated from. Teaching Demarc a new style is one entry in STYLES and its test.
import { asciiGerman, fold, withoutClauseNumber } from './words';

/** How a priority was read: its tier (1 the most urgent) and whether the label states it or only ranks it. */
export interface PriorityReading {
  tier: number;
  /**
   * Stated by a number, numeral or letter ("Sev 2", "Severity Level II", "Sev B", "2 - High"): taken as
   * written. A word alone (High, Elevated) only ranks the tier within its table.
   */
  explicit: boolean;
}

/** A way of writing tiers: a label word, then the tier as a number, a number word, a Roman numeral or a letter. */
interface LabelStyle {
  name: string;
  /** Labels in this style, lowest tier first: the docs and the tests show these. */
  examples: readonly string[];
  /** The tier a token after a label word stands for, or undefined when it is not this style's. */
  tier(token: string): number | undefined;
  /** The token for a tier, written as `like` writes its tier ("II" → "I", "b" → "a"). */
  token(tier: number, like: string): string;
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v'];
const LETTERS = ['a', 'b', 'c', 'd', 'e'];

const sameCase = (token: string, like: string) => (like === like.toUpperCase() ? token.toUpperCase() : token);

/** The styles, checked in this order after a label word ("P", "Priority", "Severity Level", "Sev"). */
const STYLES: readonly LabelStyle[] = [
  {
    name: 'number',
    examples: ['P1', 'Priority 1', 'Pri 1', 'Sev 1', 'Severity 1', 'Severity Level 1', 'S1'],
    // P0 is read as written: some SLAs put a tier above P1.
    tier: (t) => (/^\d$/.test(t) ? Number(t) : undefined),
    token: (tier) => String(tier),
  },
  {
    name: 'number word',
    examples: ['Priority One', 'Severity Two'],
    tier: (t) => (Object.hasOwn(WORD_NUMBERS, t) ? WORD_NUMBERS[t] : undefined),
    token: (tier, like) => {
      const word = Object.keys(WORD_NUMBERS).find((w) => WORD_NUMBERS[w] === tier) ?? String(tier);
      return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
    },
  },
  {
    // Public SLAs number severity levels in Roman numerals ("Severity Level I", "Priority II").
    name: 'Roman numeral',
    examples: ['Severity Level I', 'Severity Level II', 'Priority III', 'Sev IV'],
    tier: (t) => (ROMAN.includes(t) ? ROMAN.indexOf(t) + 1 : undefined),
    token: (tier, like) => sameCase(ROMAN[tier - 1] ?? String(tier), like),
  },
  {
    // "Sev A / Sev B / Sev C", as some providers letter their severities.
    name: 'letter',
    examples: ['Sev A', 'Sev B', 'Severity C'],
    tier: (t) => (LETTERS.includes(t) ? LETTERS.indexOf(t) + 1 : undefined),
    token: (tier, like) => sameCase(LETTERS[tier - 1] ?? String(tier), like),
  },
];

// "Level 1" alone is a support tier, not a priority; "Severity Level 1" is read through its label word.
// German "Priorität 1", "Schweregrad 2" (as asciiGerman writes them).
const LABEL_WORDS = new Set(['p', 'priority', 'sev', 'severity', 's', 'pri', 'prio', 'prioritaet', 'schweregrad']);
/** Letters and Roman numerals are common words ("I", "a"): read only after these label words, never after "P" or "S". */
const SPELLED_LABEL_WORDS = new Set(['priority', 'sev', 'severity', 'pri', 'prio', 'prioritaet', 'schweregrad']);

/** Words that rank a tier within its table; Elevated sits between High and Normal (Critical, High, Elevated, Normal). */
const NAMED: Record<string, number> = {
  critical: 1,
  urgent: 1,
  emergency: 1,
  // The top tier named as its incidents: "Emergencies: 1 hour", "Response time for emergencies: 30 minutes".
  emergencies: 1,
  outage: 1,
  severe: 1,
  high: 2,
  major: 2,
  elevated: 2.5,
  medium: 3,
  moderate: 3,
  normal: 3,
  standard: 3,
  minor: 3,
  low: 4,
  routine: 4,
  lowest: 5,
  highest: 0.5,
  // German: Kritisch, Dringend, Notfall, Hoch, Mittel, Niedrig, Gering.
  kritisch: 1,
  dringend: 1,
  notfall: 1,
  hoch: 2,
  mittel: 3,
  niedrig: 4,
  gering: 4,
};
/** Words that move a tier word up or down: "Very urgent", "Less urgent", "Top priority", "Non-critical". */
const MORE_URGENT = new Set(['very', 'most', 'extremely', 'top', 'highest', 'sehr', 'hoechste']);
const LESS_URGENT = new Set(['less', 'least', 'not', 'non', 'lower', 'minimal', 'nicht', 'weniger']);

/**
 * A label word and the token after it ("Severity Level II" → severity, ii), with the style that reads it.
 * In prose (`cased` given) a letter or numeral counts only in capitals ("Sev B", not "the severity a ticket
 * gets"), and a bare "S1" is not read: prose says "P1" or "Severity 1".
 */
function labelled(
  tokens: readonly string[],
  i: number,
  cased?: readonly string[],
): { tier: number; style: LabelStyle; at: number } | undefined {
  if (!LABEL_WORDS.has(tokens[i]) || (cased && tokens[i] === 's')) return undefined;
  let j = i + 1;
  if (tokens[j] === 'level') j++;
  const token = tokens[j];
  if (token === undefined) return undefined;
  for (const style of STYLES) {
    const spelled = style.name !== 'number' && style.name !== 'number word';
    if (spelled && (!SPELLED_LABEL_WORDS.has(tokens[i]) || (cased && cased[j] !== cased[j]?.toUpperCase()))) continue;
    const tier = style.tier(token);
    if (tier !== undefined) return { tier, style, at: j };
  }
  return undefined;
}

const TOKEN = /[A-Za-z]+|\d+/g;
const tokensOf = (text: string) => asciiGerman(fold(text).slice(0, 80)).match(TOKEN) ?? [];
/** Tokens of prose, as written and folded: letters and numerals in labels are told from words by their capitals. */
function proseTokens(text: string): { tokens: string[]; cased: string[] } {
  const cased = text.slice(0, 4000).match(TOKEN) ?? [];
  return { tokens: cased.map((t) => t.toLowerCase()), cased };
}

/**
 * A priority label: P1 / Priority 1 / Priority One / Severity Level I / Sev A / S1 / 1-Critical / 1. Outage
 * (explicit), or Critical / Urgent / High / Low (ranked). An explicit tier wins over a word ("Standard (P3)"
 * is 3). A bare leading number is read too: this runs only on cells of a priority column and list labels.
 */
export function readPriority(text: string, options: { levels?: boolean } = {}): PriorityReading | undefined {
  const tokens = tokensOf(text);
  let named: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const label = labelled(tokens, i);
    if (label) return { tier: label.tier, explicit: true };
    // A number that starts the label ("1-Critical", "1. Outage"); not a price ("$1,499") or a figure ("1,500
    // users"), nor a numbered name ("1. Shared SaaS"): the words after the number must say urgency or an incident.
    if (i === 0 && /^\d$/.test(tokens[0] ?? '') && !/^\W*[$£€¥]|^\D*\d[,.]\d/.test(text) && numberedTier(tokens.slice(1)))
      return { tier: Number(tokens[0]), explicit: true };
    // "Level 2", "Tier 3": a support tier elsewhere, a priority in a column headed as one.
    if (options.levels && (tokens[i] === 'level' || tokens[i] === 'tier') && /^\d$/.test(tokens[i + 1] ?? ''))
      return { tier: Number(tokens[i + 1]), explicit: true };
    if (named === undefined && Object.hasOwn(NAMED, tokens[i])) {
      named = NAMED[tokens[i]];
      const before = tokens[i - 1] ?? '';
      if (MORE_URGENT.has(before)) named -= 0.5;
      else if (LESS_URGENT.has(before)) named += 1;
    } else if (named === undefined && tokens[i] === 'priority' && MORE_URGENT.has(tokens[i - 1] ?? '')) named = 0.5;
  }
  return named === undefined ? undefined : { tier: named, explicit: false };
}

/** The words after a leading number: none, or words of urgency or of something going wrong. */
function numberedTier(rest: readonly string[]): boolean {
  return rest.length === 0 || rest.some((t) => Object.hasOwn(NAMED, t) || SPELLED_LABEL_WORDS.has(t)) || describesIncident(rest.join(' '));
}

/** Service requests, changes and questions: rows of a service-level table that are not incident tiers. */
const REQUEST =
  /\b(?:service requests?|change requests?|changes?|requests? for (?:information|service|change)|questions?|enquir(?:y|ies)|inquir(?:y|ies)|how[- ]to|new (?:users?|starters?|hires?)|moves?,? adds?|installations?|purchas\w+|projects?)\b/;

/** Whether a label names a request or a change rather than an incident ("Service request", "Change", "Project"). */
export function isRequestLabel(text: string): boolean {
  const t = fold(text).slice(0, 80);
  return REQUEST.test(t) && !/\b(?:incidents?|outages?|faults?|failures?)\b/.test(t);
}

/** A label naming requests as a kind of ticket beside incidents ("Request", "Service request"): no incident tier. */
export function namesRequests(label: string): boolean {
  return isRequestLabel(label) || /^\W*requests?\W*$/i.test(label);
}

/** A label naming incidents as a kind of ticket ("Incident", "Faults", "Break/fix"): every incident, the P1's among them. */
export function namesIncidents(label: string): boolean {
  return (
    label.length <= 60 &&
    /^\W*(?:all\s+)?(?:incidents?|faults?|break[\s/-]*fix(?:\s+incidents?)?|problems?)\b(?!\s+(?:requests?|reports?|management))/i.test(
      label,
    )
  );
}

/**
 * Whether a clause speaks of lower tiers or of work that is no incident: "Support for non-critical issues",
 * "P3 and P4 tickets", "Low priority tickets", "Service requests", "Project work". Hours said of these are not
 * the P1's. "Standard support" is a plan of support, no tier: a tier word counts when a P-number or an
 * incident noun makes it one.
 */
export function speaksOfLesserWork(text: string): boolean {
  const t = text.slice(0, 600);
  if (/\bnon[- ]?(?:critical|urgent|emergency)\b/i.test(t) || REQUEST.test(fold(t))) return true;
  const label = labelIn(t);
  if (!label || label.reading.tier === 1) return false;
  if (label.reading.explicit) return true;
  const after = t.slice(t.indexOf(label.label) + label.label.length);
  return /^\s*(?:priority\s+|severity\s+)?(?:issues?|incidents?|tickets?|requests?|calls?|cases?|problems?|matters?)\b/i.test(after);
}

/**
 * A column header naming change types ("Change Type": Standard, Normal, Emergency): its rows classify
 * changes to be made, not incidents to answer, however urgent their labels sound. Takes folded text.
 */
function namesChangeTypes(header: string): boolean {
  return /^(?:change (?:types?|categor(?:y|ies)|class(?:es|ification)?)|types? of changes?|changes?)$/.test(header.trim());
}

/**
 * Whether a table's headers (folded) make it a change-management table: change types in its first column
 * ("Change Type": Standard, Normal, Emergency), or classes of change with the approval each needs and its lead
 * time ("| Category | Approval Required | Lead Time |"). Its rows are no tiers of incidents, however urgent.
 */
export function namesChangeManagement(headers: readonly string[]): boolean {
  return (
    namesChangeTypes(headers[0] ?? '') || (headers.some((h) => /\bapprov\w*/.test(h)) && headers.some((h) => /\blead ?times?\b/.test(h)))
  );
}

/** The tier of a priority label, or undefined (see readPriority). */
export function parsePriority(text: string): number | undefined {
  return readPriority(text)?.tier;
}

/**
 * Tiers as a table or list ranks them. Tiers stated explicitly (Sev 2, 3) are taken as written, so a table
 * without a 1 has no P1; on a scale from 0 (P0 to P3) P0 is the most urgent tier and P1 the second. Tiers
 * named only in words are ranked within it by their words and their order together, so it has exactly one
 * most urgent tier: "Emergency, Critical, Severe" are its first three tiers, and "Less urgent … Top priority"
 * runs the other way. With `byOrder` (a column headed as priorities whose labels are the provider's own),
 * unread labels are ranked by their order, the first the most urgent.
 */
export function rankTiers(
  readings: readonly (PriorityReading | undefined)[],
  byOrder = false,
  labels: readonly string[] = [],
): (number | undefined)[] {
  const read = readings.flatMap((r, i) => (r === undefined ? [] : [{ tier: r.tier, explicit: r.explicit, at: i }]));
  // A scale that starts at 0 (P0, Sev 0) has its most urgent tier there: counted from 1, as every other scale is.
  const fromZero = read.some((r) => r.explicit && r.tier === 0) ? 1 : 0;
  if (read.some((r) => r.explicit)) return readings.map((r) => (r === undefined ? undefined : r.explicit ? r.tier + fromZero : r.tier));
  if (read.length === 0) {
    if (!byOrder || readings.length < 2) return readings.map(() => undefined);
    return readings.map((_, i) => i + 1);
  }
  // Most tables list the most urgent first; words that climb towards the end say this one runs the other way.
  const ascending = read.length > 1 && read[read.length - 1].tier < read[0].tier;
  // In a column headed as priorities, a label of the provider's own over the most urgent one Demarc reads
  // ("Blocker" over "Critical", "Immediate" over "Urgent") is more urgent still, as the order says.
  if (byOrder && !ascending && read[0].at > 0 && read[0].at <= 2 && read[0].tier === Math.min(...read.map((r) => r.tier))) {
    const above = labels.slice(0, read[0].at);
    if (above.length === read[0].at && above.every(namesOwnTier))
      read.unshift(...above.map((_, i) => ({ tier: read[0].tier - (read[0].at - i) / 10, explicit: false, at: i })));
  }
  const order = [...read].sort((a, b) => a.tier - b.tier || (ascending ? b.at - a.at : a.at - b.at));
  const tiers: (number | undefined)[] = readings.map(() => undefined);
  // Each label its own tier, in that order; a label written again ("High" in two rows) is the same tier.
  const byLabel = new Map<string, number>();
  // A table whose most urgent label is a middling or low one ("Normal", "Low") has no top tier: its rows keep
  // their words' rank. "High" over "Medium" and "Low" is the table's P1.
  let tier = order[0].tier >= 3 ? order[0].tier - 1 : 0;
  for (const r of order) {
    const label = fold(labels[r.at] ?? `#${r.at}`);
    tiers[r.at] = byLabel.get(label) ?? byLabel.set(label, ++tier).get(label);
  }
  return tiers;
}

/** A label of a provider's own making: a word or two, no number, naming no requests or incidents in general ("All tickets"). */
function namesOwnTier(label: string): boolean {
  const words = label.trim().split(/\s+/);
  return (
    words.length <= 2 &&
    /^[\p{L}][\p{L}\s-]*$/u.test(label.trim()) &&
    !/\b(?:all|any|every|other|others|general|default|tickets?|requests?|incidents?|issues?|calls?|cases?)\b/i.test(label)
  );
}

/**
 * The tier-1 label in the style of a table's own labels: "Sev 2" → "Sev 1", "Severity Level II" → "Severity
 * Level I", "Sev B" → "Sev A", "2 - High" → "1", "Priority 3 (Low)" → "Priority 1"; P1 when no label states a tier.
 */
export function topLabel(labels: readonly string[]): string {
  for (const label of labels) {
    const words = [...label.matchAll(/[\p{L}]+|\d+/gu)];
    const tokens = words.map((m) => m[0].toLowerCase());
    for (let i = 0; i < tokens.length; i++) {
      const found = labelled(tokens, i);
      if (!found) continue;
      const written = words[found.at];
      const candidate = label.slice(0, written.index) + found.style.token(1, written[0]);
      // Written as the table writes its labels, and read back as the top tier, or the row would mend nothing.
      if (readPriority(candidate)?.tier === 1) return candidate;
      break;
    }
    if (/^\d$/.test(tokens[0] ?? '') && words[0].index === label.search(/\S/)) {
      const candidate = label.slice(0, words[0].index) + '1';
      if (readPriority(candidate)?.tier === 1) return candidate;
    }
  }
  return 'P1';
}

// A passage of prose that names a priority speaks for that priority only. Not readPriority's words: in prose
// "standard", "normal" and "minor" are ordinary words ("within 4 hours during normal business hours").
const PROSE_WORDS = ['critical', 'urgent', 'emergency', 'emergencies', 'high', 'medium', 'low'];
const TOP_PROSE_WORDS = ['critical', 'urgent', 'emergency', 'emergencies'];

/** Whether a sentence names a priority or speaks of priorities at all ("P2", "Severity Level II", "high", "priorities"). */
export function namesPriority(text: string): boolean {
  const { tokens, cased } = proseTokens(text);
  return tokens.some(
    (t, i) => PROSE_WORDS.includes(t) || /^priorit(?:y|ies)$|^severit(?:y|ies)$/.test(t) || labelled(tokens, i, cased) !== undefined,
  );
}

/** Nouns a tier word names in prose: "critical incidents", "high priority issues", "urgent tickets". */
const INCIDENT_NOUNS = new Set([
  'incident',
  'incidents',
  'issue',
  'issues',
  'ticket',
  'tickets',
  'call',
  'calls',
  'problem',
  'problems',
  'fault',
  'faults',
  'outage',
  'outages',
  'case',
  'cases',
  'priority',
  'severity',
  'request',
  'requests',
  'alert',
  'alerts',
]);
/** Words a label may open with before its tier word: "For critical issues", "Priority: High", "Severity - Urgent". */
const LEAD_WORDS = new Set(['for', 'all', 'any', 'priority', 'severity', 'level', 'a', 'an', 'the']);

/**
 * A heading that is a tier's label ("P1 - Critical", "Priority 1 (Critical)", "High", "P0 — Critical issues"):
 * its label and at most one other word beside the words tiers are written with. "Critical Infrastructure
 * Support Services" is a title.
 */
export function tierOfHeading(title: string): { label: string; reading: PriorityReading } | undefined {
  // The hours a tier's section holds for ("LEVEL 1 (OFF HOURS)", "Level 1 (Normal Business Hours)") are no words
  // of its label; beside them a level is a tier.
  const label = title.replace(HOURS_IN_BRACKETS, ' ');
  const reading = readPriority(label) ?? (label !== title ? readPriority(label, { levels: true }) : undefined);
  if (!reading || title.length > 80) return undefined;
  const others = label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (w) =>
        w !== '' &&
        !/^\d+$/.test(w) &&
        !INCIDENT_NOUNS.has(w) &&
        !LEAD_WORDS.has(w) &&
        !['tier', 'support', 'response'].includes(w) &&
        readPriority(w) === undefined &&
        !/^[ps]\d$/.test(w),
    );
  return others.length <= 1 ? { label: title.replace(/^[\d.\s]+/, '').trim(), reading } : undefined;
}

/** The hours a heading names in brackets: "LEVEL 1 (OFF HOURS)", "Level 1 (Normal Business Hours)". */
const HOURS_IN_BRACKETS = /\(([^()]*\bhours\b[^()]*)\)/i;

/** What a tier's heading says, in brackets, of the hours its section holds for ("OFF HOURS"), if it says any. */
export function hoursOfTierHeading(title: string): string | undefined {
  return HOURS_IN_BRACKETS.exec(title)?.[1];
}

/**
 * A heading that is a tier's label and nothing else ("## Medium Priority", "### 2. P1 - Critical"), as against
 * one a tier word only titles ("Critical Support", "Standard Agreement", "Emergency Hotline").
 */
export function isTierLabel(title: string): boolean {
  const label = withoutClauseNumber(title);
  if (label.length > 40 || readPriority(label) === undefined) return false;
  return label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .every((w) => w === '' || /^(?:\d+|p\d|priority|severity|sev|level)$/.test(w) || readPriority(w) !== undefined);
}

/**
 * The tier a unit of text (a list item, a paragraph, a line) is about, wherever its label stands: a stated
 * label anywhere ("Incidents classified as Priority 1", "… for Sev A"), or a tier word where a label goes
 * (opening the unit, "Critical:", or naming incidents: "critical incidents", "for high priority issues",
 * "issues of critical severity"). A word in passing ("a high level of service") is no label.
 */
export function labelIn(text: string): { label: string; reading: PriorityReading } | undefined {
  const slice = text.slice(0, 600);
  const spans = [...slice.matchAll(TOKEN)];
  const cased = spans.map((m) => m[0]);
  const tokens = cased.map((t) => t.toLowerCase());
  // The label as written, from its first word to its last: "P2", "Sev A", "Very urgent".
  const written = (from: number, to: number) => slice.slice(spans[from].index, spans[to].index + spans[to][0].length);
  for (let i = 0; i < tokens.length; i++) {
    const found = labelled(tokens, i, cased);
    if (found) return { label: written(i, found.at), reading: { tier: found.tier, explicit: true } };
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!Object.hasOwn(NAMED, tokens[i])) continue;
    const opening = tokens.slice(0, i).every((t) => LEAD_WORDS.has(t) || MORE_URGENT.has(t) || LESS_URGENT.has(t)) && i <= 3;
    // "Emergency Response Time", "critical response": the response a tier is given names the tier.
    const naming =
      INCIDENT_NOUNS.has(tokens[i + 1] ?? '') ||
      (INCIDENT_NOUNS.has(tokens[i + 2] ?? '') && tokens[i + 1] === 'priority') ||
      (tokens[i + 1] === 'response' && NAMED[tokens[i]] === 1);
    const ofSeverity = tokens[i + 1] === 'severity' || tokens[i + 1] === 'priority';
    const from = MORE_URGENT.has(tokens[i - 1] ?? '') || LESS_URGENT.has(tokens[i - 1] ?? '') ? i - 1 : i;
    // The label written last, set off by a dash, colon or bracket: "Response within 1 hour — Critical".
    // So is a class it is given last: "0-2 hours for issues classified as High", "Within 48 hours for Medium".
    const closing =
      i === tokens.length - 1 &&
      (/[—–:(|]\s*$|\s-\s*$/.test(slice.slice(0, spans[from].index)) || CLASSED_AS.test(slice.slice(0, spans[from].index))) &&
      /^\s*\)?\s*\.?\s*$/.test(slice.slice(spans[i].index + spans[i][0].length));
    // The label a response is given for, set off by a colon: "Response time for critical: 4 hours".
    const givenFor = tokens[from - 1] === 'for' && /^\s*:/.test(slice.slice(spans[i].index + spans[i][0].length));
    // What is answered, as the object of the answer: "We respond to emergencies within 1 hour", "respond in 1 hour
    // of an emergency", "within 30 minutes for emergencies".
    const article = tokens[from - 1] === 'a' || tokens[from - 1] === 'an' ? 1 : 0;
    const answered =
      (tokens[from - 1] === 'to' && RESPOND_VERBS.has(tokens[from - 2] ?? '')) ||
      ((tokens[from - 1 - article] === 'for' || (tokens[from - 1 - article] === 'of' && article === 1)) &&
        TIME_UNITS.test(tokens[from - 2 - article] ?? '') &&
        tokens.slice(Math.max(0, from - 12), from).some((t) => RESPOND_VERBS.has(t)));
    if (!opening && !naming && !ofSeverity && !closing && !givenFor && !answered) continue;
    const reading = readPriority(written(from, i));
    if (reading) return { label: written(from, i), reading };
  }
  return undefined;
}

const RESPOND_VERBS = new Set(['respond', 'responds', 'responded', 'reply', 'replies', 'answer', 'answers', 'attend', 'attends']);
const TIME_UNITS = /^(?:minutes?|mins?|hours?|hrs?|days?)$/;
const CLASSED_AS = /\b(?:(?:classified|categori[sz]ed|rated|marked|graded|flagged|designated|prioriti[sz]ed|logged) as|for)\s*$/i;

/** Whether a clause names the most urgent tier: "critical", "P1", "Severity Level I", "emergencies", "urgent". */
export function namesTopTier(text: string): boolean {
  const { tokens, cased } = proseTokens(text);
  return tokens.some((t, i) => TOP_PROSE_WORDS.includes(t) || labelled(tokens, i, cased)?.tier === 1);
}

// "Service is unavailable", "System down", "Complete outage": only the most urgent tier reads so; a
// partial or intermittent loss does not.
const OUTAGE =
  /^(?!.*\b(?:partial|intermittent|degraded|some)\b).*\b(?:(?:services?|systems?|site|platform|application|network|production|environment|servers?|business|operations)\s(?:is\s|are\s)?(?:unavailable|down|offline|not available|inaccessible)|(?:complete|total|full) (?:loss of service|outage)|outage)\b/;
/** The same in German: "Service ist nicht verfügbar", "Totalausfall"; not a partial or an occasional loss. */
const OUTAGE_DE =
  /^(?!.*(?:teilweise|zeitweise|sporadisch|teilausfall)).*(?:(?:service|dienst|system|plattform|anwendung|netzwerk|server|betrieb)\w* (?:ist |sind )?(?:nicht verf(?:ü|ue)gbar|nicht erreichbar|ausgefallen)|totalausfall|komplettausfall|vollst(?:ä|ae)ndiger ausfall)/;

/** Whether an impact cell ("Service is unavailable") describes a full outage: a P1 by what it says. */
export function readsAsOutage(text: string): boolean {
  const t = fold(text).slice(0, 120);
  return OUTAGE.test(t) || OUTAGE_DE.test(t);
}

/** Whether a sentence speaks of a full outage: as an impact cell does, or as a problem "which affects the whole system". */
export function describesOutage(text: string): boolean {
  return readsAsOutage(text) || WHOLE_ESTATE.test(fold(text).slice(0, 200));
}

const WHOLE_ESTATE =
  /\b(?:affect(?:s|ing)?|impact(?:s|ing)?|stop(?:s|ping)?|halt(?:s|ing)?) (?:the )?(?:whole|entire) (?:system|site|school|organi[sz]ation|company|business|network|service|office)\b|\b(?:all|every) users? (?:are |is )?(?:unable|cannot|can't)\b/;

// What goes wrong, as an example of a tier names it: "Security incident or suspected breach", "Critical
// backup failure", "Failure of a system that creates a major vulnerability", "Users unable to log in". An
// incident team, manager or process handles incidents: "our out-of-hours incident team" is work done.
const INCIDENT =
  /\b(?:failures?|fail(?:s|ed|ing)?|outages?|breach(?:es)?|attacks?|incidents?(?! (?:team|management|manager|process|handling|response team|desk)s?\b)|compromised?|ransomware|infections?|unavailable|inaccessible|down|offline|unable|cannot|can't|degrad(?:ed|ation)|disruptions?|crash(?:es|ed)?|data loss|loss of)\b/;

/** Whether an item describes something going wrong (an example of what a tier covers), not work done. */
export function describesIncident(text: string): boolean {
  return INCIDENT.test(fold(text).slice(0, 200));
}

/** The labels a priority cell offers. */
export const PRIORITY_CHOICES: readonly string[] = ['P1', 'P2', 'P3', 'P4'];

/** Labels of each style, for the dialect reference: what Demarc reads, by style. */
export const PRIORITY_STYLES: readonly { name: string; examples: readonly string[] }[] = [
  ...STYLES.map(({ name, examples }) => ({ name, examples })),
  { name: 'leading number', examples: ['1-Critical', '1. Outage', '2 - High'] },
  { name: 'word (ranked within its table)', examples: Object.keys(NAMED).map((w) => w[0].toUpperCase() + w.slice(1)) },
];

/**
 * TextMate patterns for the grammar (generated into syntaxes/sow.tmLanguage.json): the top tier, and the
 * others, in every style above. Oniguruma syntax, matched caselessly.
 */
export function grammarPatterns(): { top: string; other: string } {
  const labels = 'P|Pri|Prio|Priority|Sev|Severity|S';
  const spelledLabels = 'Pri|Prio|Priority|Sev|Severity';
  const level = '(?:\\s?Level)?';
  const sep = '\\s?';
  const numberWords = Object.keys(WORD_NUMBERS);
  const tiers = (n: number[]) => ({
    numbers: n.map(String).join('|'),
    words: numberWords.filter((w) => n.includes(WORD_NUMBERS[w])).join('|'),
    roman: ROMAN.filter((_, i) => n.includes(i + 1)).join('|'),
    letters: LETTERS.filter((_, i) => n.includes(i + 1)).join('|'),
  });
  const pattern = (n: number[], words: string[]) => {
    const t = tiers(n);
    return (
      `(?i)\\b(?:(?:${labels})${level}${sep}(?:${t.numbers}|${t.words})` +
      `|(?:${spelledLabels})${level}\\s(?:${t.roman}|${t.letters})` +
      `|${words.join('|')})\\b`
    );
  };
  return {
    top: pattern([1], ['Critical', 'Urgent', 'Emergency']),
    other: pattern([2, 3, 4, 5], ['High', 'Medium', 'Low', 'Elevated', 'Normal']),
  };
}
