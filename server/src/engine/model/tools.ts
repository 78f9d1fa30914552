import type { Table } from 'mdast';
import type { SourceText } from '../source';
import { parseAccess } from '../vocabulary/access';
import { resolveParty } from '../vocabulary/parties';
import { isEmptyMarker, mentionsAny } from '../vocabulary/words';
import { assignRoles, cellReader, columnOf, findColumn, readTableBase, rowRange } from './cells';
import type { Party, Tool, ToolColumnRole, ToolTable } from './types';

const TOOL = (h: string) => /^(tool|tools|platform|platforms|tool \/ platform|system|application)$/.test(h) || /^(tool|platform)\b/.test(h);
const OWNER = (h: string) => /\b(owner|owned by|licen[cs]e holder|licensed to)\b/.test(h);
const ACCESS = (h: string) => /\baccess\b/.test(h);
const EXIT = (h: string) => /\b(exit|termination|offboarding|transition)\b/.test(h);
const KIND = (h: string) => /^(kind|type|category|purpose|use|function)$/.test(h);

const RMM_WORDS = ['rmm', 'remote monitoring'];
const TICKETING_WORDS = ['psa', 'ticketing', 'service desk', 'ticketing system'];

const ROLE_TESTS: [ToolColumnRole, (h: string) => boolean][] = [
  ['tool', TOOL],
  ['owner', OWNER],
  ['access', ACCESS],
  ['exit', EXIT],
  ['kind', KIND],
];

export function isToolHeader(headers: string[]): boolean {
  const tool = findColumn(headers, TOOL);
  if (tool === undefined) return false;
  return [OWNER, ACCESS, EXIT].some((t) => findColumn(headers, t) !== undefined);
}

export function readToolTable(table: Table, headers: string[], parties: Party[], source: SourceText): ToolTable {
  const toolTable: ToolTable = { ...readTableBase(table, source, assignRoles(headers, ROLE_TESTS, 'other')), tools: [] };
  const at = (role: ToolColumnRole) => columnOf(toolTable, role);
  for (const row of table.children.slice(1)) {
    const cellAt = cellReader(row, source);
    const nameCell = cellAt(at('tool'));
    if (!nameCell || nameCell.text === '') continue;
    const kindCell = cellAt(at('kind'));
    const ownerCell = cellAt(at('owner'));
    const accessCell = cellAt(at('access'));
    const exitCell = cellAt(at('exit'));
    const describes = `${nameCell.text} ${kindCell?.text ?? ''}`;
    const owner = ownerCell && !isEmptyMarker(ownerCell.text) ? resolveParty(ownerCell.text, parties) : undefined;
    toolTable.tools.push({
      name: nameCell.text,
      row: rowRange(row, source),
      nameCell, kindCell, ownerCell, accessCell, exitCell,
      owner,
      ownerUnknown: ownerCell !== undefined && !isEmptyMarker(ownerCell.text) && owner === undefined,
      access: parseAccess(accessCell?.text),
      exitTerms: exitCell && !isEmptyMarker(exitCell.text) ? [exitCell.range] : [],
      isRmm: mentionsAny(describes, RMM_WORDS),
      isTicketing: mentionsAny(describes, TICKETING_WORDS),
    });
  }
  return toolTable;
}

/** Whether an exit-section list item names the tool, by its name or its kind. */
export function itemNamesTool(item: string, tool: Tool): boolean {
  const words = [tool.name.toLowerCase()];
  if (tool.kindCell && tool.kindCell.text !== '') words.push(tool.kindCell.text.toLowerCase());
  if (tool.isRmm) words.push(...RMM_WORDS);
  if (tool.isTicketing) words.push(...TICKETING_WORDS);
  return mentionsAny(item, words);
}
