// How Demarc read the cell or row under a position, in a reviewer's words, so a person can check the
// reading at a glance (hover shows it; the preview shows the same readings).
import type { Party, RaciAssignment, ResponsibilityFunction, ServiceLevelRow, SowModel, Tool } from './model/types';
import type { Position, Range } from './types';
import { describeDuration, explainDuration } from './vocabulary/duration';
import { formatRaci, RACI_MEANING } from './vocabulary/raci';
import { isEmptyMarker } from './vocabulary/words';

const ROLE_TEXT = {
  client: 'the client (the customer; its internal IT team)',
  provider: 'the provider (the MSP)',
  other: 'another party to the contract',
};

export function contains(range: Range, p: Position): boolean {
  if (p.line < range.start.line || p.line > range.end.line) return false;
  if (p.line === range.start.line && p.character < range.start.character) return false;
  if (p.line === range.end.line && p.character > range.end.character) return false;
  return true;
}

function describeParty(party: Party): string {
  return `**${party.name}**: ${ROLE_TEXT[party.role]}`;
}

/**
 * How a matrix cell was read, where that differs from what it says: "Yes" → "not a RACI value", a mark
 * → "R/A". A blank cell or an empty marker ("-", "n/a", "TBD") says "no role" itself, so gets no note.
 * The preview and the exported report both show the cell as written with this beside it.
 */
export function cellNote(a: RaciAssignment): string | undefined {
  if (a.valid && a.roles.length === 0 && (!a.cell.text.trim() || isEmptyMarker(a.cell.text))) return undefined;
  const read = a.valid ? formatRaci(a.roles) || 'no role' : 'not a RACI value';
  return a.cell.text === read ? undefined : read;
}

/** The title of the innermost section a line stands in: the heading a reader sees a table under. */
export function sectionTitleAt(model: SowModel, line: number): string | undefined {
  return model.sections.filter((s) => s.range.start.line <= line && line <= s.range.end.line).pop()?.title;
}

/** "P1 · response 4 hours of business time (from …) · resolution 1 day" for a service-level row. */
export function describeServiceLevel(row: ServiceLevelRow): string {
  const parts = [
    row.priority === undefined
      ? `"${row.priorityCell.text}" is not read as a priority`
      : `**P${row.priority}** ("${row.priorityCell.text}")${row.plan ? ` on the ${row.plan} plan` : ''}`,
  ];
  if (row.responseCell) {
    parts.push(
      row.response
        ? `response **${describeDuration(row.response)}**${row.response.businessFrom ? `, business time read from ${row.response.businessFrom}` : ''}. ${explainDuration(row.response)}`
        : `response "${row.responseCell.text}" is not measurable`,
    );
  }
  if (row.resolution) parts.push(`resolution ${describeDuration(row.resolution)}`);
  return `Read as ${parts.join(' · ')}`;
}

/** "RMM · owner Northwind · client access read-only · exit terms on line 40" for a tool row. */
export function describeTool(tool: Tool): string {
  const kind = [tool.isRmm ? 'RMM' : '', tool.isTicketing ? 'ticketing system' : ''].filter(Boolean).join(' and ') || 'a tool';
  const owner = tool.owner
    ? `owner ${tool.owner.name}`
    : tool.ownerCell
      ? `owner "${tool.ownerCell.text}" (not a declared party)`
      : 'no owner stated';
  const exit = tool.exitTerms.length
    ? `exit terms on line ${tool.exitTerms.map((r) => r.start.line + 1).join(', ')}`
    : tool.broughtBy
      ? `no exit terms, and it needs them: ${tool.broughtBy}`
      : tool.awaitsText
        ? 'no exit terms asked for: nothing says the provider brings it'
        : 'no exit terms';
  return `Read **${tool.name}** as ${kind} · ${owner} · client access **${tool.access}** · ${exit}`;
}

function describeAssignment(fn: ResponsibilityFunction, p: Position): string | undefined {
  const a = fn.assignments.find((x) => contains(x.cell.range, p));
  if (!a) return undefined;
  const who = a.column.party
    ? `${a.column.party.name}, ${ROLE_TEXT[a.column.party.role]}`
    : `"${a.column.header.text}" (not a declared party)`;
  if (!a.valid) return `**${a.cell.text}** is not read as a role (${who}, *${fn.name}*)`;
  if (a.column.party && fn.described?.includes(a.column.party))
    return `A duty of ${who}, written out rather than as a role: it does part of *${fn.name}*`;
  if (a.roles.length === 0) return `No role for ${who} in *${fn.name}*`;
  return [`**${a.cell.text}**: ${who}, for *${fn.name}*`, ...a.roles.map((r) => `- **${r}**: ${RACI_MEANING[r]}`)].join('\n');
}

/** How the thing under a position was read, or undefined where Demarc read nothing there. */
export function readingAt(model: SowModel, p: Position): string | undefined {
  for (const m of model.matrices) {
    const column = m.partyColumns.find((c) => contains(c.header.range, p));
    if (column)
      return column.party ? `"${column.header.text}" = ${describeParty(column.party)}` : `"${column.header.text}" is not a declared party`;
    for (const fn of m.functions) {
      if (fn.row.start.line !== p.line) continue;
      if (fn.owner && contains(fn.owner.cell.range, p)) {
        return fn.owner.parties.length === 1
          ? `Owner of *${fn.name}*: ${describeParty(fn.owner.parties[0])}`
          : `Owner of *${fn.name}* read as "${fn.owner.cell.text}": ${fn.status}`;
      }
      const cell = describeAssignment(fn, p);
      if (cell) return cell;
    }
  }
  for (const t of model.serviceLevels) {
    // A row of a table with a column per plan holds one reading per plan: the plan's cell under the cursor, else all.
    const rows = t.rows.filter((row) => contains(row.row, p));
    const under = rows.find((row) => row.plan !== undefined && row.responseCell && contains(row.responseCell.range, p));
    if (rows.length > 0) return (under ? [under] : rows).map(describeServiceLevel).join('\n\n');
  }
  const hoursOnly = model.responseHoursOnly;
  if (hoursOnly && contains(hoursOnly.range, p))
    return 'Read as every request answered only in business hours, with no time: a P1 raised at night waits for the working day';
  for (const tool of model.tools) if (contains(tool.row, p)) return describeTool(tool);
  for (const t of model.unreadTables) if (contains(t.headerRow, p)) return `Demarc could not read this table. ${t.reason}`;
  const fm = model.frontMatter;
  for (const party of [fm.client, fm.provider]) {
    const key = party && fm.keys[party.role];
    if (party && key && key.start.line === p.line) return describeParty(party);
  }
  return undefined;
}
