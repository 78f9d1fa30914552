// The party columns of a responsibility matrix: which party (or parties together) each header names, the units
// of a party beside another's column, and the sets a matrix repeats once per variant of the service.
import { isSharedWord, ownerNames, partiesNamedIn, partyInName, resolveParty } from '../vocabulary/parties';
import { fold } from '../vocabulary/words';
import type { Grid } from './grid';
import type { Cell, Party, PartyColumn } from './types';

/** A header that says duties stand under the parties it names ("What Northwind does", "Client Responsibilities"). */
export const DUTY_HEADER =
  /\b(?:does|do|helps?|provides?|handles?|manages?|responsibilit(?:y|ies)|duties|tasks|roles?|obligations?|offerings?|will)\b/;

/** A party column: its header's party, or the declared parties it names together ("Microsoft and Red Hat"). */
export function partyColumn(index: number, header: Cell, parties: Party[]): PartyColumn {
  const party = resolveParty(header.text, parties);
  if (party) return { index, header, party };
  // A "Shared" or "Both" column: its marks give the function to client and provider together.
  const client = parties.find((p) => p.role === 'client');
  const provider = parties.find((p) => p.role === 'provider');
  if (isSharedWord(header.text) && client && provider) return { index, header, party: client, together: [provider] };
  const named = ownerNames(header.text.replace(/\b(?:responsibilit(?:y|ies)|roles?|duties)\b/gi, '')).map((n) => resolveParty(n, parties));
  if (named.length >= 2 && named.every((p) => p !== undefined)) {
    const [first, ...rest] = named as Party[];
    return { index, header, party: first, together: rest };
  }
  const [first, ...rest] = DUTY_HEADER.test(fold(header.text)) ? partiesNamedIn(header.text, parties) : [];
  if (first) return rest.length > 0 ? { index, header, party: first, together: rest } : { index, header, party: first };
  return { index, header };
}

/**
 * Beside a column of another declared party, a header holding one party's whole name among other words ("Contoso
 * Business Units" beside "Northwind", or "Northwind Cloud Operations") heads a unit of that party. Among headers that name no
 * other party ("Sourcegraph Cloud | Self-hosted"), such a name is a product or an option, and stays unread.
 */
export function withPartyUnits(columns: PartyColumn[], parties: Party[]): PartyColumn[] {
  const named = columns.map((c) => c.party ?? partyInName(c.header.text, parties));
  return columns.map((c, i) => {
    const party = named[i];
    return c.party || !party || !named.some((o) => o && o !== party) ? c : { ...c, party };
  });
}

/**
 * Party columns written once per variant of the service ("Fully managed" and "Co-managed", each over
 * "Provider | Client"): the same parties in the same order, two sets or more. Each set says who owns a row in
 * its variant; read together, a row would have an accountable party per set.
 */
export function variantsOf(columns: readonly PartyColumn[]): PartyColumn[][] | undefined {
  const names = columns.map((c) => (c.party && !c.together ? c.party.name : undefined));
  if (names.some((n) => n === undefined)) return undefined;
  for (let size = 2; size * 2 <= names.length; size++) {
    if (names.length % size !== 0) continue;
    const first = names.slice(0, size);
    if (new Set(first).size !== size) continue;
    if (!names.every((n, i) => n === first[i % size])) continue;
    return Array.from({ length: names.length / size }, (_, k) => columns.slice(k * size, (k + 1) * size));
  }
  return undefined;
}

/** A variant's name: the group heading over its columns, else its place ("set 2"). */
export function variantName(grid: Grid, set: readonly PartyColumn[], k: number): string {
  const groups = grid.groupHeader;
  // A heading merged across the set's columns stands in its first column; one written in each column, in any.
  const heading = groups && set.map((c) => groups[c.index]?.text ?? '').find((t) => t !== '');
  return heading ?? `set ${k + 1}`;
}
