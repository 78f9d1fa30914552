// What a table no reader could read still shows of its kind, from its cells as well as its header: priority
// labels beside times (service levels), parties and roles (a responsibility matrix), named tools (a tool
// table). A table that shows one is reported once as not understood; a table that shows none is of another
// kind and yields nothing.
import { parseDuration } from '../vocabulary/duration';
import { isRoleWord, namesTeamOrJob, resolveParty } from '../vocabulary/parties';
import { namesChangeManagement, readPriority } from '../vocabulary/priority';
import { isRaciLegend, opensWithYesOrNo, parseRaci } from '../vocabulary/raci';
import { toolNamedIn } from '../vocabulary/tools';
import { headsToolList, looksLikeName } from './tools';
import { fold } from '../vocabulary/words';
import type { Grid } from './grid';
import { headerWords } from './cells';
import type { Cell, Party, TableKind } from './types';

/** Evidence for one kind: how many cells speak for it, with a few of them quoted. */
interface Evidence {
  kind: TableKind;
  count: number;
  said: string;
  advice: string;
}

/** The texts of the cells that hold any. */
const filled = (cells: readonly (Cell | undefined)[]) => cells.flatMap((c) => (c && c.text !== '' ? [c.text] : []));

/** A few cells as a reader sees them: inline HTML (a `<br/>` in a cell) is a space, not text. */
const quoted = (cells: string[]) =>
  cells
    .slice(0, 3)
    .map(
      (c) =>
        `"${c
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 30)}"`,
    )
    .join(', ');

/** Headers of availability measures, English and German ("Max. Downtime/Monat", "Verfügbarkeit"). */
const AVAILABILITY = /\b(?:availability|uptime|downtime)\b|verf(?:ü|ue)gbarkeit|ausfallzeit/;

/** The kind a table no reader read most resembles, with the evidence and how to write it; undefined when it shows none. */
export function resemblance(grid: Grid, parties: readonly Party[]): { kind: TableKind; reason: string } | undefined {
  const body = filled(grid.rows.flatMap((r) => r.cells));
  const cells = [...filled(grid.header), ...body];
  const column = (i: number) => filled(grid.rows.map((r) => r.cells[i]));
  // Labels that say they are tiers ("P1", "Sev 2", "Critical"), not a numbered list of deliverables ("1. Plan").
  const labels = cells.filter(
    (t) =>
      t.length <= 60 &&
      !/^\s*\d/.test(t) &&
      (readPriority(t)?.explicit === true || (t.split(/\s+/).length <= 2 && readPriority(t) !== undefined)),
  );
  // Downtime allowed per month under an availability header measures availability, not how fast anyone responds.
  const availability = new Set(grid.header.flatMap((c, i) => (AVAILABILITY.test(fold(c.text)) ? [i] : [])));
  const times = [...filled(grid.header), ...filled(grid.rows.flatMap((r) => r.cells.filter((_, i) => !availability.has(i))))].filter(
    (t) => t.length <= 200 && parseDuration(t) !== undefined,
  );
  const partyHeaders = grid.header.filter((c) => resolveParty(c.text, parties) !== undefined || isRoleWord(c.text)).map((c) => c.text);
  const letters = cells.filter((t) => {
    const v = parseRaci(t);
    return v.valid && v.form === undefined && v.roles.length > 0 && t.length <= 12;
  });
  const ownerHeader = grid.header.some((c) => /\b(?:owner|responsible|accountable|raci)\b/.test(fold(c.text)));
  const tools = cells.filter((t) => toolNamedIn(t)?.product === true);
  const candidates: Evidence[] = [];
  // Change types or classes beside lead times are change management: no service-level table to report.
  if (labels.length >= 2 && times.length >= 2 && !namesChangeManagement(headerWords(grid)))
    candidates.push({
      kind: 'service-levels',
      count: labels.length + times.length,
      said: `it pairs priorities (${quoted(labels)}) with times (${quoted(times)})`,
      advice: 'Write one row per priority with a column headed "Priority" and one headed "Response".',
    });
  const legend = isRaciLegend(grid.rows.map((r) => r.cells.map((c) => c?.text ?? '')));
  // Parties over the people to call on each side ("Client Side | TallTree Side" over "[Client Executive]" and
  // "[TallTree Director/CTO]"): an escalation ladder, not a matrix. Its cells name jobs or stand as placeholders.
  const contacts =
    body.length > 0 && body.filter((t) => namesTeamOrJob(t.replace(/[[\]]/g, '')) || /^\[[^\]]*\]$/.test(t)).length / body.length >= 0.8;
  if (
    !legend &&
    !contacts &&
    ((partyHeaders.length >= 2 && grid.rows.length >= 1) || (letters.length >= 4 && (partyHeaders.length >= 1 || ownerHeader)))
  )
    candidates.push({
      kind: 'matrix',
      count: partyHeaders.length * 2 + letters.length,
      said: partyHeaders.length >= 2 ? `its columns name parties (${quoted(partyHeaders)})` : `its cells hold roles (${quoted(letters)})`,
      advice: 'Write one row per function, with a column per party holding R, A, C or I (or an Owner column naming one party).',
    });
  // "Component | Included | Notes" with Yes/No: a list of what the service covers, naming products it manages.
  const inclusionList = grid.header.some((c) => /^(?:included|in scope|covered|inclusions?)\??$/.test(fold(c.text).trim()));
  // Yes/no or marks beside the names (features × user roles): an entitlement table, whatever tools it lists.
  const beside = filled(grid.rows.flatMap((r) => r.cells.slice(1)));
  const entitlements = beside.length > 0 && beside.filter(opensWithYesOrNo).length / beside.length >= 0.5;
  const toolAdvice = 'Head the column of tool names "Tool", beside columns headed "Owner", "Access" and "On exit".';
  if (tools.length >= 2 && !inclusionList && !entitlements)
    candidates.push({ kind: 'tools', count: tools.length, said: `it names tools (${quoted(tools)})`, advice: toolAdvice });
  // A first column headed "Tool" over names Demarc does not know: the header says what they are.
  else if (headsToolList(fold(grid.header[0]?.text ?? '')) && !entitlements) {
    const names = column(0).filter(looksLikeName);
    if (names.length >= 1)
      candidates.push({
        kind: 'tools',
        count: names.length,
        said: `its first column, headed "${grid.header[0].text}", lists ${quoted(names)}`,
        advice: toolAdvice,
      });
  }
  // "Object | Owner" over people Demarc does not know as parties, and no other evidence: an owner grid it could not read.
  const owners = grid.header.findIndex((c) => /^(?:owners?|owned by)$/.test(fold(c.text)));
  if (!legend && owners > 0 && candidates.length === 0) {
    const named = column(owners);
    if (named.length >= 2)
      candidates.push({
        kind: 'matrix',
        count: named.length,
        said: `its column headed "${grid.header[owners].text}" names an owner for each row (${quoted(named)})`,
        advice: 'Name a party the SOW declares (in its front matter or its parties section) in each Owner cell.',
      });
  }
  const best = candidates.sort((a, b) => b.count - a.count)[0];
  return best && { kind: best.kind, reason: `Demarc could not tell how to read it, though ${best.said}. ${best.advice}` };
}
