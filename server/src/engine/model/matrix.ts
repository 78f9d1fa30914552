import { rememberedByText } from '../rememberedByText';
import { isRaciLegend, parseRaci, parseRaciWith, saysNotApplicable, writtenAsLetters, type RaciValue } from '../vocabulary/raci';
import { isRoleWord, isSharedWord, namesTeamOrJob, ownerNames, partiesNamedIn, resolveParty } from '../vocabulary/parties';
import { fold, functionKey, isEmptyMarker } from '../vocabulary/words';
import { headerWords, shareOf, tableBase } from './cells';
import { readOwner } from './ownerCell';
import { DUTY_HEADER, partyColumn, variantName, variantsOf, withPartyUnits } from './partyColumns';
import type { Range } from '../types';
import type { Grid, ReadResult } from './grid';
import type {
  Cell,
  MatrixColumnRole,
  Party,
  PartyColumn,
  RaciAssignment,
  RaciLetter,
  ResponsibilityFunction,
  ResponsibilityMatrix,
} from './types';

const FUNCTION_HEADERS =
  /^(?:it |service |scope |work )?(functions?|services?|areas?|tasks?|activit(?:y|ies)|responsibilit(?:y|ies)|service names?|deliverables?|process(?:es)?|layers?|resources?|components?|duties|items?|capabilit(?:y|ies)|domains?|steps?|milestones?|phases?|stages?)$|^(?:activity|function|service|task) ?\/ ?(?:function|activity|task|service)$/;
const FREE_TEXT_HEADERS = /^(notes?|comments?|scope|description|details?|remarks?|examples?|frequency|sla|tools?|#|no\.?|id|ref)$/;
/** A header over a column of duties whoever it names ("Client Responsibilities", "Duties"): stricter than DUTY_HEADER. */
const DUTY_COLUMN = /\b(?:responsibilit(?:y|ies)|duties|obligations)\b/;
const OWNER_HEADER = /^(owner|owned by|accountable party|responsible party|responsible|accountable|who|lead|primary owner)$/;
/** Columns of a contact list ("| Role | Name | Timezone |", "| Contact | Email | Phone |"): who to call, not who does what. */
const CONTACT_HEADERS =
  /^(?:names?|full name|contact(?: name| details| info(?:rmation)?)?|e-?mails?(?: address(?:es)?)?|phone(?: numbers?)?|telephone|tel|mobile|cell|time ?zones?|(?:job )?titles?|positions?|locations?|offices?|availability|working hours|hours)$/;

/**
 * Whether a cell is evidence of a role, for a column not headed by a party: RACI letters or words, a party's
 * name, Joint / Shared, or a condition where a mark would be. A check mark or "Yes" is not: plan comparisons
 * and entitlement tables (features × user roles) are full of them. An empty marker says nothing either way.
 */
function rolesIn(parties: Party[]): (text: string) => boolean | undefined {
  return (t) => {
    if (isEmptyMarker(t)) return undefined;
    const v = parseRaci(t);
    if (v.valid) return v.form !== 'mark' && v.roles.length > 0;
    return (
      resolveParty(t, parties) !== undefined ||
      isSharedWord(t) ||
      (ownerNames(t).length > 0 && ownerNames(t).every((n) => resolveParty(n, parties) !== undefined || isSharedWord(n)))
    );
  };
}

/** A cell written as a sentence rather than a mark, a letter or a name: more than three words. */
const inSentences = (text: string) => text.split(/\s+/).length > 3;

/** Whether the columns after the first hold RACI letters: at least two cells, and letters in most that say anything. */
function lettersAfterFirst(grid: Grid): boolean {
  const columns = grid.header.flatMap((_, i) => (i > 0 ? [i] : []));
  const letters = grid.rows.flatMap((r) => columns.filter((i) => writtenAsLetters(r.cells[i]?.text ?? ''))).length;
  return letters >= 2 && roleEvidence(grid, columns, (t) => (isEmptyMarker(t) ? undefined : writtenAsLetters(t))) >= 0.5;
}

/**
 * The share of party columns' cells that are evidence of a role, among cells that say anything (see rolesIn):
 * the least of the columns that say anything, so one column of prices or marks is enough to say no. A column
 * of dashes says nothing; columns that all say nothing are no evidence.
 */
function roleEvidence(grid: Grid, columns: number[], test: (text: string) => boolean | undefined): number {
  let least: number | undefined;
  for (const column of columns) {
    let said = 0;
    let roles = 0;
    for (const row of grid.rows) {
      const text = row.cells[column]?.text ?? '';
      const verdict = text === '' ? undefined : test(text);
      if (verdict === undefined) continue;
      said++;
      if (verdict) roles++;
    }
    if (said > 0) least = Math.min(least ?? 1, roles / said);
  }
  return least ?? 0;
}

/**
 * A responsibility matrix: a function column (by its header), then party columns or one owner column.
 * Taken as a matrix only when its columns show it: headed by declared parties or role words, or holding
 * roles in their cells (RACI letters, party names; check marks only under a party's name), so a price list,
 * a plan comparison or an entitlement table headed "Service" or "Feature" is not one; headed by parties but
 * holding something else, it is reported. Parties written as rows (functions as columns) are read too.
 */
export function readMatrix(
  grid: Grid,
  parties: Party[],
  legend: ReadonlyMap<string, RaciValue> = new Map(),
): ReadResult<ResponsibilityMatrix> | undefined {
  const headers = headerWords(grid);
  // A legend of the letters and a contact list name roles and parties but assign no work.
  if (isRaciLegend(grid.rows.map((r) => r.cells.map((c) => c?.text ?? '')))) return undefined;
  const after = headers.slice(1).filter((h) => h !== '');
  if (after.length > 0 && after.filter((h) => CONTACT_HEADERS.test(h)).length * 2 >= after.length) return undefined;
  // Asked of each header and cell many times below: each text is read once (for this table only, so unbounded).
  const isParty = rememberedByText((t) => resolveParty(t, parties) !== undefined || isRoleWord(t) || isSharedWord(t), Infinity);
  // A party column's header may name its parties inside a phrase that says their duties stand under it ("What
  // Northwind does", "How Microsoft and Red Hat help"); "Sourcegraph Cloud" names a product, not a duty.
  const headsParty = rememberedByText((t) => isParty(t) || (DUTY_HEADER.test(fold(t)) && partiesNamedIn(t, parties).length > 0), Infinity);
  // The function column by its header; else the first column, when the columns after it are headed by parties
  // or hold RACI letters ("| Requirement | Helpdesk | Security Team |" over "| Patching | R | A |").
  const namesOwners = (t: string) => ownerNames(t).every((n) => isParty(n) || isSharedWord(n));
  // Owners written under columns of areas or packages ("| Area | Standard Cloud | Cloud Plus |" over "CS", "Client/AiSP").
  const ownersAfterFirst = () => grid.header.filter((_, i) => i > 0 && shareOf(grid, i, namesOwners) >= 0.5).length >= 2;
  let byHeader = headers.findIndex((h) => FUNCTION_HEADERS.test(h));
  // A category before the function ("| Area | Task |"): the last of adjacent function headers whose cells hold no owners or roles.
  const holdsRoles = (t: string) => isParty(t) || (parseRaci(t).valid && !isEmptyMarker(t));
  while (byHeader >= 0 && FUNCTION_HEADERS.test(headers[byHeader + 1] ?? '') && shareOf(grid, byHeader + 1, holdsRoles) < 0.5) byHeader++;
  const fnColumn =
    byHeader >= 0 ||
    headsParty(grid.header[0]?.text ?? '') ||
    !(
      grid.header.slice(1).some((c) => headsParty(c.text)) ||
      ((lettersAfterFirst(grid) || ownersAfterFirst()) && shareOf(grid, 0, isParty) < 0.5)
    )
      ? byHeader
      : 0;
  // Found by its party headers alone, a matrix must also show roles in its cells (not a column of vendors under "Provider").
  const byParties = byHeader < 0 && fnColumn === 0;
  if (fnColumn < 0 && grid.rows.length >= 2 && shareOf(grid, 0, isParty) >= 0.5) return readTransposed(grid, parties);
  // Parties over their duties, with no function column ("| Northwind will | Contoso will |" over paragraphs).
  const partyHeaders = grid.header.filter((c) => c.text !== '' && headsParty(c.text)).length;
  if (
    fnColumn < 0 &&
    partyHeaders >= 2 &&
    partyHeaders === grid.header.filter((c) => c.text !== '').length &&
    grid.header.every((_, i) => shareOf(grid, i, inSentences) >= 0.5 || shareOf(grid, i, () => true) === 0)
  )
    return readDutyColumns(grid, parties);
  // Found by its header, the function column may stand after a number and a category ("| # | Area | Task |").
  if (fnColumn < 0 || fnColumn > (byHeader >= 0 ? 3 : 1) || headers.length < 2) return undefined;
  // RACI written as role columns ("Responsible | Accountable | Consulted") names parties in its cells: the
  // accountable column holds the owner, the one who signs the work off.
  const ownerAt = (test: (h: string) => boolean) => headers.findIndex((h, i) => i > fnColumn && OWNER_HEADER.test(h) && test(h));
  const accountable = ownerAt((h) => h === 'accountable' || h === 'accountable party');
  let owner = accountable >= 0 ? accountable : ownerAt(() => true);
  // Beside it, the responsible column: a row with no one accountable still has someone doing the work.
  const responsible = accountable >= 0 ? ownerAt((h) => h === 'responsible' || h === 'responsible party') : -1;
  const columns = headers.map((h, i): MatrixColumnRole => {
    if (i === fnColumn) return 'function';
    if (i < fnColumn) return 'free-text';
    if (owner >= 0) return i === owner ? 'owner' : 'free-text';
    return FREE_TEXT_HEADERS.test(h) ? 'free-text' : 'party';
  });
  // An Owner column says what its cells hold; party columns must show it in their cells.
  const candidates = columns.flatMap((r, i) => (r === 'party' ? [i] : []));
  if (candidates.length === 0 && owner < 0) return undefined;
  // Headed by a declared party or a role word, it is a matrix whatever its cells say (typos are
  // invalid-raci); otherwise only roles in its cells tell a matrix from a price list headed "Service".
  const named = candidates.some((i) => headsParty(grid.header[i].text));
  // Beside columns headed by parties, one headed by no party whose short cells hold no roles ("Plan" over "Self
  // Service", "On request") describes the row. Sentences there are someone's duties.
  const roleCell = (t: string) => parseRaci(t).valid || isEmptyMarker(t);
  if (named && candidates.some((i) => headsParty(grid.header[i].text) && shareOf(grid, i, roleCell) >= 0.5))
    for (const i of candidates)
      if (!headsParty(grid.header[i].text) && shareOf(grid, i, roleCell) < 0.5 && shareOf(grid, i, inSentences) < 0.5)
        columns[i] = 'free-text';
  // A column describing each row ("Content": "Virtual machines, networks, storage") beside columns of owners is
  // that row's description, not a party's column.
  const ownerColumns = candidates.filter((i) => !headsParty(grid.header[i].text) && shareOf(grid, i, namesOwners) >= 0.5);
  if (!named && ownerColumns.length >= 2)
    for (const i of candidates) if (!ownerColumns.includes(i) && shareOf(grid, i, inSentences) >= 0.5) columns[i] = 'free-text';
  const partyIndexes = candidates.filter((i) => columns[i] === 'party');
  const filled = partyIndexes.filter((i) => grid.rows.some((r) => (r.cells[i]?.text ?? '') !== ''));
  // Owners written in the cells under columns of areas ("Customer", "Shared", "A and B"), not roles: an owner
  // grid, one owner cell per row and area, each read as the owner of that part of the function.
  const ownerGrid =
    owner < 0 &&
    !named &&
    filled.length >= 2 &&
    Math.min(...filled.map((i) => shareOf(grid, i, namesOwners))) >= 0.5 &&
    // A letter a legend gives a party ("C" = Customer) names that party there, not a role.
    Math.max(...filled.map((i) => shareOf(grid, i, (t) => parseRaci(t).valid && parseRaci(t).form === undefined && !isParty(t)))) < 0.5;
  // One column not headed by a party whose cells name parties ("Responsibility", "Performed By"): its owner column.
  if (
    owner < 0 &&
    !named &&
    partyIndexes.length === 1 &&
    filled.length === 1 &&
    shareOf(grid, filled[0], namesOwners) >= 0.5 &&
    shareOf(grid, filled[0], (t) => parseRaci(t).valid) < 0.5
  ) {
    owner = filled[0];
    columns[owner] = 'owner';
  }
  if (ownerGrid) {
    for (const i of filled) columns[i] = 'owner';
    for (const i of partyIndexes) if (columns[i] === 'party') columns[i] = 'free-text';
  }
  // Scanned only when the headers leave it open: most matrices are headed by their parties.
  const prose = filled.length > 0 && Math.max(...filled.map((i) => shareOf(grid, i, inSentences))) >= 0.5;
  const roleShare =
    owner >= 0 || ownerGrid || (named && !prose && !byParties) ? 1 : filled.length === 0 ? 0 : roleEvidence(grid, filled, rolesIn(parties));
  // Under party headers a mark is a role too: "| | Stakater | Customer |" over "| Backups | ✓ | |".
  if (
    byParties &&
    !prose &&
    roleEvidence(grid, filled, (t) => (isEmptyMarker(t) ? undefined : parseRaci(t).form === 'mark' || rolesIn(parties)(t) === true)) < 0.5
  )
    return undefined;
  // Teams over marks ("| Activity | Desktop Support | Service Desk |" over "| Patching | X | |"): who does what,
  // though not which party each team is; a plan comparison's tiers or an entitlement table's user roles are no teams.
  const teams =
    byHeader >= 0 &&
    filled.length >= 2 &&
    partyIndexes.every((i) => headsParty(grid.header[i].text) || namesTeamOrJob(grid.header[i].text)) &&
    roleEvidence(grid, filled, (t) => (isEmptyMarker(t) ? undefined : parseRaci(t).valid && parseRaci(t).roles.length > 0)) >= 0.5;
  // Parties or teams over sentences describing their duties: a real split, but not one Demarc can read as roles.
  const dutyHeaders = partyIndexes.every((i) => namesTeamOrJob(grid.header[i].text) || DUTY_COLUMN.test(fold(grid.header[i].text)));
  if (owner < 0 && !named && roleShare < 0.5 && prose && dutyHeaders) {
    return {
      unread:
        'Its party columns describe duties in sentences rather than roles: add a column per party with R, A, C or I (or a mark), or an Owner column naming one party per row.',
    };
  }
  if (owner < 0 && !named && roleShare < 0.5 && !teams) return undefined;
  const duties = named && prose && owner < 0 && !ownerGrid;
  const base = tableBase(grid, columns);
  const partyColumns = withPartyUnits(
    columns.flatMap((role, index) => (role === 'party' ? [partyColumn(index, base.headerCells[index], parties)] : [])),
    parties,
  );
  const matrix: ResponsibilityMatrix = { ...base, kind: owner < 0 && !ownerGrid ? 'raci' : 'owner', partyColumns, functions: [] };
  // Marks mean "does and owns it" in a check-mark matrix; in a matrix of RACI letters a "Yes" says no role.
  const letters = partyColumns.some((c) => grid.rows.some((r) => writtenAsLetters(r.cells[c.index]?.text ?? '')));
  const variants = owner < 0 && !ownerGrid ? variantsOf(partyColumns) : undefined;
  // The group a row stands in: the label row over it, or its category cell ("| Network | Monitoring |"), carried
  // down under a merged cell. One name in two groups is two functions ("Monitoring" of the network and of servers).
  let group = '';
  const groups = new Map<number, string>();
  for (const [r, row] of grid.rows.entries()) {
    const nameCell = row.cells[fnColumn];
    if (isGroupRow(grid.rows, r, fnColumn)) {
      group = row.cells.find((c) => c && c.text !== '')?.text ?? group;
      continue;
    }
    if (!nameCell || nameCell.text === '') continue;
    const category = row.cells
      .slice(0, fnColumn)
      .filter((c) => c && c.text !== '' && !/^[\d.]+$/.test(c.text))
      .pop();
    if (category) group = category.text;
    if (group) groups.set(row.range.start.line, group);
    // The party headers written again over the next group ("| **Security** | **Customer** | **MSP** |"): a group label.
    const repeated =
      partyColumns.length > 0 &&
      partyColumns.every((c) => {
        const text = row.cells[c.index]?.text ?? '';
        // A role cell ("R/A", "✓") is no party's name: most rows end here, cheaply (parseRaci remembers its readings).
        if (text === '' || parseRaci(text).valid) return false;
        return fold(text) === fold(c.header.text) || (c.party !== undefined && resolveParty(text, parties) === c.party);
      });
    if (repeated) continue;
    const notes = columns.flatMap((role, i) =>
      role === 'free-text' && i !== fnColumn && row.cells[i]?.text ? [{ header: grid.header[i].text, cell: row.cells[i]! }] : [],
    );
    if (ownerGrid) {
      // An empty or "n/a" cell in a grid says the area does not apply to the row, not that nobody owns it.
      for (const i of filled) {
        const cell = row.cells[i];
        if (!cell || cell.text === '' || saysNotApplicable(cell.text)) continue;
        const fn = newFunction(`${nameCell.text} (${grid.header[i].text})`, row.range, nameCell, notes);
        fn.variant = grid.header[i].text;
        fn.owner = readOwner(cell, parties);
        for (const p of fn.owner.parties) addRoles(fn, p, ['R', 'A']);
        fn.status = statusOf(fn);
        matrix.functions.push(fn);
      }
      continue;
    }
    const fn = newFunction(nameCell.text, row.range, nameCell, notes);
    if (owner >= 0) {
      const cell = row.cells[owner];
      fn.owner = cell ? readOwner(cell, parties) : { ...readOwner({ text: '', range: fn.row }, parties), absent: true };
      for (const p of fn.owner.parties) addRoles(fn, p, ['R', 'A']);
      const doing = responsible >= 0 && (fn.owner.placeholder || fn.owner.absent) ? row.cells[responsible] : undefined;
      if (doing) for (const p of readOwner(doing, parties).parties) addRoles(fn, p, ['R']);
    } else {
      // One function per variant: who owns the row is asked of each variant's columns alone. A variant whose
      // cells on the row are all empty or "n/a" does not include the work, as an owner grid's empty cell says;
      // a row empty in every variant is still work nobody owns, read across all its columns.
      const applying = (variants ?? []).flatMap((set, k) => (set.some((c) => !blank(row.cells[c.index]?.text ?? '')) ? [{ set, k }] : []));
      for (const { set, k } of applying) {
        const variant = newFunction(`${nameCell.text} (${variantName(grid, set, k)})`, row.range, nameCell, notes);
        variant.variant = variantName(grid, set, k);
        assign(variant, row, set);
        variant.status = statusOf(variant);
        matrix.functions.push(variant);
      }
      if (applying.length > 0) continue;
      assign(fn, row, partyColumns);
    }
    fn.status = statusOf(fn);
    matrix.functions.push(fn);
  }
  for (const fn of matrix.functions) {
    const under = groups.get(fn.row.start.line);
    if (under) fn.key = functionKey(`${under} ${fn.name}`);
  }
  return { read: matrix };

  /** The row's cells under these party columns, read as roles of the function. */
  function assign(fn: ResponsibilityFunction, row: Grid['rows'][number], columns: readonly PartyColumn[]): void {
    for (const column of columns) {
      const cell = row.cells[column.index];
      if (!cell) continue;
      // Under a party's name, a sentence describing its duties says it does that part of the work.
      // The SOW's own legend says what its letters mean ("P = Primary").
      const written = parseRaciWith(legend, cell.text);
      const duty = duties && !written.valid;
      const read = duty ? DUTY : written;
      if (duty) for (const party of [column.party, ...(column.together ?? [])]) if (party) (fn.described ??= []).push(party);
      const ambiguous = letters && read.form === 'mark';
      const assignment: RaciAssignment = {
        column,
        cell,
        roles: ambiguous ? [] : read.roles,
        valid: read.valid && !ambiguous,
        ...(duty && cell.text !== '' ? { duty: true } : {}),
      };
      const roles = assignment.roles;
      fn.assignments.push(assignment);
      for (const party of [column.party, ...(column.together ?? [])]) if (party) addRoles(fn, party, roles);
    }
  }
}

/**
 * Parties written as rows and functions as columns ("| | Patching | Backup |" over "| Contoso | R | A |"):
 * read as the same matrix turned round. Each function's findings anchor on the header row, where its name
 * stands; no row is inserted into it. Read only when its cells are roles.
 */
function readTransposed(grid: Grid, parties: Party[]): ReadResult<ResponsibilityMatrix> {
  const partyRows = grid.rows.filter((r) => {
    const name = r.cells[0]?.text ?? '';
    return resolveParty(name, parties) !== undefined || isRoleWord(name);
  });
  const fnColumns = grid.header.flatMap((h, i) => (i > 0 && h.text !== '' && !FREE_TEXT_HEADERS.test(fold(h.text)) ? [i] : []));
  const test = rolesIn(parties);
  const cells = partyRows.flatMap((r) => fnColumns.map((i) => r.cells[i]?.text ?? ''));
  const said = cells.map((t) => (t === '' ? undefined : test(t))).filter((v) => v !== undefined);
  const marks = cells.filter((t) => parseRaci(t).form === 'mark').length;
  if (fnColumns.length === 0 || said.length + marks === 0 || (said.filter(Boolean).length + marks) / (said.length + marks) < 0.5)
    return {
      unread:
        'Its parties are written as rows, but its cells are not roles: write R, A, C or I (or a mark) where each party meets each function.',
    };
  const base = tableBase(
    grid,
    grid.header.map((_, i): MatrixColumnRole => (fnColumns.includes(i) ? 'party' : 'free-text')),
  );
  const partyColumns: PartyColumn[] = partyRows.map((r) => ({
    index: 0,
    header: r.cells[0]!,
    party: resolveParty(r.cells[0]!.text, parties),
  }));
  const matrix: ResponsibilityMatrix = { ...base, form: 'transposed', kind: 'raci', partyColumns, functions: [] };
  for (const i of fnColumns) {
    const nameCell = grid.header[i];
    const fn = newFunction(nameCell.text, grid.headerRow, nameCell);
    partyRows.forEach((r, k) => {
      const cell = r.cells[i];
      if (!cell) return;
      const read = parseRaci(cell.text);
      const column = partyColumns[k];
      fn.assignments.push({ column, cell, roles: read.roles, valid: read.valid });
      if (column.party) addRoles(fn, column.party, read.roles);
    });
    fn.status = statusOf(fn);
    matrix.functions.push(fn);
  }
  return { read: matrix };
}

/**
 * Columns headed by parties over their duties written out, with no function column: each cell is one duty of
 * its column's party, in no stated role, named by its first sentence. Nobody is unassigned in it and no row
 * is added to it (there is no function column to name one).
 */
function readDutyColumns(grid: Grid, parties: Party[]): ReadResult<ResponsibilityMatrix> {
  const columns = grid.header.map((c): MatrixColumnRole => (c.text === '' ? 'free-text' : 'party'));
  const base = tableBase(grid, columns);
  const partyColumns = columns.flatMap((role, index) => (role === 'party' ? [partyColumn(index, grid.header[index], parties)] : []));
  const matrix: ResponsibilityMatrix = { ...base, kind: 'raci', partyColumns, functions: [] };
  for (const row of grid.rows)
    for (const column of partyColumns) {
      const cell = row.cells[column.index];
      if (!cell || cell.text === '' || isEmptyMarker(cell.text)) continue;
      const fn = newFunction(firstSentence(cell.text), row.range, cell);
      fn.assignments.push({ column, cell, roles: [], valid: true });
      fn.described = [column.party, ...(column.together ?? [])].filter((p): p is Party => p !== undefined);
      matrix.functions.push(fn);
    }
  return { read: matrix };
}

/** A function named in a row (or a header cell, turned round), before its roles are read. */
function newFunction(name: string, row: Range, nameCell: Cell, notes: ResponsibilityFunction['notes'] = []): ResponsibilityFunction {
  return {
    name,
    key: functionKey(name),
    row,
    nameCell,
    assignments: [],
    roles: new Map(),
    accountable: [],
    responsible: [],
    status: 'assigned',
    notes,
  };
}

/** A duty's name: its text to the end of the first sentence, at most 80 characters. */
function firstSentence(text: string): string {
  const end = /[.;:](?:\s|$)/.exec(text);
  const sentence = end ? text.slice(0, end.index) : text;
  return sentence.length <= 80 ? sentence : `${sentence.slice(0, 77).replace(/\s+\S*$/, '')}…`;
}

/** A variant's cell that leaves the work out of it: empty, a dash, or "n/a". */
const blank = (text: string) => /^[\s\-\u2013\u2014]*$/.test(text) || saysNotApplicable(text);

/** A party's duties written out in its cell: it does part of the work, in no stated role. */
const DUTY = { roles: [] as const, valid: true, form: 'condition' as const, duty: true };

/**
 * A row that labels the group of functions under it, not a function nobody owns: its one filled cell stands
 * outside the function column ("| **Strategy & Governance** |" under a "#" column), it is a bold label with
 * rows under it, it is numbered as the parent of the row under it ("1. Call Registration" over "1.1"), or it
 * names something with every other cell empty right over a row that fills its cells (a label whose shading a
 * conversion lost). Empty cells at the end of the table, or over another empty row, still leave a function unowned.
 */
function isGroupRow(rows: Grid['rows'], r: number, fnColumn: number): boolean {
  const cells = rows[r].cells;
  const filled = cells.flatMap((c, i) => (c && c.text !== '' ? [i] : []));
  if (filled.length !== 1) return false;
  if (filled[0] !== fnColumn) return true;
  // A bold label alone on its row, over rows not written in bold: a heading over a group ("| **Network** | | |").
  if (cells[fnColumn]?.bold && r + 1 < rows.length && !rows[r + 1].cells[fnColumn]?.bold) return true;
  const below = rows[r + 1]?.cells ?? [];
  if (below[fnColumn]?.text && below.filter((c) => c && c.text !== '').length >= 2) return true;
  const parent = /^(\d+)\.?\s/.exec(cells[fnColumn]!.text);
  const next = rows[r + 1]?.cells[fnColumn]?.text ?? '';
  return parent !== null && next.startsWith(`${parent[1]}.`) && /^\d+\.\d/.test(next);
}

function addRoles(fn: ResponsibilityFunction, party: Party, roles: readonly RaciLetter[]): void {
  if (roles.length === 0) return;
  const held = fn.roles.get(party.name) ?? [];
  for (const r of roles) if (!held.includes(r)) held.push(r);
  fn.roles.set(party.name, held);
  if (roles.includes('A') && !fn.accountable.includes(party)) fn.accountable.push(party);
  if (roles.includes('R') && !fn.responsible.includes(party)) fn.responsible.push(party);
}

/**
 * Whether a function's work is held under a column whose party Demarc could not name ("Service Desk",
 * "Network Team"), by a role or by a duty written out: that work may be either side's, so nothing can be said about who holds none.
 */
export function heldByUnknownParty(fn: ResponsibilityFunction): boolean {
  return fn.assignments.some((a) => !a.column.party && (a.duty === true || a.roles.some((r) => r === 'R' || r === 'A')));
}

/**
 * Who holds A on a row: each declared party once, then each column whose party Demarc could not name, by its
 * header. Two A's on a row are two owners whoever the second is: naming that party is another finding's job.
 */
export function accountableHolders(fn: ResponsibilityFunction): { name: string; party?: Party }[] {
  const holders: { name: string; party?: Party }[] = fn.accountable.map((party) => ({ name: party.name, party }));
  for (const a of fn.assignments) {
    const name = a.column.header.text;
    if (!a.column.party && a.roles.includes('A') && name !== '' && !holders.some((h) => h.name === name)) holders.push({ name });
  }
  return holders;
}

function statusOf(fn: ResponsibilityFunction): ResponsibilityFunction['status'] {
  if (accountableHolders(fn).length > 1 || fn.owner?.shared || (fn.owner && fn.owner.parties.length + fn.owner.unknownNames.length > 1)) {
    return 'conflict';
  }
  if (fn.owner && fn.owner.unknownNames.length + fn.owner.teams.length > 0) return 'assigned';
  // Work marked under a column whose party is not declared ("Authorized User") is held by someone Demarc
  // could not name: unknown-party reports that column; "nobody owns it" would assert what was not read.
  if (heldByUnknownParty(fn)) return 'assigned';
  if (fn.accountable.length + fn.responsible.length + (fn.described?.length ?? 0) > 0) return 'assigned';
  // A cell Demarc could not read ("P", "See note", "Vendor") may name the owner: the row's ownership was not read.
  // A mark among letters ("Yes" where others write R or A) was read: it says no role.
  const cells = fn.assignments.filter((a) => a.column.party);
  if (cells.some((a) => !a.valid && !parseRaci(a.cell.text).valid)) return 'unread';
  // Every party's cell says it does not apply ("N/A", "Out of scope"): the SOW leaves it out, it does not leave it unowned.
  return cells.length > 0 && cells.every((a) => saysNotApplicable(a.cell.text)) ? 'not-applicable' : 'unassigned';
}

/** The one party accountable for a function, falling back to the one responsible. */
export function accountableOwner(fn: ResponsibilityFunction): Party | undefined {
  if (fn.accountable.length === 1) return fn.accountable[0];
  if (fn.accountable.length === 0 && fn.responsible.length === 1) return fn.responsible[0];
  return undefined;
}
