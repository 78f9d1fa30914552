import type { Table } from 'mdast';
import type { SourceText } from '../source';
import { parseDuration } from '../vocabulary/duration';
import { parsePriority } from '../vocabulary/priority';
import { cellReader, findColumn, readTableBase, rowRange } from './cells';
import type { ServiceLevelRow, ServiceLevelTable } from './types';

const PRIORITY = (h: string) => /^(priority|severity|level|sev|p)\b/.test(h) || /\b(priority|severity)$/.test(h);
const RESPONSE = (h: string) => /\bresponse\b|\brespond\b/.test(h);
const RESOLUTION = (h: string) => /\b(resolution|resolve|restore|restoration|fix)\b/.test(h);
const HOURS = (h: string) => /\b(hours|coverage|cover|availability)\b/.test(h);

export function isServiceLevelHeader(headers: string[]): boolean {
  return findColumn(headers, PRIORITY) !== undefined && findColumn(headers, RESPONSE) !== undefined;
}

export function readServiceLevels(table: Table, headers: string[], source: SourceText): ServiceLevelTable {
  const base = readTableBase(table, source);
  const priorityColumn = findColumn(headers, PRIORITY) ?? 0;
  const responseColumn = findColumn(headers, RESPONSE) ?? 1;
  const resolutionColumn = findColumn(headers, (h) => RESOLUTION(h) && !RESPONSE(h));
  const hoursColumn = findColumn(headers, (h) => HOURS(h) && !RESPONSE(h) && !RESOLUTION(h));
  const rows: ServiceLevelRow[] = [];
  for (const row of table.children.slice(1)) {
    const cellAt = cellReader(row, source);
    const priorityCell = cellAt(priorityColumn);
    if (!priorityCell || priorityCell.text === '') continue;
    const responseCell = cellAt(responseColumn);
    const resolutionCell = cellAt(resolutionColumn);
    rows.push({
      row: rowRange(row, source),
      priorityCell,
      priority: parsePriority(priorityCell.text),
      responseCell,
      response: responseCell ? parseDuration(responseCell.text) : undefined,
      resolutionCell,
      resolution: resolutionCell ? parseDuration(resolutionCell.text) : undefined,
      hoursCell: cellAt(hoursColumn),
    });
  }
  return { ...base, responseColumn, rows };
}
