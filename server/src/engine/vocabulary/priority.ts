import { fold } from './words';

const NAMED: Record<string, number> = {
  critical: 1,
  urgent: 1,
  emergency: 1,
  outage: 1,
  severe: 1,
  // Elevated sits between High and Normal (Critical, High, Elevated, Normal).
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
};
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
// "Level 1" alone is a support tier, not a priority; "Severity Level 1" is read through its label.
const LABELS = new Set(['p', 'priority', 'sev', 'severity', 's', 'pri', 'prio']);

/**
 * 1 for P1 / Priority 1 / Priority One / Severity Level 1 / Sev 1 / S1 / 1-Critical / 1. Outage /
 * Critical / Urgent / Emergency, and so on down. An explicit number wins over a word ("Standard (P3)" is 3).
 * A bare leading number is read too: this runs only on cells of a priority column.
 */
export function parsePriority(text: string): number | undefined {
  const words =
    fold(text)
      .slice(0, 80)
      .match(/[a-z]+|\d+/g) ?? [];
  let named: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (LABELS.has(w)) {
      let j = i + 1;
      if (words[j] === 'level') j++;
      const n = numberOf(words[j]);
      if (n !== undefined) return n;
    }
    if (i === 0 && /^\d$/.test(w)) return Number(w);
    if (named === undefined && Object.hasOwn(NAMED, w)) named = NAMED[w];
  }
  return named;
}

function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d$/.test(word)) return Number(word);
  return Object.hasOwn(WORD_NUMBERS, word) ? WORD_NUMBERS[word] : undefined;
}

// "Service is unavailable", "System down", "Complete outage": only the most urgent tier reads so; a
// partial or intermittent loss does not.
const OUTAGE =
  /^(?!.*\b(?:partial|intermittent|degraded|some)\b).*\b(?:(?:services?|systems?|site|platform|application|network)\s(?:is\s|are\s)?(?:unavailable|down|not available|inaccessible)|(?:complete|total|full) (?:loss of service|outage)|outage)\b/;

/** Whether an impact cell ("Service is unavailable") describes a full outage: a P1 by what it says. */
export function readsAsOutage(text: string): boolean {
  return OUTAGE.test(fold(text).slice(0, 120));
}

/** The labels a priority cell offers. */
export const PRIORITY_CHOICES: readonly string[] = ['P1', 'P2', 'P3', 'P4'];
