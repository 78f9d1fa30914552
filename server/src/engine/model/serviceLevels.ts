import {
  ATTENDANCE,
  parseDuration,
  parseDurationIn,
  RESPONSE_TIME_LABEL,
  saysBusinessTime,
  saysOutOfHours,
  saysClockTime,
  saysUnmeasuredTime,
  unitNamedIn,
} from '../vocabulary/duration';
import {
  isRequestLabel,
  namesChangeManagement,
  namesIncidents,
  namesRequests,
  parsePriority,
  rankTiers,
  readPriority,
  readsAsOutage,
} from '../vocabulary/priority';
import { fold, splitSentences } from '../vocabulary/words';
import { headerWords, shareOf, tableBase } from './cells';
import type { Grid, GridRow, ReadResult } from './grid';
import { ESCALATION } from './sections';
import { EVERY_REQUEST_LABEL } from './promisedResponse';
import { businessSaid, inBusinessTime } from './serviceStatements';
import type { Cell, Duration, ServiceLevelColumnRole, ServiceLevelRow, ServiceLevelTable } from './types';

// German header words after each (joined words, so no \b): "Priorität", "Schweregrad", "Reaktionszeit".
const PRIORITY = /\b(priority|priorities|severity|sev|impact|urgency)\b|^p$|priorit(?:ä|ae)t|schweregrad|dringlichkeit/;
/** Headers that name a priority column only when its cells read as priorities. */
const MAYBE_PRIORITY = /\b(type|category|issue|trouble|class|classification|request|incident|level)\b/;
const DESCRIPTIVE = /\b(definitions?|descriptions?|examples?|typical)\b|beschreibung|beispiel/;
const RESPONSE = /\b(response|respond|responded|acknowledg\w*|reaction|reply|initial|ack)\b|reaktion|antwortzeit/;
const TARGET = /\b(targets?|sla|service levels?|expectations?|commitments?|time ?frame|time)\b/;
const RESOLUTION =
  /\b(resolution|resolve|resolved|restore|restoration|fix|outcome|remedy|repair|solution|solved?)\b|wiederherstell|l(?:ö|oe)sungszeit|behebung|entst(?:ö|oe)rung/;
/** A time cell that says what it measures is a resolution: "95% of critical requests are solved in 2h". */
const SAYS_RESOLVED = /\b(?:solved|resolved|fixed|restored|closed)\b/i;
const HOURS = /\b(hours|coverage|cover|availability|window)\b|servicezeit|supportzeit|betriebszeit|gesch(?:ä|ae)ftszeit/;
const IN_HOURS = /^(?:in[- ]hours|(?:during |within )?(?:normal )?(?:business|working|office|core) hours)$/;
const OUT_OF_HOURS =
  /^(?:out[- ]of[- ]hours|after[- ]hours|outside (?:of )?(?:normal )?(?:business|working|office|core) hours|non[- ]business hours|24 ?x ?7|24\/7)$/;
/** A performance requirements table (as public work statements write them): times in sentences. */
const PERFORMANCE = /\b(performance standards?|service levels?|acceptable quality|aql|performance requirements?)\b/;

const isDuration = (t: string) => parseDuration(t) !== undefined;
/** A price: a currency sign or code beside an amount. */
const PRICE = /[$£€¥]\s?\d|\d\s?[$£€¥]|\d[\d.,’']*\s?(?:eur|euros?|usd|gbp|chf|aud|cad)\b|\b(?:eur|usd|gbp|chf|aud|cad)\s?\d/i;
const isPriority = (t: string) => parsePriority(t) !== undefined;
/** A header of levels or tiers ("Support Level"): under it, "Support Level 2" is a tier too. */
const LEVELS_HEADER = /\b(?:levels?|tiers?)\b/;
/** Under a header of levels, or one that may name priorities ("Classification" over "Level 1"), levels are tiers. */
const isPriorityUnder = (header: string) => (t: string) =>
  LEVELS_HEADER.test(header) || MAYBE_PRIORITY.test(header) ? readPriority(t, { levels: true }) !== undefined : isPriority(t);

/** The columns of a service-level table, or why a table that looks like one cannot be read. */
function roles(grid: Grid): ServiceLevelColumnRole[] | { unread: string } | undefined {
  const headers = headerWords(grid);
  // Change types or classes of change with their lead times: change management, not incident service levels.
  if (namesChangeManagement(headers)) return undefined;
  const columns: ServiceLevelColumnRole[] = headers.map(() => 'other');
  const free = (i: number) => columns[i] === 'other';
  const pick = (role: ServiceLevelColumnRole, test: (h: string, i: number) => boolean) => {
    const i = headers.findIndex((h, index) => free(index) && test(h, index));
    if (i >= 0) columns[i] = role;
    return i >= 0;
  };
  const saysResolved = (i: number) => shareOf(grid, i, (t) => SAYS_RESOLVED.test(t)) >= 0.5;
  const timedResponse = (h: string, i: number) =>
    RESPONSE.test(h) && !DESCRIPTIVE.test(h) && !ATTENDANCE.test(h) && shareOf(grid, i, isDuration) >= 0.5;
  const response =
    // Beside an Acknowledge column, the one headed as the response ("| Acknowledge | Respond | Resolve |"): a
    // receipt is not the answer.
    pick(
      'response',
      (h, i) => timedResponse(h, i) && /\brespon/.test(h) && headers.some((o, k) => k !== i && /\back(?:nowledg\w*)?\b/.test(o)),
    ) ||
    // Of two response headers ("Urgency of response", "Target response"; "On-site Response", "Remote Response"),
    // the one that holds times and is no attendance.
    pick('response', timedResponse) ||
    pick('response', (h, i) => RESPONSE.test(h) && !DESCRIPTIVE.test(h) && shareOf(grid, i, isDuration) >= 0.5) ||
    pick('response', (h) => RESPONSE.test(h) && !DESCRIPTIVE.test(h)) ||
    // A table written long ("| Priority | Action | Commitment |" over "Resolve" and "Response" rows): its column of
    // times under a target's header holds each row's measure, not responses alone.
    measuredLong(grid, columns) ||
    pick(
      'response',
      (h, i) => TARGET.test(h) && !RESOLUTION.test(h) && !DESCRIPTIVE.test(h) && shareOf(grid, i, isDuration) >= 0.5 && !saysResolved(i),
    ) ||
    // Responses under the hours they hold in ("| In hours | Out of hours |"): the in-hours column's times, with
    // the out-of-hours column saying whether they hold at night and at the weekend.
    (pick('response', (h, i) => IN_HOURS.test(h) && shareOf(grid, i, isDuration) >= 0.5) &&
      (pick('after-hours', (h) => OUT_OF_HOURS.test(h)), true));
  // Cells are scanned for priorities only when a response column makes the table worth reading.
  const priority =
    pick('priority', (h, i) => PRIORITY.test(h) && (!DESCRIPTIVE.test(h) || shareOf(grid, i, isPriority) >= 0.5)) ||
    // Labels that say what is measured of a tier ("Critical bug response") are metrics, read below, not priorities.
    (response &&
      pick(
        'priority',
        // A column naming the hours each time holds in ("M-F Standard Support Hours", "After Hours, Weekends") holds no tiers.
        (h, i) =>
          (MAYBE_PRIORITY.test(h) || i === 0) &&
          shareOf(grid, i, (t) => isPriorityUnder(h)(t) && tierMetric(t) === 'other') >= 0.5 &&
          shareOf(grid, i, (t) => /\bhours\b/i.test(t)) < 0.5,
      )) ||
    // Rows ranked by impact ("Service is unavailable", "Service is affected"): the one full outage is the P1.
    (response && pick('priority', (h, i) => (MAYBE_PRIORITY.test(h) || i === 0) && outageRows(grid, i) === 1)) ||
    // Rows by kind of ticket ("Incident", "Service request"): the one row of incidents answers every incident, the P1 too.
    (response && pick('priority', (h, i) => (MAYBE_PRIORITY.test(h) || i === 0) && byTicketKind(grid, i)));
  // A table of service metrics ("| Service Metric | Target |": "Critical Incident Response | ≤ 15 minutes" among
  // "On-site Deployment | ≤ 4 hours"): the first column's rows that name a tier and what is measured of it are
  // that tier's service levels; the other rows measure something else.
  const metric =
    !priority &&
    response &&
    free(0) &&
    grid.rows.some((r) => tierMetric(r.cells[0]?.text ?? '') !== 'other') &&
    pick('metric', (_, i) => i === 0);
  const resolution = pick('resolution', (h, i) => RESOLUTION.test(h) || (TARGET.test(h) && saysResolved(i)));
  pick('hours', (h) => HOURS.test(h));
  // Times under a header of the provider's own ("First Contact", "Callback", "Remote") before the resolution
  // column: tables give the response first, so those are the responses.
  const answered =
    response ||
    (priority &&
      resolution &&
      pick(
        'response',
        (h, i) =>
          i < columns.indexOf('resolution') &&
          !DESCRIPTIVE.test(h) &&
          !OTHER_MEASURES.test(h) &&
          shareOf(grid, i, isDuration) >= 0.5 &&
          !saysResolved(i),
      ));
  if (answered && (priority || metric)) return columns;
  // No header at all (rows of a label and its time, as an HTML table of row headers writes them): the columns by
  // their cells, priority labels and the one column of times that are not resolutions.
  if (headers.every((h) => h === '') && grid.rows.length >= 2) {
    const times = headers.findIndex((_, i) => free(i) && shareOf(grid, i, isDuration) >= 0.5 && !saysResolved(i));
    // Labels that read as tiers, or rows ranked by impact whose one full outage is the P1.
    const labels = headers.findIndex(
      (_, i) => free(i) && i !== times && (shareOf(grid, i, isPriority) >= 0.5 || (i === 0 && outageRows(grid, i) === 1)),
    );
    if (times >= 0 && labels >= 0) {
      columns[times] = 'response';
      columns[labels] = 'priority';
      return columns;
    }
  }
  // Header words first; the cells are scanned for times only when the headers make it worth it.
  const priorityColumns = grid.header.filter((c) => isPriority(c.text)).length >= 2;
  const looksLike =
    priorityColumns || headers.some((h) => PRIORITY.test(h) || RESPONSE.test(h) || RESOLUTION.test(h) || PERFORMANCE.test(h));
  if (!looksLike || !headers.some((_, i) => shareOf(grid, i, isDuration) > 0)) return undefined;
  // Response times each beside a price, no tiers ("Four hours | 170.00 Euro"): a price list of times to book.
  if (!priority && !priorityColumns && headers.some((_, i) => shareOf(grid, i, (t) => PRICE.test(t)) >= 0.5)) return undefined;
  if (priorityColumns)
    return {
      unread:
        'Its priorities are written as columns with no row labelled Response: label the row of response times "Response", or write one row per priority with a Response column.',
    };
  return {
    unread: priority
      ? 'Demarc found no response-time column: head the column of response times "Response".'
      : 'Demarc found no priority column: put P1, P2… (or Critical, High…) in a column headed "Priority" or "Severity".',
  };
}

export function readServiceLevels(grid: Grid, context: readonly string[]): ReadResult<ServiceLevelTable> | undefined {
  const transposed = grid.header.filter((c) => isPriority(c.text)).length >= 2 ? readTransposed(grid, context) : undefined;
  if (transposed) return { read: transposed };
  // A header row that is the first tier ("| Emergency | 4 hour target turn around |", as a table with no header
  // converts) is read as a row, even when its words would also head columns.
  const asRow = headerIsTier(grid) ? readServiceLevels(headerAsRow(grid), context) : undefined;
  if (asRow && 'read' in asRow) return asRow;
  const columns = roles(grid);
  if (!columns || !Array.isArray(columns)) {
    const byPlan = readByPlan(grid, context);
    if (byPlan) return { read: byPlan };
    // Read as a row, the header gave no table either: its reason, if it gave one.
    return asRow ?? columns;
  }
  const base = tableBase(grid, columns);
  const at = (role: ServiceLevelColumnRole) => columns.indexOf(role);
  // Levels under an escalation heading ("3.2 Support Escalation": "Level 1 | Immediate | Support Technician")
  // are the rungs of a ladder, each answering when the one below could not: no priorities.
  const ladder = at('priority') >= 0 && LEVELS_HEADER.test(fold(grid.header[at('priority')].text));
  if (ladder && context.slice(0, -1).some((title) => ESCALATION.test(title))) return undefined;
  const rows: ServiceLevelRow[] = [];
  const kindsOfTicket = at('priority') >= 0 && byTicketKind(grid, at('priority'));
  // A column of ticket kinds beside the priorities ("| Priority | Ticket Type |" over "Incident", "Request"): a
  // request's row is no incident tier's.
  const ticketKind = columns.findIndex(
    (role, i) =>
      role === 'other' &&
      shareOf(grid, i, (t) => namesIncidents(t) || namesRequests(t)) >= 0.5 &&
      grid.rows.some((r) => namesRequests(r.cells[i]?.text ?? '')) &&
      grid.rows.some((r) => namesIncidents(r.cells[i]?.text ?? '')),
  );
  const tableSaid = businessSaid(context);
  // Bare numbers ("0.25") count in the unit their column header names, else the one the passage before names.
  const passageUnit = unitNamedIn(context[context.length - 1] ?? '', true);
  const unitOf = (role: ServiceLevelColumnRole) => (at(role) < 0 ? undefined : (unitNamedIn(grid.header[at(role)].text) ?? passageUnit));
  // What the time column holds on a row: responses unless a group label row above says otherwise
  // ("Monthly Average Resolution Times"), or, in a table written long, the row's measure cell (an empty one
  // continues the one above: a cell merged down the rows, as Word writes it).
  let measured: RowKind = at('measure') >= 0 ? 'other' : 'response';
  for (const row of grid.rows) {
    const filled = row.cells.filter((c) => c && c.text !== '');
    if (filled.length === 1 && grid.header.length > 1 && parsePriority(filled[0]!.text) === undefined) {
      const label = filled[0]!.text.toLowerCase();
      if (RESOLUTION.test(label) || RESPONSE.test(label))
        measured = RESOLUTION.test(label) && !RESPONSE.test(label) ? 'resolution' : 'response';
      continue;
    }
    const cell = (role: ServiceLevelColumnRole) => (at(role) < 0 ? undefined : row.cells[at(role)]);
    const metric = cell('metric');
    if (at('metric') >= 0) measured = tierMetric(metric?.text ?? '');
    const priorityCell = cell('priority') ?? metric;
    if (!priorityCell || priorityCell.text === '') continue;
    if (ticketKind >= 0 && namesRequests(row.cells[ticketKind]?.text ?? '')) continue;
    if (cell('measure')?.text) measured = rowKind(cell('measure')!.text);
    if (measured === 'other') continue;
    const resolves = measured === 'resolution';
    const responseCell = resolves ? undefined : cell('response');
    const resolutionCell = resolves ? cell('response') : cell('resolution');
    const resolvedIn: ServiceLevelColumnRole = resolves ? 'response' : 'resolution';
    const hoursCell = cell('hours');
    const afterHoursCell = cell('after-hours');
    const inContext = (d: Duration | undefined, text: string, role: ServiceLevelColumnRole): Duration | undefined => {
      if (!d || d.business || saysClockTime(text)) return d;
      // "30 minutes (M-F 8-5)": the cell's own hours, when it names no others.
      if (saysBusinessTime(text) && !saysOutOfHours(text)) return { ...d, business: true, businessFrom: `"${text.slice(0, 80)}"` };
      if (afterHoursCell) {
        // No time out of hours, or one counted in business time ("Next business day"): the response holds in
        // business hours only. A time on the clock there: the slower of the two.
        const after = parseDuration(afterHoursCell.text);
        if (!after || after.business)
          return { ...d, business: true, businessFrom: `the ${grid.header[at('after-hours')].text} column: "${afterHoursCell.text}"` };
        return after.minutes > d.minutes && !after.business ? after : d;
      }
      if (hoursCell && saysBusinessTime(hoursCell.text))
        return { ...d, business: true, businessFrom: `the ${grid.header[at('hours')].text} column: "${hoursCell.text}"` };
      if (hoursCell && saysClockTime(hoursCell.text)) return d;
      // "Target response (within core hours)": the column's header says its times' hours.
      const header = at(role) < 0 ? '' : grid.header[at(role)].text;
      if (saysBusinessTime(header)) return { ...d, business: true, businessFrom: `the ${header} column` };
      return inBusinessTime(d, tableSaid);
    };
    rows.push({
      row: row.range,
      priorityCell,
      priority:
        parsePriority(priorityCell.text) ??
        (readsAsOutage(priorityCell.text) || (kindsOfTicket && namesIncidents(priorityCell.text)) ? 1 : undefined),
      responseCell,
      response: responseCell ? inContext(cellResponse(responseCell.text, unitOf('response')), responseCell.text, 'response') : undefined,
      resolutionCell,
      resolution: resolutionCell
        ? inContext(parseDurationIn(resolutionCell.text, unitOf(resolvedIn)), resolutionCell.text, resolvedIn)
        : undefined,
      hoursCell,
    });
  }
  return {
    read: { ...base, rows: rankNamedPriorities(rows, { header: grid.header[at('priority') >= 0 ? at('priority') : at('metric')].text }) },
  };
}

/**
 * A response cell's time. Beside a sentence that acknowledges ("Email notification of call being logged within 1
 * hour. Response by email or phone within 1 working day."), the response is the sentence that says so; when it
 * holds no time, none is promised.
 */
function cellResponse(text: string, unit: string | undefined): Duration | undefined {
  const sentences = splitSentences(text).slice(0, 10);
  if (sentences.length >= 2 && sentences.some((s) => ACKNOWLEDGES.test(s))) {
    const answer = sentences.find((s) => /\brespon/i.test(s) && !ACKNOWLEDGES.test(s));
    if (answer) return parseDuration(answer);
  }
  // Parts at commas, semicolons and sentence ends: "Support desk will start work immediately. Support desk will …
  // provide a solution within 8 working hours" answers immediately and resolves in 8 hours.
  const parts = text.split(/[;,]|(?<=[.!?])\s+/).slice(0, 10);
  const timed = parts.map((p) => ({ p, d: parseDuration(p) })).filter((x) => x.d !== undefined) as { p: string; d: Duration }[];
  // "1 hour during business hours; 2 hours outside business hours": on the clock, the slower of the two.
  const after = timed.find((x) => saysOutOfHours(x.p));
  const during = timed.find((x) => !saysOutOfHours(x.p));
  if (after && during) return { ...(after.d.minutes > during.d.minutes ? after.d : during.d), business: false };
  // "4 hours onsite, 1 hour remote": someone answers at the first of the ways the cell names.
  if (timed.length >= 2 && timed.every((x) => CHANNELS.test(x.p.toLowerCase())))
    return timed.reduce((a, b) => (b.d.minutes < a.d.minutes ? b : a)).d;
  // "Immediate response; 2 hour restoration": the restoration's time is not the response's.
  const resolves = (p: string) => RESOLUTION.test(p.toLowerCase()) && !RESPONSE.test(p.toLowerCase());
  if (parts.length >= 2 && parts.some((p) => resolves(p) && parseDuration(p))) {
    const rest = parts.filter((p) => !resolves(p)).join(',');
    const d = parseDuration(rest);
    return d && !d.business && saysBusinessTime(text) && !saysClockTime(text) ? { ...d, business: true } : d;
  }
  return parseDurationIn(text, unit);
}

/** The ways a response arrives, each with its own time in one cell. */
const CHANNELS = /\b(?:on-?site|remote(?:ly)?|phone|telephone|e-?mail|in person)\b/;

const ACKNOWLEDGES = /\b(?:acknowledg\w*|notif\w*|logged|receipt|auto-?reply|automated)\b/i;

/**
 * A table written long: a column whose cells say what each row measures ("Respond", "Resolve"), beside a
 * column of times. The times are responses on the rows that say so, resolutions on the others.
 */
function measuredLong(grid: Grid, columns: ServiceLevelColumnRole[]): boolean {
  const free = (i: number) => columns[i] === 'other';
  const kindAt = (r: Grid['rows'][number], i: number) => rowKind(r.cells[i]?.text ?? '');
  // Cells that say a measure and no tier ("Resolve", "Response"); "Critical Incident Response" is a metric of a tier.
  const measure = columns.findIndex(
    (_, i) =>
      free(i) &&
      shareOf(grid, i, (t) => rowKind(t) !== 'other' && !isPriority(t)) >= 0.5 &&
      grid.rows.some((r) => kindAt(r, i) === 'response'),
  );
  const times = columns.findIndex((_, i) => free(i) && i !== measure && shareOf(grid, i, isDuration) >= 0.5);
  if (measure < 0 || times < 0) return false;
  columns[measure] = 'measure';
  columns[times] = 'response';
  return true;
}

/**
 * A header row that is data: two or three cells, a label and a time (HTML and wiki tables converted with their
 * first row as the header). Read as a table with no header only when nothing else read it.
 */
function headerIsTier(grid: Grid): boolean {
  const [label, ...rest] = grid.header;
  return (
    grid.header.length <= 3 &&
    grid.rows.length >= 1 &&
    label !== undefined &&
    (isPriority(label.text) || readsAsOutage(label.text)) &&
    rest.some((c) => isDuration(c.text))
  );
}

function headerAsRow(grid: Grid): Grid {
  return {
    ...grid,
    header: grid.header.map((c) => ({ ...c, text: '' })),
    rows: [{ range: grid.headerRow, cells: grid.header }, ...grid.rows],
  };
}

/** A column of ticket kinds: one row names incidents, every other row a request or a change. */
function byTicketKind(grid: Grid, column: number): boolean {
  const labels = grid.rows.map((r) => r.cells[column]?.text ?? '').filter((t) => t !== '');
  return labels.filter(namesIncidents).length === 1 && labels.every((t) => namesIncidents(t) || isRequestLabel(t));
}

function outageRows(grid: Grid, column: number): number {
  return grid.rows.filter((r) => readsAsOutage(r.cells[column]?.text ?? '')).length;
}

/** Times that measure something else than the answer: escalations, updates, reports, reviews. */
const OTHER_MEASURES = /\b(?:escalat\w*|updates?|frequency|notif\w*|reports?|reporting|reviews?|thresholds?|status|communicat\w*)\b/;
/** A header naming what its times measure, which no plan is named after. */
const MEASURE_HEADER = new RegExp(`${RESPONSE.source}|${RESOLUTION.source}|${ATTENDANCE.source}`);
const PLAN_NAME = /\b(?:tier|plan|package|edition|bundle|subscription)\s*$/i;
const PLAN_WORD =
  /^(?:basic|standard|premium|professional|enterprise|business|essentials?|advanced|gold|silver|bronze|platinum|plus|pro)\b/i;

/**
 * Priorities down the first column and a plan per column ("| | Base | Plus | Enterprise |", "| Priority |
 * Bronze | Silver | Gold |"): each plan promises its own times. A row of labels ("Response Times",
 * "Resolution") says what the priority rows under it measure; with none, the times are responses. One row per
 * priority and plan, named by the plan, so each plan's tiers are compared among themselves.
 */
function readByPlan(grid: Grid, context: readonly string[]): ServiceLevelTable | undefined {
  const label = (r: GridRow) => r.cells[0]?.text ?? '';
  const prioritised = grid.rows.filter((r) => isPriority(label(r)));
  if (prioritised.length < 2 || grid.header.length < 3) return undefined;
  // A header that is itself a priority makes the table an impact-by-urgency grid, not plans.
  // A plan's name may hold a priority word ("Critical Infrastructure Tier"): a header ending in a plan word is a plan.
  // Two or more headers that name plans as vendors do ("Standard", "Premium") are plans, though "Standard" reads as a tier too.
  const planWords = grid.header.filter((h) => PLAN_WORD.test(h.text.trim())).length >= 2;
  const priorityHeaders = grid.header.filter(
    (h) => isPriority(h.text) && !PLAN_NAME.test(h.text) && !(planWords && PLAN_WORD.test(h.text.trim())),
  );
  if (priorityHeaders.length >= 2) return readPriorityGrid(grid, prioritised, context);
  if (priorityHeaders.length > 0) return undefined;
  // A plan column holds a time on most priority rows.
  const plans = grid.header.flatMap((h, i) =>
    i > 0 && h.text !== '' && prioritised.filter((r) => isDuration(r.cells[i]?.text ?? '')).length * 2 >= prioritised.length ? [i] : [],
  );
  if (plans.length < 2) return undefined;
  // Beside them, a plan that promises no measure at all ("Built-In": "Best-effort" on every row) is a plan too.
  for (const [i, h] of grid.header.entries())
    if (i > 0 && h.text !== '' && !plans.includes(i) && prioritised.every((r) => saysUnmeasuredTime(r.cells[i]?.text ?? ''))) plans.push(i);
  plans.sort((a, b) => a - b);
  // A column that says what it measures ("Resolution", "Response") is a measure, not a plan: not a table of plans.
  if (plans.some((i) => MEASURE_HEADER.test(fold(grid.header[i].text)))) return undefined;
  const measured = new Map<GridRow, RowKind>();
  // With no label row, the times are responses unless the table's context says they are resolutions: its first
  // sentence that names either decides ("The SLA times listed are the time frames in which you can expect the
  // first response. … will make a best effort to resolve").
  const deciding = splitSentences(context.join('. ').toLowerCase()).find((s) => RESPONSE.test(s) || RESOLUTION.test(s));
  const unlabelled: RowKind = deciding && RESOLUTION.test(deciding) && !RESPONSE.test(deciding) ? 'other' : 'response';
  let kind: RowKind | undefined;
  for (const row of grid.rows) {
    const filled = row.cells.filter((c) => c && !/^[\s*_]*$/.test(c.text));
    if (filled.length === 1 && !isPriority(label(row))) kind = rowKind(label(row));
    else if (isPriority(label(row))) measured.set(row, kind ?? unlabelled);
  }
  const responses = prioritised.filter((r) => measured.get(r) === 'response');
  if (responses.length < 2) return undefined;
  const resolutions = prioritised.filter((r) => measured.get(r) === 'resolution');
  const tiers = rankTiers(
    responses.map((r) => readPriority(label(r)) ?? { tier: 1, explicit: false }),
    false,
    responses.map(label),
  );
  const said = businessSaid(context);
  const timed = (cell: Cell | undefined) => timedIn(cell, said);
  const rows: ServiceLevelRow[] = plans.flatMap((i) =>
    responses.map((r, k) => {
      const resolutionCell = resolutions.find((x) => fold(label(x)) === fold(label(r)))?.cells[i];
      return {
        row: r.range,
        priorityCell: r.cells[0]!,
        priority: tiers[k],
        plan: grid.header[i].text,
        responseCell: r.cells[i],
        response: timed(r.cells[i]),
        resolutionCell,
        resolution: timed(resolutionCell),
      };
    }),
  );
  return { ...prioritiesDown(grid), rows };
}

/**
 * An impact-by-urgency grid of times, as ITIL draws the priority matrix: one scale down the first column, the
 * other across the header, a response time in each cell. A cell's tier is its row's rank plus its column's, so
 * only the most urgent of both is the P1; each cell is a row of its own, named by both labels.
 */
function readPriorityGrid(grid: Grid, prioritised: readonly GridRow[], context: readonly string[]): ServiceLevelTable | undefined {
  const columns = grid.header.flatMap((h, i) => (i > 0 && isPriority(h.text) ? [i] : []));
  const timedCells = prioritised.flatMap((r) => columns.map((i) => r.cells[i])).filter((c) => c && isDuration(c.text));
  if (timedCells.length * 2 < prioritised.length * columns.length || RESOLUTION.test(fold(grid.header[0]?.text ?? ''))) return undefined;
  const rank = (labels: string[]) =>
    rankTiers(
      labels.map((l) => readPriority(l) ?? { tier: 1, explicit: false }),
      false,
      labels,
    );
  const down = rank(prioritised.map((r) => r.cells[0]?.text ?? ''));
  const across = rank(columns.map((i) => grid.header[i].text));
  const said = businessSaid(context);
  const rows: ServiceLevelRow[] = prioritised.flatMap((r, k) =>
    columns.flatMap((i, j) => {
      const cell = r.cells[i];
      const response = timedIn(cell, said);
      if (!cell || !response || down[k] === undefined || across[j] === undefined) return [];
      const priorityCell = { ...r.cells[0]!, text: `${r.cells[0]!.text} / ${grid.header[i].text}` };
      return [{ row: r.range, priorityCell, priority: down[k]! + across[j]! - 1, responseCell: cell, response }];
    }),
  );
  return rows.some((r) => r.priority === 1) ? { ...prioritiesDown(grid), rows } : undefined;
}

/** A table read down its first column of priorities: its other columns hold no one role. */
const prioritiesDown = (grid: Grid) =>
  tableBase(
    grid,
    grid.header.map((_, i): ServiceLevelColumnRole => (i === 0 ? 'priority' : 'other')),
  );

/**
 * A row that states the response time and nothing else: "Response Time", "Guaranteed response", "First response
 * SLA", with at most the hours it holds in ("Maximum response time (during normal office hours)").
 */
const RESPONSE_ROW = new RegExp(`^\\W*${RESPONSE_TIME_LABEL}(?:\\s*\\([^()]{0,80}\\))?\\W*$`, 'i');

/**
 * A table of plans (or any table no reader read) with one row of response times, a plan per column ("| Response
 * Time | 4 hours | 2 hours | 1 hour |" under "| Feature | Essential | Professional | Enterprise |"), or a table of
 * terms and their values with a response time among them: with no priorities, every request (a P1 included)
 * is answered in that time, on each plan. Its rows count only with no service-level table in the SOW; the
 * table itself stays of its own kind.
 */
export function readPlanResponse(grid: Grid, context: readonly string[]): ServiceLevelRow[] | undefined {
  const row = grid.rows.find((r) => RESPONSE_ROW.test(r.cells[0]?.text ?? ''));
  if (!row || grid.header.length < 2) return undefined;
  // A table of terms and their values ("| Response time | 4 hours |"): one time, for every request.
  const keyValue = grid.header.length === 2;
  const plans = grid.header.flatMap((h, i) => (i > 0 && (keyValue || h.text !== '') && isDuration(row.cells[i]?.text ?? '') ? [i] : []));
  if (plans.length < (keyValue ? 1 : 2)) return undefined;
  // A table of terms holds its hours in another row ("| Support hours | 8am-6pm Monday to Friday |").
  // The row's own label may say it ("Response time (during business hours)").
  const said = businessSaid([
    row.cells[0]?.text ?? '',
    ...context,
    ...(keyValue ? grid.rows.filter((r) => r !== row).map((r) => r.cells[1]?.text ?? '') : []),
  ]);
  return plans.map((i) => ({
    row: row.range,
    priorityCell: { ...row.cells[0]!, text: EVERY_REQUEST_LABEL },
    priority: 1,
    ...(keyValue ? {} : { plan: grid.header[i].text }),
    responseCell: row.cells[i],
    response: timedIn(row.cells[i], said),
  }));
}

/** A cell's time, counted in business time when the table's context says so and the cell says nothing of its clock. */
function timedIn(cell: Cell | undefined, said: string | undefined): Duration | undefined {
  const d = cell ? parseDuration(cell.text) : undefined;
  return !d || d.business || saysClockTime(cell!.text) ? d : inBusinessTime(d, said);
}

type RowKind = 'response' | 'resolution' | 'other';

/** What a metric row measures of a tier ("Critical Incident Response"), or 'other' when it names no tier. */
const tierMetric = (label: string): RowKind => (isPriority(label) ? rowKind(label) : 'other');

const rowKind = (label: string): RowKind => {
  const l = label.toLowerCase();
  return RESPONSE.test(l) && !RESOLUTION.test(l) ? 'response' : RESOLUTION.test(l) ? 'resolution' : 'other';
};

/**
 * Priorities written as columns: "| | P1 | P2 |" with labels in the first column ("| Response | 1 hour | 4
 * hours |"), or "| Critical | High |" with label rows ("| *Response Time* | * * |") above the row of times.
 * Each priority's times are read from the Response and Resolution rows; findings go on those rows.
 */
function readTransposed(grid: Grid, context: readonly string[]): ServiceLevelTable | undefined {
  // Ranked as a column of labels is: "Production down" over "Urgent" is the top tier, and "Urgent" the second.
  const priorities = rankTiers(
    grid.header.map((c) => readPriority(c.text) ?? (readsAsOutage(c.text) ? { tier: 1, explicit: false } : undefined)),
    false,
    grid.header.map((c) => c.text),
  );
  const labelColumn = priorities[0] === undefined;
  const found: Partial<Record<RowKind, GridRow>> = {};
  let pending: RowKind | undefined;
  for (const row of grid.rows) {
    const first = row.cells[0]?.text ?? '';
    if (labelColumn) {
      found[rowKind(first)] ??= row;
      continue;
    }
    // A label row names what the row below it holds; its other cells are empty or stray emphasis marks.
    if (first !== '' && row.cells.slice(1).every((c) => !c || /^[\s*_]{0,20}$/.test(c.text))) {
      pending = rowKind(first);
      continue;
    }
    if (pending) found[pending] ??= row;
    pending = undefined;
  }
  const responses = found.response;
  if (!responses) return labelColumn ? readPlansByTier(grid, priorities, context) : undefined;
  const said = businessSaid(context);
  const timed = (cell: Cell | undefined) => timedIn(cell, said);
  const rows: ServiceLevelRow[] = [];
  grid.header.forEach((priorityCell, i) => {
    if (priorities[i] === undefined) return;
    const responseCell = responses.cells[i];
    const resolutionCell = found.resolution?.cells[i];
    rows.push({
      row: responses.range,
      priorityCell,
      priority: priorities[i],
      responseCell,
      response: timed(responseCell),
      resolutionCell,
      resolution: timed(resolutionCell),
    });
  });
  return transposedTable(grid, rankNamedPriorities(rows));
}

/** A table whose tiers stand over its columns: its columns have no roles, its rows are read from the cells. */
function transposedTable(grid: Grid, rows: ServiceLevelRow[]): ServiceLevelTable {
  return {
    ...tableBase(
      grid,
      grid.header.map((): ServiceLevelColumnRole => 'other'),
    ),
    form: 'transposed',
    rows,
  };
}

/**
 * Tiers over columns and a plan on each row ("| Support Program | Severity 1 | Severity 2 |" over "| Premium | 1
 * hour | 2 hours |"), when the caption over the table says its times are responses: each plan's tiers, on the
 * plan's row. Rows that are not all timed are no plans.
 */
function readPlansByTier(
  grid: Grid,
  priorities: readonly (number | undefined)[],
  context: readonly string[],
): ServiceLevelTable | undefined {
  const caption = fold(context.at(-1) ?? '');
  if (!/\brespon/.test(caption) || (RESOLUTION.test(caption) && !/\bresponses?\b/.test(caption))) return undefined;
  const tiers = priorities.flatMap((p, i) => (p === undefined ? [] : [i]));
  // A row labelled by a tier of its own ("| 1 | 15min | 30min |") is a grid of two rankings, not a plan.
  const plans = grid.rows.filter((r) => {
    const label = r.cells[0]?.text ?? '';
    return label !== '' && !isPriority(label) && rowKind(label) === 'other' && tiers.every((i) => isDuration(r.cells[i]?.text ?? ''));
  });
  if (plans.length === 0 || plans.length < grid.rows.length) return undefined;
  const said = businessSaid(context);
  const rows = plans.flatMap((r) =>
    tiers.map((i): ServiceLevelRow => {
      const responseCell = r.cells[i];
      return {
        row: r.range,
        priorityCell: grid.header[i],
        priority: priorities[i],
        responseCell,
        response: timedIn(responseCell, said),
        plan: r.cells[0]?.text,
      };
    }),
  );
  return transposedTable(grid, rows);
}

/**
 * Each row's tier as its table ranks them (see rankTiers): a row read as a full outage is the top tier by what
 * it says; a request or a change is no incident tier at all. A column headed as priorities ranks the provider's
 * own labels by their order, and reads "Level 2" as a tier.
 */
function rankNamedPriorities(rows: ServiceLevelRow[], column?: { header: string }): ServiceLevelRow[] {
  const headed = column !== undefined && PRIORITY_COLUMN.test(fold(column.header));
  const levels = column !== undefined && LEVELS_HEADER.test(fold(column.header));
  // A label that states its tier ("Severity 1 Service Requests") is that tier, whatever else it says.
  const request = rows.map((r) => isRequestLabel(r.priorityCell.text));
  const readings = rows.map((r, i) => {
    const read = readPriority(r.priorityCell.text, { levels });
    if (read?.explicit) return read;
    if (request[i]) return undefined;
    return read ?? (r.priority === undefined ? undefined : { tier: r.priority, explicit: false });
  });
  const tiers = rankTiers(
    readings,
    headed && !request.some(Boolean),
    rows.map((r) => r.priorityCell.text),
  );
  return rows.map((r, i) => (tiers[i] === r.priority ? r : { ...r, priority: tiers[i] }));
}

/** A column header that says its cells are priorities, whatever they are called. */
const PRIORITY_COLUMN = /\b(?:priorit(?:y|ies)|severit(?:y|ies)|urgency|impact|classification|levels?)\b/;
