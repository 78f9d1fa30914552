// An owner cell read as the parties it names: one owner, several (a conflict), Both or Shared, or a placeholder.
import { isEmptyMarker } from '../vocabulary/words';
import { isSharedWord, namesTeamOrJob, ownerNames, resolveParty, withoutNote } from '../vocabulary/parties';
import type { OwnerCell, Party } from './types';

/**
 * An owner cell names one party; several names or Both / Shared / Joint is a conflict. Phrases are
 * read too: "MSP responsible, IT informed" and "Client, with MSP consulted" name one owner each. Teams and
 * jobs ("Service Desk / Tier 2") are someone of a party the cell does not name: no second party.
 */
export function readOwner(cell: { text: string; range: OwnerCell['cell']['range'] }, parties: Party[]): OwnerCell {
  const owner: OwnerCell = {
    cell,
    parties: [],
    unknownNames: [],
    teams: [],
    shared: false,
    placeholder: isEmptyMarker(cell.text),
    absent: false,
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
  // Names holding a separator are taken out whole before the rest is split ("Northwind, Harbor & Vine LLP").
  let rest = ownersByRoleNotes(cell.text);
  for (const party of parties) {
    const at = /[&/,+;]|\band\b/i.test(party.name) ? rest.toLowerCase().indexOf(party.name.toLowerCase()) : -1;
    if (at < 0) continue;
    owner.parties.push(party);
    rest = `${rest.slice(0, at)} , ${rest.slice(at + party.name.length)}`;
  }
  for (const name of ownerNames(rest)) {
    // "Shared (usage)": the note says which part is shared; shared it is.
    if (isSharedWord(name) || isSharedWord(withoutNote(name))) owner.shared = true;
    else {
      const party = resolveParty(name, parties);
      if (party) {
        if (!owner.parties.includes(party)) owner.parties.push(party);
      } else if (namesTeamOrJob(name)) {
        // A party's own team ("ArchLucid Customer Success", "Northwind Service Desk") is that party.
        const of = teamOf(name, parties);
        if (!of) owner.teams.push(name);
        else if (!owner.parties.includes(of)) owner.parties.push(of);
      } else owner.unknownNames.push(name);
    }
  }
  return owner;
}

/**
 * Names with their roles in brackets ("Northwind (R), Contoso (A)", "Northwind (primary), Contoso (backup)"): the
 * owner is the one accountable or primary, else the ones responsible. A cell without such notes is read as it stands.
 */
function ownersByRoleNotes(text: string): string {
  if (text.length > 200) return text;
  const noted = [
    ...text.matchAll(/([^,;/()]{1,80}?)\s*\(\s*([raci](?:\s*[/,]\s*[raci]){0,3}|primary|lead|secondary|backup|support)\s*\)/gi),
  ];
  if (noted.length < 2) return text;
  // "Northwind (primary), Contoso (secondary)": the primary or lead party is the one accountable.
  const letters = (note: string) => (/^(?:primary|lead)$/i.test(note) ? 'A' : /^[a-z]+$/i.test(note) && note.length > 1 ? '' : note);
  const holding = (letter: string) => noted.filter((n) => letters(n[2]).toUpperCase().includes(letter));
  const owners = holding('A').length > 0 ? holding('A') : holding('R');
  return owners.map((n) => n[1].trim()).join(', ');
}

/** The party whose name opens a team's name ("Northwind Service Desk"), its first one to three words. */
function teamOf(name: string, parties: Party[]): Party | undefined {
  const words = name.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const party = resolveParty(words.slice(0, n).join(' '), parties);
    if (party) return party;
  }
  return undefined;
}
