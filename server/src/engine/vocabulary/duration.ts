import { rememberedByText } from '../rememberedByText';
import type { Duration } from '../model/types';
import { asciiGerman, splitSentences } from './words';

/**
 * A whole value that is one duration: what an option such as `maxP1Response` accepts. The JSON schema
 * and the VS Code setting use this same source (made caseless), so they accept exactly what the engine does.
 */
export const DURATION_OPTION_PATTERN =
  '^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:business\\s+|working\\s+)?(?:minutes?|mins?|m|hours?|hrs?|hr|h|days?|d)|next\\s+business\\s+day|nbd)\\s*$';

/** German units that are business days by themselves ("1 Werktag", "zwei Arbeitstage"), as asciiGerman writes them. */
const BUSINESS_DAYS: ReadonlySet<string> = new Set(['werk', 'arbeits', 'geschaefts'].flatMap((w) => [`${w}tag`, `${w}tage`, `${w}tagen`]));

const UNIT_MINUTES: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  // German, as asciiGerman writes it.
  minuten: 1,
  stunde: 60,
  stunden: 60,
  std: 60,
  tag: 1440,
  tage: 1440,
  tagen: 1440,
  ...Object.fromEntries([...BUSINESS_DAYS].map((u) => [u, 1440])),
};

/** Whether a text says the clock runs around the clock (24x7), or that it counts business time only. */
export function saysClockTime(text: string): boolean {
  return CLOCK_CONTEXT.test(text.toLowerCase());
}

export function saysBusinessTime(text: string): boolean {
  const t = asciiGerman(text.toLowerCase());
  return (
    !CLOCK_CONTEXT.test(t) &&
    (BUSINESS_CONTEXT.test(t) ||
      WEEKDAYS.test(t) ||
      (/\b(?:week|work)days?\b/.test(t) && !ALL_WEEK.test(t)) ||
      /(?<![\d.])\d{1,2}(?:\.\d{1,2})?\s{0,3}[x×/]\s{0,3}5\b/.test(t) ||
      statesWorkingDay(t))
  );
}

/** One clock time of a daily window: "9am", "5:30 p.m.", "08:00", "17.00". */
const CLOCK = '(\\d{1,2})(?:[:.](\\d{2}))?\\s{0,2}(a\\.?m\\.?|p\\.?m\\.?)?';
const WINDOW = new RegExp(`(?<![\\d:.])${CLOCK}\\s{0,3}(?:-|–|—|to|until|till|through|thru)\\s{0,3}${CLOCK}(?![\\d:])`, 'g');

/**
 * Whether a text states a working day as a window of the clock ("9am to 5pm", "08:00–18:00"): it opens in the
 * morning and closes in the afternoon or evening, so a P1 raised outside it waits. Each end needs am/pm or
 * minutes, so "1-2 hours" is no window; a night window ("01:00–05:00", maintenance) is none either.
 */
function statesWorkingDay(t: string): boolean {
  if (!/\d(?:\s{0,2}[ap]\.?m\.?)?\s{0,3}(?:-|–|—|to|until|till|through|thru)\s{0,3}\d/.test(t)) return false;
  const hour = (h: string, min: string | undefined, half: string | undefined) =>
    (half ? (Number(h) % 12) + (half.startsWith('p') ? 12 : 0) : Number(h)) + Number(min ?? 0) / 60;
  for (const [, h1, m1, p1, h2, m2, p2] of t.slice(0, 2000).matchAll(WINDOW)) {
    if (!(p1 || m1) || !(p2 || m2)) continue;
    const from = hour(h1, m1, p1);
    let to = hour(h2, m2, p2);
    // "8:00 - 5:00": an end before the start, written without am/pm, is in the afternoon.
    if (to <= from && !p2) to += 12;
    if (from >= 5 && from <= 11 && to >= 13 && to <= 22) return true;
  }
  return false;
}

/** Monday to Friday: "Mon-Fri", "Mon.–Fri.", "M-F", "Monday through Friday", German "Mo–Fr" and "Montag bis Freitag". */
const WEEKDAYS =
  /\bm\s?-\s?f\b|\bmon(?:day)?\.?\s{0,3}(?:-|–|—|to|through|thru|till|until)\s{0,3}fri(?:day)?\b|\bmo(?:ntag)?\.?\s{0,3}(?:-|–|bis)\s{0,3}fr(?:eitag)?\b/;
/** "Weekdays and weekends", "seven days a week": weekdays among all the days are no business hours. */
const ALL_WEEK = /\bweekends?\b|\b(?:7|seven) days\b|\bevery day\b|\bdaily\b/;

/** Attendance on site rather than the first answer: "On-site", "arrival", "dispatch" (a header or a statement). */
export const ATTENDANCE = /\b(?:on-?site|arrival|attendance|dispatch)\b/i;

/** A time promised only as an effort ("Best effort response within 24 hours"): no commitment to hold anyone to. */
export function saysBestEffort(text: string): boolean {
  return EFFORT.test(text);
}

/**
 * The words of a label that names the response time and nothing else ("Response Time", "Initial response",
 * "Guaranteed response", "Maximum response time", "Time to first response", "First response SLA", German
 * "Reaktionszeit"): a table row's first cell, or a label before its value.
 */
export const RESPONSE_TIME_LABEL =
  '(?:(?:(?:guaranteed|initial|first|target|typical|average|maximum|max\\.?) )?(?:response|reaction)(?: times?| slas?| targets?)?|time to (?:first |initial )?respon(?:d|se)|(?:(?:garantierte|erste|maximale|max\\.?) )?reaktionszeit(?:en)?)';

/**
 * A time that is no measure: "as soon as possible", "immediately", "promptly", "in a timely manner", or only an
 * effort. A response promised this way is promised, but nobody can hold the provider to it.
 */
export function saysUnmeasuredTime(text: string): boolean {
  return UNMEASURED.test(text) || EFFORT.test(text);
}

const UNMEASURED =
  /\bas (?:soon|quickly|promptly|fast) as (?:possible|practicable|feasible|reasonably (?:possible|practicable))\b|\basap\b|\bimmediate(?:ly)?\b|\bpromptly\b|\bin a timely (?:manner|fashion)\b|\bwithout (?:undue )?delay\b|\bat the earliest (?:opportunity|possible)\b|unverz(?:ü|ue)glich|umgehend|\bsofort|schnellstm(?:ö|oe)glich|so schnell wie m(?:ö|oe)glich/i;

/** Hours outside the working day: a promise scoped to them says nothing of the working day's response. */
export function saysOutOfHours(text: string): boolean {
  return OUT_OF_HOURS.test(text);
}

const OUT_OF_HOURS =
  /\bafter[- ]hours\b|\bout of (?:office|business|working|normal|core|coverage) hours\b|\boutside (?:of )?(?:the |our |these |normal |regular )?(?:office |business |working |normal |core |coverage |support |these )?hours\b|\bon (?:public |bank )?holidays\b|\b(?:at |on |over )?weekends?\b|\bovernight\b/i;

// German: "bemüht sich", "nach bestem Bemühen", "bestmöglich", "nach Möglichkeit".
const EFFORT =
  /\bbest[- ]efforts?\b|\breasonable efforts?\b|\bevery (?:reasonable )?effort\b|\bendeavou?rs? to\b|\bstrives? to\b|\bwill (?:try|attempt) to\b|bem(?:ü|ue)h|bestm(?:ö|oe)glich|nach m(?:ö|oe)glichkeit/i;
const ABOUT_SERVICE_LEVELS =
  /\b(?:respon(?:d(?:s|ed|ing)?|ses?)|service levels?|slas?|targets?|timeframes?|times? (?:specified|stated|above|below))\b/i;

/**
 * An effort whose object is a response or a service level: the words stand close to the effort ("every
 * effort to meet the service levels", "reasonable efforts to respond", "targets we will use reasonable
 * endeavours to meet"). "Reasonable endeavours to procure that its employees observe this clause, provided
 * that nothing prevents offers of employment in response to unsolicited enquiries" is about something else.
 */
function effortOnServiceLevels(sentence: string): boolean {
  const effort = EFFORT.exec(sentence);
  if (!effort) return false;
  const near = sentence.slice(Math.max(0, effort.index - NEAR), effort.index + effort[0].length + NEAR);
  return ABOUT_SERVICE_LEVELS.test(near);
}

/** How close, in characters, the words of a service level stand to the effort that qualifies them. */
const NEAR = 80;

/**
 * A clause that makes every service level an effort ("IT will make every effort to meet the service levels
 * specified", "will make reasonable efforts to respond within the period specified in our SLA"): it states no
 * time of its own, so it qualifies the times stated elsewhere.
 */
export const effortOnlyClause = rememberedByText((text: string): string | undefined =>
  splitSentences(text.slice(0, 4000)).find(
    (s) => effortOnServiceLevels(s) && parseDuration(s) === undefined && !saysAfterHours(s) && !OFF_DAYS.test(s),
  ),
);

/**
 * Outside the working day: "after hours", "out of hours", "outside (of) the normal business hours", "evenings
 * and weekends", "when the service center or library is closed". An effort then ("Support outside of standard business hours will be on a best-effort
 * response") leaves the in-hours times promised; that they hold only in business hours is another finding.
 */
const AFTER_HOURS =
  /\bafter[- ]hours\b|\bout[- ]of[- ]hours\b|\boutside (?:of )?(?:(?:these|those|the|our|regular|normal|standard) ){0,2}(?:(?:business|office|working|support) )?hours\b|\b(?:evenings?|nights?) and weekends\b|\b(?:when|while) (?:the )?(?:[\w-]+ ){1,6}(?:is|are) closed\b/i;
/** No service after hours: "Out of hours calls are not an on demand service we offer", "after-hours support is not included". */
export function saysNoAfterHours(text: string): boolean {
  const after = AFTER_HOURS.exec(text);
  return after !== null && NOT_OFFERED.test(text.slice(after.index, after.index + after[0].length + 60));
}

/** Cover sold apart, no promise of the contract: "available as an optional add-on", "24/7 Support Option", "at additional cost". */
export function saysOptional(text: string): boolean {
  return OPTIONAL.test(text);
}

const OPTIONAL = /\boptions?\b|\boptional\b|\badd-?ons?\b|\bat (?:an )?(?:additional|extra) (?:cost|charge|fee)\b/i;

const NOT_OFFERED =
  /\b(?:(?:is|are) not (?:included|provided|offered|covered|available|supported|part)|(?:is|are) not an?\b|isn['’]t|aren['’]t|not (?:included|provided|offered|covered|available)|excluded)\b/i;
/** Days and times off on their own ("Weekend support is best effort"). */
const OFF_DAYS = /\b(?:evenings?|weekends?|(?:public |bank )?holidays)\b/i;

export function saysAfterHours(text: string): boolean {
  return AFTER_HOURS.test(text);
}

/** Numbers legal drafting spells out ("four (4) hours"): the parenthesised numeral wins when both are there. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fortyfive: 45,
  sixty: 60,
  ninety: 90,
  a: 1,
  an: 1,
  // German, as asciiGerman writes it; "ein" and its forms, like "a", only before a unit.
  zwei: 2,
  drei: 3,
  vier: 4,
  fuenf: 5,
  sechs: 6,
  acht: 8,
  zehn: 10,
  zwoelf: 12,
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  einer: 1,
};
/** Number words that are articles too: a quantity only before a unit ("an hour", "einer Stunde"). */
const ARTICLES = new Set(['a', 'an', 'ein', 'eine', 'einem', 'einen', 'einer']);
const BUSINESS_WORDS = new Set(['business', 'bus', 'working', 'work']);
const HOURS_QUALIFIERS = new Set(['normal', 'standard', 'regular', 'ordinary', 'local']);
const RANGE_WORDS = new Set(['-', '–', '—', 'to']);
const CLOCK_CONTEXT = /24\s{0,3}[x×/]\s{0,3}7|24\s{0,3}hours? a day|around the clock|round the clock|rund um die uhr/;
// German as asciiGerman writes it: "Geschäftszeiten", "Bürozeiten", "Werktage" (words joined, so no \b).
const BUSINESS_CONTEXT =
  /\bbusiness hours?\b|\bbus\.? ?hrs?\b|\b(?:working|office) (?:hours?|days?)\b|\bcore hours\b|\bduring (?:normal |regular )?business\b|\bduty hours\b|\bbusiness days?\b|geschaeftszeit|buerozeit|arbeitszeit|werktag|arbeitstag|geschaeftstag/;

// Cells are scanned once, token by token, so no input makes the reading super-linear.
const TOKEN = /\d+(?:\.\d+)?|[a-z]+|[^\sa-z\d]/g;
const MAX_NUMBER_DIGITS = 9;
/** A unit token of UNIT_MINUTES standing alone (as TOKEN cuts it: "8h" is 8 and h). */
const HAS_UNIT = new RegExp(`(?<![a-z])(?:${Object.keys(UNIT_MINUTES).join('|')})(?![a-z])`);

/**
 * The unit a table's bare numbers are counted in: as its column header names it ("Response (hours)", "Respond
 * within (mins)", "Response time in minutes", "Response Hours"), or, with `passage`, as the text before the
 * table does ("how many business hours each phase takes", "times below are in hours").
 */
export function unitNamedIn(text: string, passage = false): string | undefined {
  const t = text.toLowerCase();
  const unit = (passage ? UNIT_IN_PASSAGE : UNIT_IN_HEADER).exec(t);
  if (!unit) return undefined;
  // Each alternative captures (business|working)? and the unit: the pair that matched.
  const at = unit.findIndex((g, i) => i > 0 && i % 2 === 0 && g !== undefined);
  const [business, named] = [unit[at - 1], unit[at]];
  const word = /^min/.test(named) ? 'minutes' : /^(?:hrs?|hours?)$/.test(named) ? 'hours' : 'days';
  return business ? `${business} ${word}` : word;
}

const UNIT_WORDS = '(?:(business|working) )?(hours?|hrs?|minutes?|mins?|days?)';
const UNIT_IN_HEADER = new RegExp(`\\((?:in )?${UNIT_WORDS}\\)|\\bin ${UNIT_WORDS}\\b|\\b${UNIT_WORDS}\\s*$`);
const UNIT_IN_PASSAGE = new RegExp(
  `\\((?:in )?${UNIT_WORDS}\\)|\\b(?:how many|number of) ${UNIT_WORDS}\\b|\\b(?:times?|figures|values|targets)\\b[a-z ]{0,20}\\bin ${UNIT_WORDS}\\b`,
);

/** A cell holding only a number ("0.25", "4"): a time in the unit its column or table names. */
export function isBareNumber(text: string): boolean {
  return /^\s*\d{1,4}(?:\.\d{1,2})?\s*$/.test(text);
}

/** A cell holding a bare number ("0.25", "4"), read in the unit its column or table names. */
export function parseDurationIn(text: string, unit: string | undefined): Duration | undefined {
  const d = parseDuration(text);
  if (d || !unit || !isBareNumber(text)) return d;
  const read = parseDuration(`${text.trim()} ${unit}`);
  return read && { ...read, text: `${text.trim()} ${unit}` };
}

/**
 * A measurable duration, or undefined for ASAP, promptly, best effort, TBD, empty or free text. Reads
 * "4 hours", "four (4) hours", "1-2 hours" (the upper bound), "half an hour", "1/2 hour", "1½ hours", "1/4 hours"
 * (a pair, respond and resolve: the first), "within the hour",
 * "24 Bus. Hrs", "next business day" and "same business day"; business time from a qualifier before the
 * unit or business-hours words in the cell, unless the cell says 24x7.
 */
export function parseDuration(text: string): Duration | undefined {
  const t = asciiGerman(text.toLowerCase());
  const trimmed = text.trim();
  const clock = CLOCK_CONTEXT.test(t);
  if (/\b(?:next|same)\s+(?:business|working)\s+day\b|\bnbd\b|\bend of (?:the )?(?:business|working) day\b/.test(t))
    return { text: trimmed, minutes: 1440, business: true };
  // "Same day", "by end of day": within the day it was raised.
  if (/\bsame[- ]day\b|\bend of (?:the )?day\b/.test(t)) return { text: trimmed, minutes: 1440, business: false, unit: 'days' };
  // No unit word, no duration: a long cell without one is not split into tokens to find out.
  if (!HAS_UNIT.test(t)) return undefined;
  const matches = [...t.matchAll(TOKEN)];
  const tokens = matches.map((m) => m[0]);
  // Two tokens written with nothing between them ("8:30"), not "P1: 1 hour".
  const joined = (a: number, b: number) =>
    matches[a] !== undefined && matches[b] !== undefined && matches[a].index + matches[a][0].length === matches[b].index;
  // "1/2 hour", "½ day": a fraction of one unit. "1/4 hours" is a pair (respond in 1, resolve in 4): its first time.
  const fractionAt = (i: number): { value: number; next: number } | undefined => {
    const glyph = FRACTION_GLYPHS[tokens[i]];
    if (glyph !== undefined)
      return { value: (/^\d$/.test(tokens[i - 1] ?? '') && joined(i - 1, i) ? Number(tokens[i - 1]) : 0) + glyph, next: i + 1 };
    if (
      !/^\d+$/.test(tokens[i]) ||
      tokens[i + 1] !== '/' ||
      !/^\d+$/.test(tokens[i + 2] ?? '') ||
      !joined(i, i + 1) ||
      !joined(i + 1, i + 2)
    )
      return undefined;
    const [a, b] = [Number(tokens[i]), Number(tokens[i + 2])];
    const unit = tokens[i + 3] ?? '';
    return a < b && b <= 4 && !unit.endsWith('s') ? { value: a / b, next: i + 3 } : { value: a, next: i + 3 };
  };
  for (let i = 0; i < tokens.length; i++) {
    const read = fractionAt(i) ?? quantityAt(tokens, i);
    if (!read) continue;
    let j = read.next;
    let business = false;
    // "two business hours", and "two Normal Business Hours" (a qualifier before the business word).
    while (
      j < tokens.length &&
      (BUSINESS_WORDS.has(tokens[j]) || tokens[j] === '.' || (HOURS_QUALIFIERS.has(tokens[j]) && BUSINESS_WORDS.has(tokens[j + 1] ?? '')))
    ) {
      if (BUSINESS_WORDS.has(tokens[j])) business = true;
      j++;
    }
    // "a 15-minute response": the hyphen joins the number to its unit.
    if (tokens[j] === '-' && joined(j - 1, j) && joined(j, j + 1) && UNIT_MINUTES[tokens[j + 1]] !== undefined) j++;
    const unit = UNIT_MINUTES[tokens[j]];
    if (unit === undefined) continue;
    if (BUSINESS_DAYS.has(tokens[j])) business = true;
    // "1-2 minutes" is read once, at its upper bound; "8:30" is a clock time, not 8 hours.
    const digit = (t: string | undefined) => t !== undefined && /^\d/.test(t);
    if (
      (tokens[i - 1] === ':' && digit(tokens[i - 2]) && joined(i - 2, i - 1) && joined(i - 1, i)) ||
      (tokens[read.next] === ':' && digit(tokens[read.next + 1]) && joined(read.next - 1, read.next) && joined(read.next, read.next + 1))
    )
      continue;
    const minutes = read.value * unit;
    if (!Number.isFinite(minutes)) return undefined;
    const written = unit === 1 ? 'minutes' : unit === 60 ? 'hours' : 'days';
    return { text: trimmed, minutes, business: business || (!clock && BUSINESS_CONTEXT.test(t)), unit: written };
  }
  if (/\bwithin the hour\b/.test(t)) return { text: trimmed, minutes: 60, business: !clock && BUSINESS_CONTEXT.test(t) };
  return undefined;
}

const FRACTION_GLYPHS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** A quantity starting at token i: a numeral, a number word (with its numeral in brackets), a range, or "half an". */
function quantityAt(tokens: string[], i: number): { value: number; next: number } | undefined {
  let value: number | undefined;
  let next = i + 1;
  const token = tokens[i];
  if (/^\d/.test(token)) {
    if (token.replace('.', '').length > MAX_NUMBER_DIGITS) return undefined;
    value = Number(token);
  } else if (token === 'half' && (tokens[i + 1] === 'an' || tokens[i + 1] === 'a')) {
    return { value: 0.5, next: i + 2 };
  } else if (Object.hasOwn(NUMBER_WORDS, token)) {
    value = NUMBER_WORDS[token];
    if (ARTICLES.has(token) && UNIT_MINUTES[tokens[i + 1]] === undefined && !BUSINESS_WORDS.has(tokens[i + 1])) return undefined;
  }
  if (value === undefined) return undefined;
  if (tokens[next] === '(' && /^\d/.test(tokens[next + 1] ?? '') && tokens[next + 2] === ')') {
    value = Number(tokens[next + 1]);
    next += 3;
  }
  if (RANGE_WORDS.has(tokens[next]) && /^\d/.test(tokens[next + 1] ?? '') && tokens[next + 1].length <= MAX_NUMBER_DIGITS) {
    value = Math.max(value, Number(tokens[next + 1]));
    next += 2;
  }
  return { value, next };
}

export function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Minutes as a bare number in a unit, when they make a whole one (60 minutes is "1" hour, not "0.04" days). */
export function formatInUnit(minutes: number, unit: Duration['unit']): string | undefined {
  const per = unit === 'minutes' ? 1 : unit === 'hours' ? 60 : 1440;
  return minutes % per === 0 ? String(minutes / per) : undefined;
}

/** Why the kind of time matters to a reader: what hover shows beside the duration. */
export function explainDuration(d: Duration): string {
  return d.business ? 'The clock stops outside business hours, so nights and weekends do not count.' : 'Clock time, around the clock.';
}

export function describeDuration(d: Duration): string {
  const hours = d.minutes / 60;
  const amount = d.unit === 'hours' && Number.isInteger(hours) ? `${hours} hour${hours === 1 ? '' : 's'}` : formatMinutes(d.minutes);
  return d.business ? `${amount} of business time` : amount;
}

/** The durations a response or resolution cell offers. */
export const DURATION_CHOICES: readonly string[] = [
  '15 minutes',
  '30 minutes',
  '1 hour',
  '2 hours',
  '4 hours',
  '8 hours',
  '1 business day',
  'next business day',
];
