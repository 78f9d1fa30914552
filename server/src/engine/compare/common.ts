import type { Party, SowModel } from '../model/types';
import type { Range } from '../types';
import { fold, listed } from '../vocabulary/words';
import type { Change, ComparedVersion } from './types';

/** Both versions, and where changes go. */
export interface Versions {
  old: ComparedVersion;
  new: ComparedVersion;
  changes: Change[];
}

/**
 * A party as both versions know it: the client and the provider by their role, so renaming a party (the
 * provider's new trading name) moves no function; other parties by name.
 */
export function partyKey(party: Party): string {
  return party.role === 'other' ? `other:${fold(party.name)}` : party.role;
}

export function partyKeys(parties: readonly Party[]): string {
  return [...new Set(parties.map(partyKey))].sort().join('|');
}

/** "Northwind MSP", "Contoso and Northwind MSP", or "nobody". */
export function partyNames(parties: readonly Party[]): string {
  const names = [...new Set(parties.map((p) => p.name))];
  return names.length === 0 ? 'nobody' : listed(names);
}

/** 1-based, as every line in a comparison. */
export function lineOf(range: Range): number {
  return range.start.line + 1;
}

/** Where a reader of the newer version looks for something about the whole document: the front matter's `model:` line. */
export function documentLine(model: SowModel): number {
  return lineOf(model.documentAnchor);
}

const LONGEST = 140;

/** A clause as a change quotes it: on one line, and not past a screen's width. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LONGEST ? `${flat.slice(0, LONGEST - 1)}…` : flat;
}
