import type { Duration } from '../model/types';

const UNIT_MINUTES: Record<string, number> = {
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
  d: 1440, day: 1440, days: 1440,
};

// A number, an optional "business", a unit; searched inside a cell so "within 15 minutes" reads too.
const DURATION = /(\d+(?:\.\d+)?)\s*(business\s+|working\s+)?(minutes?|mins?|min|m|hours?|hrs?|hr|h|days?|d)\b/i;
const NEXT_BUSINESS_DAY = /\b(next\s+business\s+day|nbd)\b/i;

/**
 * A whole value that is one duration: what an option such as `maxP1Response` accepts. The JSON schema
 * and the VS Code setting use this same source (made caseless), so they accept exactly what the engine does.
 */
export const DURATION_OPTION_PATTERN =
  '^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:business\\s+|working\\s+)?(?:minutes?|mins?|m|hours?|hrs?|hr|h|days?|d)|next\\s+business\\s+day|nbd)\\s*$';
const DURATION_OPTION = new RegExp(DURATION_OPTION_PATTERN, 'i');

export function isDurationOption(value: unknown): value is string {
  return typeof value === 'string' && DURATION_OPTION.test(value);
}

/** A measurable duration, or undefined for ASAP, promptly, best effort, TBD, empty or free text. */
export function parseDuration(text: string): Duration | undefined {
  if (NEXT_BUSINESS_DAY.test(text)) return { text: text.trim(), minutes: 1440, business: true };
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * UNIT_MINUTES[m[3].toLowerCase()];
  if (!Number.isFinite(minutes)) return undefined;
  return { text: text.trim(), minutes, business: m[2] !== undefined };
}

export function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Why the kind of time matters to a reader: what hover shows beside the duration. */
export function explainDuration(d: Duration): string {
  return d.business ? 'The clock stops outside business hours, so nights and weekends do not count.' : 'Clock time, around the clock.';
}

export function describeDuration(d: Duration): string {
  return d.business ? `${formatMinutes(d.minutes)} of business time` : formatMinutes(d.minutes);
}

/** The durations a response or resolution cell offers. */
export const DURATION_CHOICES: readonly string[] = ['15 minutes', '30 minutes', '1 hour', '2 hours', '4 hours', '8 hours', '1 business day', 'next business day'];
