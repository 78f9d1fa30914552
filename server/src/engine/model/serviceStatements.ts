// Service levels written in text rather than a table: list items (the label anywhere in the item, or a "card"
// whose label, description and time are paragraphs of their own), numbered clauses, paragraphs, and
// label/value blocks. One reader takes every unit of text the same way: a tier label, a response time (not a
// resolution time), and the hours around it.
import type { Code, List, ListItem, RootContent } from 'mdast';
import { textOf } from './text';
import type { SourceText } from '../source';
import type { Range } from '../types';
import { ATTENDANCE, parseDuration, saysAfterHours, saysBusinessTime, saysClockTime, saysUnmeasuredTime } from '../vocabulary/duration';
import { splitSentences } from '../vocabulary/words';
import { namesClientDuties } from '../vocabulary/parties';
import {
  hoursOfTierHeading,
  isRequestLabel,
  labelIn,
  rankTiers,
  speaksOfLesserWork,
  tierOfHeading,
  type PriorityReading,
} from '../vocabulary/priority';
import type { Cell, Duration, ServiceLevelRow, ServiceLevelTable } from './types';
import { answersAroundTheClock } from './serviceHours';

/** A unit of text a service level may be written in, and where it stands. */
export interface Unit {
  text: string;
  range: Range;
}

const RESPONSE =
  /\b(?:respon\w*|acknowledg\w*|repl(?:y|ies)|answer\w*|call(?:ed|s)? back|contact(?:ed)?|begin(?:s)? work|start(?:s)? work|engag\w*|initial|pick(?:ed)? up)\b/i;
const RESOLUTION = /\b(?:resol\w*|restor\w*|fix\w*|workaround|repair\w*|complet\w*|clos(?:e|ed|ure)|solution|solved?)\b/i;
const MAX_SEGMENTS = 50;
/** A line that gives a response as a label and its value: "Helpdesk Response: …", "**Initial response:** …". */
const RESPONSE_LINE = /^[\s*_]*(?:[\p{L}-]+\s){0,3}respon\w*(?:\s+times?)?[\s*_]*:[\s*_]*\S/iu;
/**
 * A time that measures no response: an allowance ("the first 2 hours per month of P1 response"), notice given
 * ahead ("announced 24h in advance", "48h notice"), a frequency ("1 day/week"), how long an incident lasts
 * ("lasting >8 hours"), someone not responding, or a charge ("1-hour minimum charge").
 */
const NOT_A_RESPONSE =
  /\b(?:per|a|each|every)\s+(?:month|year|week|quarter|annum)\b|\bfirst\s+\S+\s+(?:hours?|minutes?)\b|\b(?:in advance|advance notice|notice|lasting|lasts|longer than|exceed(?:s|ing)?|no response|not respond|n['’]t respond|fails? to respond|charge[sd]?|bill(?:ed|able|ing)|fees?|invoic\w*)\b|[>≥]\s*\d|\/\s*(?:day|week|month|quarter|year)\b/i;
/** A lead-in naming another measure ("Mean Time to Detect (MTTD):", "Resolution targets"): its list's bare times are not responses. */
const OTHER_MEASURE = /\b(?:detect\w*|mttd|mttr|resol\w*|restor\w*|uptime|availability)\b/i;

/** The words of a part up to its first time and a few after it. */
function nearTime(part: string): string {
  const at = part.search(
    /(?:\d+(?:[.,]\d+)?|\b(?:one|two|three|four|five|six|eight|twelve|fifteen|twenty|thirty|half an?|next|same))\s*(?:\(\d+\)\s*)?-?\s*(?:(?:business|working)\s+)?(?:minutes?|mins?|hours?|hrs?|h|days?)\b/i,
  );
  return at < 0 ? part : part.slice(0, at + 40);
}

/** The response time a unit promises: the time beside a response word, else its one time when nothing says it is a resolution. */
export function responseIn(text: string, neutralAllowed = true): Duration | undefined {
  let neutral: Duration | undefined;
  let resolution = false;
  // A numeral in brackets after its word ("one (1) hour") stays with it.
  for (const part of text.slice(0, 1000).split(/[,;]|\((?!\d+\))|\s(?:and|with|but|while|then)\s/i)) {
    const d = parseDuration(part);
    if (!d || NOT_A_RESPONSE.test(part)) continue;
    // What the time measures is said before it or right after it ("resolve within 4 hours", "4 hours to
    // resolve"), not in a description further on ("Within 1 business hour: Catastrophic inability to complete job duties").
    const said = nearTime(part);
    if (RESPONSE.test(said)) return d;
    if (RESOLUTION.test(said)) resolution = true;
    else neutral ??= d;
  }
  // "Critical: 15 minutes / 4 hours": the first time is the response, as tables order them.
  return neutralAllowed && neutral && (!resolution || parseDuration(text)?.text === neutral.text) ? neutral : undefined;
}

/**
 * The first passage of a context that says business time, of the service rather than of lower tiers or requests;
 * none when a passage has someone answer after hours or around the clock ("open 8:00–18:00 on business days.
 * Emergency after-hours support is available for Priority 1 issues").
 */
export function businessSaid(context: readonly string[]): string | undefined {
  if (context.some(answersAroundTheClock)) return undefined;
  return context.find((c) => saysBusinessTime(c) && !speaksOfLesserWork(c));
}

export function inBusinessTime(d: Duration, said: string | undefined): Duration {
  return said ? { ...d, business: true, businessFrom: `"${said.slice(0, 80)}"` } : d;
}

interface Statement {
  row: ServiceLevelRow;
  reading: PriorityReading;
  /** The hours its tier's heading says it holds in ("LEVEL 1 (OFF HOURS)"). */
  hours?: 'business' | 'off';
  /** The top tier promised a response with no measure ("Critical: Immediate response"): ranked, not timed. */
  unmeasured?: boolean;
}

/** The service levels of units: each unit (or each ';'-separated part of it) with a tier label and a response time. */
function statementsIn(
  units: readonly Unit[],
  source: SourceText,
  said: string | undefined,
  leadIn?: string,
  heading?: { label: string; reading: PriorityReading },
): Statement[] {
  const found: Statement[] = [];
  for (const unit of units) {
    // A unit with no time of its own ("Mean Time to Restore:") leads the units after it.
    if (!parseDuration(unit.text)) leadIn = unit.text;
    const neutralAllowed = !(leadIn !== undefined && OTHER_MEASURE.test(leadIn) && !RESPONSE.test(leadIn));
    // "We respond to all tickets within 2 hours; critical tickets within 30 minutes": each labelled part alone.
    // Tiers run together with commas ("Response times: critical 1 hour, high 4 hours") are parts too, when two
    // or more of them each hold a label and a time ("Critical: 15 minutes, 4 hours to resolve" is one tier).
    // A lead-in before the first tier ("Response times: critical 1 hour") is no part of its label.
    const withoutLeadIn = (p: string) => (labelIn(p) ? p : p.slice(p.lastIndexOf(':') + 1));
    const segments = unit.text.split(';').slice(0, MAX_SEGMENTS);
    if (segments.length > 1) segments[0] = withoutLeadIn(segments[0]);
    if (segments.length === 1 && !heading) {
      const parts = unit.text.split(',').slice(0, MAX_SEGMENTS).map(withoutLeadIn);
      const timed = parts.filter((p) => parseDuration(p));
      // Every part with a time holds its tier, or the parts are not tiers.
      if (timed.length >= 2 && timed.every((p) => labelIn(p))) segments.splice(0, 1, ...parts);
    }
    // "For critical issues we reply within our SLA. For minor issues allow 24 hours": when two or more
    // sentences each name a tier, or each state a time, each time belongs to its own sentence ("Response time
    // for emergencies: 4 hours. Response time for all other requests: next business day").
    if (segments.length === 1 && !heading) {
      const sentences = splitSentences(unit.text).slice(0, MAX_SEGMENTS);
      const named = sentences.filter((s) => labelIn(s)).length;
      if (named >= 2 || (named >= 1 && sentences.filter((s) => parseDuration(s)).length >= 2)) segments.splice(0, 1, ...sentences);
    }
    const labelled = segments.length > 1 ? segments.filter((s) => labelIn(s)) : [];
    for (const segment of labelled.length > 0 ? labelled : [unit.text]) {
      // Under a tier's own heading the heading is the label: "Examples: critical systems" names no other tier.
      const label = heading ?? labelIn(segment);
      const response = label && responseIn(segment, neutralAllowed);
      // A service request or a change is no incident tier, unless its label states one.
      if (!label || (!label.reading.explicit && isRequestLabel(segment))) continue;
      const cell: Cell = { text: segment.trim().replace(/\s+/g, ' ').slice(0, 300), range: unit.range, form: 'list' };
      if (!response) {
        // "Critical: Immediate response" above timed tiers is still the top tier: the next one is not the P1. So is
        // a tier's section whose response line gives no time ("## Urgent" over "Helpdesk Response: Work until it is resolved.").
        const answeredWithout = heading !== undefined && RESPONSE_LINE.test(segment);
        if (label.reading.tier === 1 && (saysUnmeasuredTime(segment) || answeredWithout) && parseDuration(segment) === undefined)
          found.push({
            reading: label.reading,
            unmeasured: true,
            row: {
              row: source.lineRange(unit.range.start.line),
              priorityCell: { ...cell, text: label.label },
              priority: label.reading.tier,
              responseCell: cell,
            },
          });
        continue;
      }
      found.push({
        reading: label.reading,
        row: {
          row: source.lineRange(unit.range.start.line),
          priorityCell: { ...cell, text: label.label },
          priority: label.reading.tier,
          responseCell: cell,
          response: response.business || saysClockTime(segment) ? response : inBusinessTime(response, said),
        },
      });
    }
  }
  return found;
}

/**
 * Statements of one list or block, ranked as one table. Two make a table; one alone only when its label
 * names the top tier outright (P1, Critical), so "High: 4 hours" in passing is not read as a P1.
 */
function asTable(all: Statement[], source: SourceText): ServiceLevelTable | undefined {
  // An unmeasured top tier is read only beside timed ones: alone, it is a promise with no measure (promisedResponse.ts).
  // A tier's on-site attendance beside its own remote response ("On-Site Emergency Response Time: 4 hours") is
  // no second response: the remote one answers it, as a table's remote column does.
  const onSite = (s: Statement) => ATTENDANCE.test(s.row.responseCell?.text ?? '');
  const kept = all.filter((s) => !onSite(s) || !all.some((o) => o !== s && !onSite(o) && o.reading.tier === s.reading.tier));
  const statements = kept.some((s) => !s.unmeasured) ? kept : [];
  if (statements.length === 0) return undefined;
  if (statements.length === 1 && statements[0].reading.tier > 1) return undefined;
  const tiers = rankTiers(
    statements.map((s) => s.reading),
    false,
    statements.map((s) => s.row.priorityCell.text),
  );
  return serviceLevelsInText(
    statements.map((s, i) => ({ ...s.row, priority: tiers[i] })),
    source,
  );
}

/** Service levels read from text rather than a table (list items, a sentence): no columns, and rows are never inserted. */
export function serviceLevelsInText(rows: ServiceLevelRow[], source: SourceText): ServiceLevelTable {
  const header = source.lineRange(rows[0].row.start.line);
  return {
    headerRow: header,
    headerCells: [],
    columns: [],
    form: 'list',
    delimiterRow: header,
    lastRow: rows[rows.length - 1].row,
    columnCount: 0,
    rows,
  };
}

const rangeOf = (node: RootContent | ListItem, source: SourceText): Range => {
  const start = node.position?.start.offset ?? 0;
  return source.rangeOf(start, node.position?.end.offset ?? start);
};

/** A list item's own text: its paragraphs (a card's label, description and time), not its nested lists. */
function itemText(item: ListItem): string {
  return item.children
    .filter((c) => c.type !== 'list')
    .map((c) => textOf(c))
    .join('\n');
}

/**
 * Service levels written as a list: "Priority 1 (P1) -- 0-2h response time", "Response within 1 hour for
 * critical issues", a card per tier, or several in one item ("Critical: Response ≤ 1 hour; High: ≤ 2 hours").
 */
export function readServiceLevelList(
  list: List,
  source: SourceText,
  outer: readonly string[],
  caption: readonly Unit[] = [],
): ServiceLevelTable | undefined {
  // Under a heading of the client's duties a list says what the client does ("Answer phone within SLA (P0: 30 min)").
  if (outer.some(namesClientDuties)) return undefined;
  const items = list.children.map((item) => ({ text: itemText(item), range: rangeOf(item, source) }));
  // A card over the list states the top tier ("Severity 1 (full outage) response time" over "1 hour", the lower
  // tiers listed below): its lines are a tier of the list.
  const card = captionTier(caption);
  const units = card && !items.some((u) => labelIn(u.text)?.reading.tier === 1) ? [card, ...items] : items;
  // Sibling items that are not service levels themselves ("Coverage: 8am–6pm, Mon–Fri") are context for the
  // times beside them; one item's own hours ("Medium = 3 business days") never leak into another's.
  const said = businessSaid([
    ...outer,
    ...units.filter((u) => !(labelIn(u.text) && parseDuration(u.text))).map((u) => u.text.slice(0, 200)),
  ]);
  const table = asTable(statementsIn(units, source, said, outer.at(-1)), source);
  if (table && table.rows.length >= 2) return table;
  if (outer.some((t) => IN_PRIORITY_ORDER.test(t))) {
    const ranked = rankedByOrder(units, source, said);
    if (ranked.length >= 2) return serviceLevelsInText(ranked, source);
  }
  // A paragraph that opens with a tier's label and states no time ("SEVERITY 1 (URGENT) Site Down, or…") heads
  // the list after it, as a heading would: "- Initial human response: one business hour" is that tier's.
  const lead = outer.at(-1)?.trim() ?? '';
  const opening = table || parseDuration(lead) ? undefined : labelIn(lead);
  const tier = opening && lead.toLowerCase().startsWith(opening.label.toLowerCase()) ? opening : undefined;
  return tier ? asTable(statementsIn(units, source, said, undefined, tier).slice(0, 1), source) : table;
}

/**
 * Service levels in paragraphs, numbered clauses and label/value blocks: each paragraph a unit, and each
 * line of one whose lines are labels with times ("P1   30 minutes" in an indented block).
 */
export function readServiceLevelBlocks(
  blocks: readonly (RootContent | Unit)[],
  source: SourceText,
  outer: readonly string[],
): ServiceLevelTable | undefined {
  if (outer.some(namesClientDuties)) return undefined;
  const units: Unit[] = [];
  for (const block of blocks) {
    const unit = unitOf(block, source);
    const lines = unit.text.split('\n');
    const labelled = lines.filter((l) => labelIn(l) && parseDuration(l));
    if (lines.length > 1 && labelled.length >= 2) {
      let line =
        unit.range.start.line + ((block as Code).type === 'code' && /^\s*(```|~~~)/.test(source.lineText(unit.range.start.line)) ? 1 : 0);
      for (const text of lines) {
        units.push({ text, range: source.lineRange(Math.min(line, unit.range.end.line)) });
        line++;
      }
    } else units.push(unit);
  }
  return asTable(statementsIn(cards(units), source, businessSaid(outer)), source);
}

/**
 * A card: a tier's response label in a paragraph of its own ("Remote Emergency Response Time") and its time in
 * the next ("2 hours"), as cards and flattened tables lay them out, is one unit on the label's line. Times after
 * the first (one per plan) are not read.
 */
function cards(units: readonly Unit[]): Unit[] {
  const merged: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const [label, value] = [units[i], units[i + 1]];
    const bareTime = (t: string) => t.length <= 40 && parseDuration(t) !== undefined && !labelIn(t);
    if (
      value &&
      label.text.length <= 80 &&
      RESPONSE.test(label.text) &&
      labelIn(label.text) &&
      !parseDuration(label.text) &&
      bareTime(value.text)
    ) {
      merged.push({ text: `${label.text.trim()}: ${value.text.trim()}`, range: label.range });
      i++;
    } else merged.push(units[i]);
  }
  return merged;
}

/** A paragraph, code block or unit as a unit of text. */
function unitOf(block: RootContent | Unit, source: SourceText): Unit {
  if ('text' in block && 'range' in block) return block;
  return {
    text: (block as Code).type === 'code' ? (block as Code).value : textOf(block as RootContent),
    range: rangeOf(block as RootContent, source),
  };
}

/**
 * Service levels written as a section per tier: "### P1 - Critical" over "- Response Time: 2 hours", the
 * heading the label and the section's first response its time. Sibling tiers are ranked as one table: two or
 * more of them, or one whose heading names the top tier outright ("P1", "Severity 1"), so a lone "Critical
 * Systems" heading over a time is not a service level.
 */
export function readTierSections(
  groups: readonly { titles: readonly string[]; blocks: readonly (RootContent | Unit)[] }[],
  source: SourceText,
): ServiceLevelTable[] {
  const byParent = new Map<string, Statement[]>();
  // A tier's section may be written in parts under labels of their own ("**Definition**", "**Communications**"):
  // its first response, in whichever part, is the tier's.
  const tiersRead = new Set<string>();
  for (const { titles, blocks } of groups) {
    const at = [titles.length - 1, titles.length - 2].find((k) => k >= 0 && tierOfHeading(titles[k]) !== undefined);
    const heading = at === undefined ? undefined : tierOfHeading(titles[at]);
    if (at === undefined || !heading || titles.slice(0, at).some(namesClientDuties)) continue;
    const tier = titles.slice(0, at + 1).join('\u0000');
    if (tiersRead.has(tier)) continue;
    const units = blocks.slice(0, MAX_SEGMENTS).map((b) => unitOf(b, source));
    const [first] = statementsIn(units, source, businessSaid(titles), undefined, heading);
    if (!first) continue;
    tiersRead.add(tier);
    const parent = titles.slice(0, at).join('\u0000');
    (byParent.get(parent) ?? byParent.set(parent, []).get(parent)!).push({ ...first, hours: hoursOfTier(titles[at]) });
  }
  const tables: ServiceLevelTable[] = [];
  for (const all of byParent.values()) {
    // One tier in two sections by hours ("LEVEL 1 (NORMAL BUSINESS HOURS)", "LEVEL 1 (OFF HOURS)"): the off-hours
    // response answers at night and at the weekend, so it is the tier's, as an out-of-hours column's time is.
    const offHours = new Set(all.filter((s) => s.hours === 'off').map((s) => s.reading.tier));
    const statements = all.filter((s) => s.hours !== 'business' || !offHours.has(s.reading.tier));
    if (statements.length === 1 && !(statements[0].reading.explicit && statements[0].reading.tier <= 1)) continue;
    const table = asTable(statements, source);
    if (table) tables.push(table);
  }
  return tables;
}

/** "We prioritize communication in the following order:": the list below it is ranked, its first item the most urgent. */
const IN_PRIORITY_ORDER = /\bprioriti[sz]\w{0,6}\b[^.]{0,80}\bfollowing order\b|\bin order of (?:priority|urgency|severity)\b/i;

/** Items of a list ranked by its order ("For issues that impact platform availability: within 3 business hours."). */
function rankedByOrder(units: readonly Unit[], source: SourceText, said: string | undefined): ServiceLevelRow[] {
  const rows: ServiceLevelRow[] = [];
  for (const unit of units) {
    const text = unit.text.split('\n')[0].trim();
    const response = parseDuration(text);
    if (!response) continue;
    const cell: Cell = { text, range: unit.range, form: 'list' };
    rows.push({
      row: source.lineRange(unit.range.start.line),
      priorityCell: { ...cell, text: text.split(':')[0].slice(0, 80).trim() },
      priority: rows.length + 1,
      responseCell: cell,
      response: response.business || saysClockTime(text) ? response : inBusinessTime(response, said),
    });
  }
  return rows;
}

/**
 * The caption's paragraphs, label and time merged as cards are: the one that states the top tier's response time.
 * A soft line break is read as the space it is, as Word writes it.
 */
function captionTier(paragraphs: readonly Unit[]): Unit | undefined {
  const units = paragraphs.map((p) => ({ ...p, text: p.text.replace(/\s*\n\s*/g, ' ') }));
  return cards(units).find((u) => labelIn(u.text)?.reading.tier === 1 && parseDuration(u.text) && RESPONSE.test(u.text));
}

/** The hours a tier's heading says its section holds in: "(OFF HOURS)", "(Normal Business Hours)". */
function hoursOfTier(title: string): Statement['hours'] {
  const said = hoursOfTierHeading(title) ?? '';
  if (saysAfterHours(said) || /\boff[- ]?hours\b/i.test(said)) return 'off';
  return saysBusinessTime(said) ? 'business' : undefined;
}
