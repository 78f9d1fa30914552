// The service hours a SOW states outside its service-level tables: a clause that says support or responses run
// in business hours governs every time that says nothing of its own hours, unless someone answers around the
// clock or after hours.
import { rememberedByText } from '../rememberedByText';
import type { Range } from '../types';
import { parseDuration, saysAfterHours, saysBusinessTime, saysClockTime, saysNoAfterHours, saysOptional } from '../vocabulary/duration';
import { namesTopTier, speaksOfLesserWork } from '../vocabulary/priority';
import type { Grid } from './grid';
import type { Duration, ServiceLevelTable } from './types';

const SUPPORT_WORDS =
  /\b(?:support|respon(?:se|ses|d|ded|ding)|sla|service levels?|tickets?|help ?desk|service ?desk|service hours|hours of (?:service|operation|cover(?:age)?))\b/;
/** The SOW's own definition of its business hours, as a label: "**Business hours:** Monday to Friday, 9:00 AM to 5:00 PM". */
const HOURS_DEFINED = /^[\s*_]*(?:business|office|working|core) hours[\s*_]*:/;
/** Words that point at the service levels' times: "All hours and days listed above are exclusively business hours". */
const TIMES_ABOVE =
  /\b(?:hours|times|days|targets)\b[a-z ]{0,20}\b(?:listed|stated|shown|given|set out) (?:above|below)\b|\bthe (?:above|below) (?:hours|times|targets)\b/;
/** Where tickets are put in rather than answered: logging, raising, submitting; a portal or a logging application. */
const LOGGED_ANY_TIME =
  /\b(?:logged|raised|submitted|lodged)\b|\b(?:log|raise|submit|lodge|open|create) (?:a |your |new )?(?:tickets?|calls?|requests?|incidents?|cases?)\b|\bportal\b/;
/** A support channel's own hours ("Phone support: available during business hours") are not the response clock. */
const CHANNEL = /\b(?:phone|telephone|chat|walk-?in|on-?site|in-person|e-?mail)\s+support\b/;
/** Clauses of a passage: split at sentence and clause breaks ("…add-on, standard support is…", "… but …"). */
const CLAUSE_BREAK = /[,;.!?](?:\s|$)|\sbut\s/;
/** The same breaks, kept: whether a clause ends its sentence. */
const CLAUSE_BREAK_KEPT = /([,;.!?](?:\s|$)|\sbut\s)/;
const MAX_CLAUSES = 200;

/** A row's label or its value's header that names service time: "Support hours", "Coverage", "Availability". */
const HOURS_TERM = /\b(?:hours|coverage|availability|available)\b/i;

/**
 * The rows of a table of terms (no reader's kind) that state service hours, read as "label: value": "| Support
 * hours | 8x5 |", or "| Help desk | Monday – Friday, 8:00 – 17:00 |" under a header "Hours". They are read with
 * the SOW's clauses for its service hours.
 */
export function hoursRowsOf(grid: Grid): { text: string; range: Range }[] {
  const rows: { text: string; range: Range }[] = [];
  for (const row of grid.rows.slice(0, 100)) {
    const filled = row.cells.flatMap((c, i) => (c && c.text.trim() !== '' ? [{ text: c.text, i }] : []));
    if (filled.length !== 2 || filled[0].text.length > 60) continue;
    const [label, value] = filled;
    if (HOURS_TERM.test(label.text) || HOURS_TERM.test(grid.header[value.i]?.text ?? ''))
      rows.push({ text: `${label.text}: ${value.text}`, range: row.range });
  }
  return rows;
}

/** Whether the SOW sells its support as 24/7: a clause of it says support or responses run around the clock. */
export function sellsAroundTheClock(blocks: readonly { text: string }[]): boolean {
  return blocks.some((block) =>
    block.text.split(CLAUSE_BREAK, MAX_CLAUSES).some((clause) => {
      const t = clause.toLowerCase();
      return saysClockTime(t) && SUPPORT_WORDS.test(t) && !/\bmonitor/.test(t);
    }),
  );
}

/**
 * A clause saying support or responses run in business hours ("All tickets will be responded to within SLA
 * Business Hours", "standard support is provided during business hours (9 AM - 5 PM)") governs every response
 * time in the SOW that says nothing of its own hours, unless the SOW also says urgent incidents get a response
 * after hours or around the clock. A clause stating a time of its own speaks only for that time.
 */
export function serviceHoursOf(blocks: readonly { text: string; range: Range }[]): { text: string; line: number } | undefined {
  let found: { text: string; line: number } | undefined;
  for (const block of blocks) {
    const said = hoursSaidIn(block.text);
    if (said.aroundTheClock) return undefined;
    if (!found && said.businessHours) found = { text: said.businessHours, line: block.range.start.line };
  }
  return found;
}

/**
 * A note under a service-level table ("\\* During business hours only.", "All times are measured during Business
 * Hours") speaks of that table's times, whatever its words: a clause of it saying business time, with no time of
 * its own, governs them, unless the note has someone answer around the clock or after hours. A note about
 * resolutions alone says nothing of responses.
 */
export function noteHoursOf(text: string): string | undefined {
  if (/\bresol/i.test(text) && !/\brespon/i.test(text)) return undefined;
  const said = readHours(text, true);
  return said.aroundTheClock ? undefined : said.businessHours;
}

/** What one block says of the service hours: that someone answers around the clock or after hours, or the first clause that says business hours. */
const hoursSaidIn = rememberedByText((text: string) => readHours(text, false));

/** Whether a passage has someone answer around the clock or after hours ("Emergency after-hours support is available for Priority 1 issues"). */
export function answersAroundTheClock(text: string): boolean {
  return hoursSaidIn(text).aroundTheClock;
}

/** `aboutTimes`: the text speaks of the service levels' times (a note under their table), so it need not name support. */
function readHours(text: string, aboutTimes: boolean): { aroundTheClock: boolean; businessHours?: string } {
  let businessHours: string | undefined;
  // "Outside these hours, the on-call engineer responds to P1 calls within 1 hour": hours a sentence opens with,
  // in a clause of their own, govern its later clauses ("Unless you buy the after-hours add-on, …" does not).
  let afterHoursSentence = false;
  const pieces = text.split(CLAUSE_BREAK_KEPT, MAX_CLAUSES * 2);
  for (let k = 0; k < pieces.length; k += 2) {
    const clause = pieces[k];
    const t = clause.toLowerCase();
    const saysItself = saysAfterHours(t);
    const afterHours = saysItself || afterHoursSentence;
    const hoursAlone = saysItself && t.trim().split(/\s+/).length <= 5;
    afterHoursSentence = (hoursAlone || afterHoursSentence) && !/[.!?]/.test(pieces[k + 1] ?? '.');
    // "P1 incidents: 24x7" answers around the clock; "critical infrastructure monitoring is 24/7" watches, it does not answer.
    // Cover the client may buy ("24/7 response coverage is available as an optional add-on") is no promise.
    if (saysOptional(t)) continue;
    // What a monitor watches ("24/7 monitoring of application health, response times") is no response promised.
    const watched = /\bmonitor/.test(t) ? t.replace(/\bresponse times?\b/g, '') : t;
    // Tickets that can be logged at any hour ("calls can be logged via our 24/7 Helpdesk Management Application",
    // "a 24/7 portal") are not answered at any hour.
    const logged = LOGGED_ANY_TIME.test(t) && !/\b(?:respon|answer|work|handl|staff|attend|resolv)/.test(t);
    if (saysClockTime(t) && !logged && (SUPPORT_WORDS.test(watched) || (namesTopTier(clause) && !/\bmonitor/.test(t))))
      return { aroundTheClock: true };
    // Someone answers after hours: urgent incidents, or any response with a time of its own on the clock ("the
    // next business day" waits for the working day). Work billed at "emergency rates" after hours is a price, not a promise.
    const promise = clause.replace(/\bemergency (?:rates?|fees?|charges?|pricing|billing)\b/gi, '');
    const timed = parseDuration(promise);
    if (afterHours && (namesTopTier(promise) || (timed !== undefined && !timed.business))) return { aroundTheClock: true };
    if (businessHours || CHANNEL.test(t)) continue;
    // No one answers after hours: the working day is the response clock.
    const said =
      (afterHours && saysNoAfterHours(clause)) ||
      (!afterHours &&
        (aboutTimes || SUPPORT_WORDS.test(t) || TIMES_ABOVE.test(t) || HOURS_DEFINED.test(t)) &&
        saysBusinessTime(t) &&
        parseDuration(clause) === undefined);
    // Hours of lower tiers or of requests ("Support for non-critical issues is provided during business hours").
    if (said && !speaksOfLesserWork(clause)) businessHours = clause.replace(/^[\s*_]+/, '').trim();
  }
  // A sentence may say it in clauses of its own: "The Respond By times exist within our operational hours,
  // which are defined as 7:30AM-5:30PM, Monday-Friday".
  businessHours ??= text
    .split(/(?<=[.!?])\s+/, MAX_CLAUSES)
    .find((sentence) => {
      const t = sentence.toLowerCase();
      return (
        (aboutTimes || SUPPORT_WORDS.test(t)) &&
        saysBusinessTime(t) &&
        !saysAfterHours(t) &&
        !CHANNEL.test(t) &&
        !speaksOfLesserWork(sentence) &&
        parseDuration(sentence) === undefined
      );
    })
    ?.trim();
  return { aroundTheClock: false, businessHours };
}

/** Response and resolution times that say nothing of their hours are counted in the SOW's stated service hours. */
export function applyServiceHours(table: ServiceLevelTable, hours: { text: string; line: number }): void {
  // A table that says the clock runs around the clock anywhere in its rows keeps its own reading.
  const cells = table.rows.flatMap((r) => [r.responseCell, r.resolutionCell, r.hoursCell]);
  if (cells.some((c) => c && saysClockTime(c.text))) return;
  const from = `"${hours.text.slice(0, 80)}" on line ${hours.line + 1}`;
  const govern = (d: Duration | undefined) => (!d || d.business ? d : { ...d, business: true, businessFrom: from });
  table.rows = table.rows.map((r) => ({ ...r, response: govern(r.response), resolution: govern(r.resolution) }));
}

/**
 * The top tier answered with no measure, and only in business hours: a list item that says so ("All urgent
 * matters during office hours will be responded immediately"), or a P1 row ("1. Outage | Immediate") in a SOW
 * whose support keeps office hours ("available between the hours of 8am - 4pm Monday to Friday"). Whatever
 * "immediate" means, a P1 raised at night waits for the working day. Said on the P1's row.
 */
export function unmeasuredTopTierInHours(
  tables: readonly ServiceLevelTable[],
  hours: { text: string; line: number } | undefined,
): { text: string; range: Range } | undefined {
  const rows = tables.flatMap((t) => t.rows.filter((r) => r.priority === 1));
  const saidInItem = rows.find((r) => !r.response && r.responseCell?.form === 'list' && saysBusinessTime(r.responseCell.text));
  if (saidInItem) return { text: saidInItem.responseCell!.text, range: saidInItem.row };
  const unmeasured = rows.find((r) => !r.response && r.responseCell && r.responseCell.text.trim() !== '');
  return hours && unmeasured && !rows.some((r) => r.response) ? { text: hours.text, range: unmeasured.row } : undefined;
}
