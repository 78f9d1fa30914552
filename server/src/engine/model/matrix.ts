import type { Table } from 'mdast';
import type { SourceText } from '../source';
import { parseRaci } from '../vocabulary/raci';
import { isSharedWord, resolveParty } from '../vocabulary/parties';
import { functionKey, isEmptyMarker } from '../vocabulary/words';
import { columnOf, findColumn, readCell, readTableBase, rowRange } from './cells';
import type {
  MatrixColumnRole, OwnerCell, Party, PartyColumn, RaciAssignment, RaciLetter, ResponsibilityFunction, ResponsibilityMatrix,
} from './types';

const FUNCTION_HEADERS = /^(function|service|area|task|activity|responsibility)(s|ies)?$/;
const FREE_TEXT_HEADERS = /^(notes?|comments?|scope|description|details?|remarks?)$/;
const OWNER_HEADER = /^(owner|owned by|accountable party|responsible party)$/;

export function isMatrixHeader(headers: string[]): boolean {
  return headers.length >= 2 && FUNCTION_HEADERS.test(headers[0]);
}

export function readMatrix(table: Table, headers: string[], parties: Party[], source: SourceText): ResponsibilityMatrix {
  const owner = findColumn(headers, (h) => OWNER_HEADER.test(h), 1);
  // An owner-form matrix names parties in its owner cells; every other column is free text.
  const columns = headers.map((h, i): MatrixColumnRole => {
    if (i === 0) return 'function';
    if (owner !== undefined) return i === owner ? 'owner' : 'free-text';
    return FREE_TEXT_HEADERS.test(h) ? 'free-text' : 'party';
  });
  const base = readTableBase(table, source, columns);
  const partyColumns: PartyColumn[] = [];
  columns.forEach((role, index) => {
    if (role !== 'party') return;
    const header = base.headerCells[index];
    partyColumns.push({ index, header, party: resolveParty(header.text, parties) });
  });
  const matrix: ResponsibilityMatrix = { ...base, kind: owner === undefined ? 'raci' : 'owner', partyColumns, functions: [] };
  const ownerColumn = columnOf(matrix, 'owner');
  for (const row of table.children.slice(1)) {
    const first = row.children[0];
    if (!first) continue;
    const nameCell = readCell(first, source);
    if (nameCell.text === '') continue;
    const fn: ResponsibilityFunction = {
      name: nameCell.text, key: functionKey(nameCell.text), row: rowRange(row, source), nameCell,
      assignments: [], roles: new Map(), accountable: [], responsible: [], status: 'assigned',
    };
    if (ownerColumn !== undefined) {
      const cell = row.children[ownerColumn];
      fn.owner = cell ? readOwner(readCell(cell, source), parties) : { ...readOwner({ text: '', range: fn.row }, parties), absent: true };
      for (const p of fn.owner.parties) addRoles(fn, p, ['R', 'A']);
    } else {
      for (const column of partyColumns) {
        const cellNode = row.children[column.index];
        if (!cellNode) continue;
        const cell = readCell(cellNode, source);
        const { roles, valid } = parseRaci(cell.text);
        const assignment: RaciAssignment = { column, cell, roles, valid };
        fn.assignments.push(assignment);
        if (column.party) addRoles(fn, column.party, roles);
      }
    }
    fn.status = statusOf(fn);
    matrix.functions.push(fn);
  }
  return matrix;
}

function addRoles(fn: ResponsibilityFunction, party: Party, roles: RaciLetter[]): void {
  if (roles.length === 0) return;
  const held = fn.roles.get(party.name) ?? [];
  for (const r of roles) if (!held.includes(r)) held.push(r);
  fn.roles.set(party.name, held);
  if (roles.includes('A') && !fn.accountable.includes(party)) fn.accountable.push(party);
  if (roles.includes('R') && !fn.responsible.includes(party)) fn.responsible.push(party);
}

function statusOf(fn: ResponsibilityFunction): ResponsibilityFunction['status'] {
  if (fn.accountable.length > 1 || fn.owner?.shared || (fn.owner && fn.owner.parties.length + fn.owner.unknownNames.length > 1)) {
    return 'conflict';
  }
  if (fn.owner && fn.owner.unknownNames.length > 0) return 'assigned';
  return fn.accountable.length + fn.responsible.length === 0 ? 'unassigned' : 'assigned';
}

/** An owner cell names one party; several names or Both / Shared / Joint is a conflict. */
function readOwner(cell: { text: string; range: OwnerCell['cell']['range'] }, parties: Party[]): OwnerCell {
  const owner: OwnerCell = {
    cell, parties: [], unknownNames: [], shared: false, placeholder: isEmptyMarker(cell.text), absent: false,
  };
  if (owner.placeholder) return owner;
  if (isSharedWord(cell.text)) {
    owner.shared = true;
    return owner;
  }
  // A party's own name may contain "&" or "and" ("Harbor & Vine LLP"): try the whole cell first.
  const whole = resolveParty(cell.text, parties);
  if (whole) {
    owner.parties.push(whole);
    return owner;
  }
  const names = cell.text.split(/\s*(?:[/,&+;]|\band\b)\s*/i).filter((n) => n.trim() !== '');
  for (const name of names) {
    if (isSharedWord(name)) owner.shared = true;
    else {
      const party = resolveParty(name, parties);
      if (party) {
        if (!owner.parties.includes(party)) owner.parties.push(party);
      } else owner.unknownNames.push(name.trim());
    }
  }
  return owner;
}

/** The one party accountable for a function, falling back to the one responsible. */
export function accountableOwner(fn: ResponsibilityFunction): Party | undefined {
  if (fn.accountable.length === 1) return fn.accountable[0];
  if (fn.accountable.length === 0 && fn.responsible.length === 1) return fn.responsible[0];
  return undefined;
}
