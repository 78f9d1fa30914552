import { parseAccess } from '../vocabulary/access';
import { isSharedWord, ownerNames, resolveParty } from '../vocabulary/parties';
import { ALL_TOOLS_WORDS, isRmm, isTicketing, RMM_EXIT_WORDS, RMM_WORDS, TICKETING_EXIT_WORDS, TICKETING_WORDS } from '../vocabulary/tools';
import { isEmptyMarker, mentionsAny } from '../vocabulary/words';
import { headerWords, shareOf, tableBase } from './cells';
import type { Grid, ReadResult } from './grid';
import type { Party, ToolColumnRole, ToolTable } from './types';

const TOOL = (h: string) =>
  /^(tools?|platforms?|tool \/ platform|systems?|applications?|software|products?|solutions?|name|tools? and platforms?|software tools?)$/.test(
    h,
  ) || /^(tool|platform|software)\b/.test(h);
const OWNER = (h: string) => /\b(owner|owned by|licen[cs]e holder|licensed to|provided by|supplied by)\b/.test(h);
const ACCESS = (h: string) => /\b(access|permissions?|rights)\b/.test(h);
const EXIT = (h: string) => /\b(exit|termination|offboarding|transition|on exit|at exit|end of (?:term|contract))\b/.test(h);
const KIND = (h: string) => /^(kind|type|category|purpose|use|used for|function|what it does|role)$/.test(h);

const ROLE_TESTS: [ToolColumnRole, (h: string) => boolean][] = [
  ['tool', TOOL],
  ['owner', OWNER],
  ['access', ACCESS],
  ['exit', EXIT],
  ['kind', KIND],
];

const describesTool = (t: string) =>
  isRmm(t) || isTicketing(t) || /\b(edr|backup|antivirus|mdm|documentation|password|firewall|monitoring|remote)\b/i.test(t);

function roles(grid: Grid): ToolColumnRole[] | undefined {
  const headers = headerWords(grid);
  const columns: ToolColumnRole[] = headers.map(() => 'other');
  for (const [role, test] of ROLE_TESTS) {
    const i = headers.findIndex((h, index) => columns[index] === 'other' && test(h));
    if (i >= 0) columns[i] = role;
  }
  const tool = columns.indexOf('tool');
  if (tool < 0) return undefined;
  if (columns.some((r) => r === 'owner' || r === 'access' || r === 'exit')) return columns;
  // "System | Purpose": a tool table only when its rows describe tools.
  const kind = columns.indexOf('kind');
  return kind >= 0 && Math.max(shareOf(grid, tool, describesTool), shareOf(grid, kind, describesTool)) >= 0.5 ? columns : undefined;
}

export function readToolTable(grid: Grid, parties: Party[]): ReadResult<ToolTable> | undefined {
  const columns = roles(grid);
  if (!columns) return undefined;
  const toolTable: ToolTable = { ...tableBase(grid, columns), tools: [] };
  const at = (role: ToolColumnRole) => columns.indexOf(role);
  for (const row of grid.rows) {
    const cell = (role: ToolColumnRole) => (at(role) < 0 ? undefined : row.cells[at(role)]);
    const nameCell = cell('tool');
    if (!nameCell || nameCell.text === '') continue;
    const kindCell = cell('kind');
    const ownerCell = cell('owner');
    const accessCell = cell('access');
    const exitCell = cell('exit');
    const describes = `${nameCell.text} ${kindCell?.text ?? ''}`;
    const owner = ownerCell && !isEmptyMarker(ownerCell.text) ? resolveParty(ownerCell.text, parties) : undefined;
    toolTable.tools.push({
      name: nameCell.text,
      row: row.range,
      nameCell,
      kindCell,
      ownerCell,
      accessCell,
      exitCell,
      owner,
      // "Contoso / Northwind" or "Both" names declared parties: shared, not unknown.
      ownerUnknown:
        ownerCell !== undefined &&
        !isEmptyMarker(ownerCell.text) &&
        owner === undefined &&
        ownerNames(ownerCell.text).some((name) => !isSharedWord(name) && resolveParty(name, parties) === undefined),
      access: parseAccess(accessCell?.text),
      exitTerms: exitCell && !isEmptyMarker(exitCell.text) ? [exitCell.range] : [],
      isRmm: isRmm(describes),
      isTicketing: isTicketing(describes),
    });
  }
  return { read: toolTable };
}

/** Whether exit terms cover every tool, any RMM, or any ticketing system, whatever its name. */
export function genericExitTerms(text: string): { all: boolean; rmm: boolean; ticketing: boolean } {
  return {
    all: mentionsAny(text, ALL_TOOLS_WORDS),
    rmm: mentionsAny(text, RMM_WORDS) || mentionsAny(text, RMM_EXIT_WORDS),
    ticketing: mentionsAny(text, TICKETING_WORDS) || mentionsAny(text, TICKETING_EXIT_WORDS),
  };
}
