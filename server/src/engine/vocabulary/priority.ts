const NAMED: Record<string, number> = { critical: 1, urgent: 1, high: 2, medium: 3, moderate: 3, normal: 3, low: 4 };
// The label is optional: a bare "1" is read only in a priority column, the one place this runs.
const NUMBERED = /^(?:(?:p|priority|sev|severity|s|level|l)\s*-?\s*)?(\d)\b/;

/** 1 for P1 / Priority 1 / Severity 1 / Sev 1 / S1 / Critical, and so on down. */
export function parsePriority(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const m = NUMBERED.exec(t);
  if (m) return Number(m[1]);
  const word = /^[a-z]+/.exec(t);
  return word ? NAMED[word[0]] : undefined;
}

/** The labels a priority cell offers. */
export const PRIORITY_CHOICES: readonly string[] = ['P1', 'P2', 'P3', 'P4'];
