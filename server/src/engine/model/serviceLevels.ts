import type { Table } from 'mdast';
import type { SourceText } from '../source';
import { parseDuration } from '../vocabulary/duration';
import { parsePriority } from '../vocabulary/priority';
import { assignRoles, cellReader, columnOf, findColumn, readTableBase, rowRange } from './cells';
import type { ServiceLevelColumnRole, ServiceLevelRow, ServiceLevelTable } from './types';

const PRIORITY = (h: string) => /^(priority|severity|level|sev|p)\b/.test(h) || /\b(priority|severity)$/.test(h);
const RESPONSE = (h: string) => /\bresponse\b|\brespond\b/.test(h);
const RESOLUTION = (h: string) => /\b(resolution|resolve|restore|restoration|fix)\b/.test(h);
const HOURS = (h: string) => /\b(hours|coverage|cover|availability)\b/.test(h);

/** Response first: "Response priority" is a response column, never the priority one. */
const ROLE_TESTS: [ServiceLevelColumnRole, (h: string) => boolean][] = [
  ['response', RESPONSE],
  ['priority', PRIORITY],
  ['resolution', RESOLUTION],
  ['hours', HOURS],
];

export function isServiceLevelHeader(headers: string[]): boolean {
  return findColumn(headers, PRIORITY) !== undefined && findColumn(headers, RESPONSE) !== undefined;
}

export function readServiceLevels(table: Table, headers: string[], source: SourceText): ServiceLevelTable {
  const columns = assignRoles(headers, ROLE_TESTS, 'other');
  const base = readTableBase(table, source, columns);
  const at = (role: ServiceLevelColumnRole) => columnOf(base, role);
  const rows: ServiceLevelRow[] = [];
  for (const row of table.children.slice(1)) {
    const cellAt = cellReader(row, source);
    const priorityCell = cellAt(at('priority'));
    if (!priorityCell || priorityCell.text === '') continue;
    const responseCell = cellAt(at('response'));
    const resolutionCell = cellAt(at('resolution'));
    rows.push({
      row: rowRange(row, source),
      priorityCell,
      priority: parsePriority(priorityCell.text),
      responseCell,
      response: responseCell ? parseDuration(responseCell.text) : undefined,
      resolutionCell,
      resolution: resolutionCell ? parseDuration(resolutionCell.text) : undefined,
      hoursCell: cellAt(at('hours')),
    });
  }
  return { ...base, rows };
}
