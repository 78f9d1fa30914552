import type { Party, ResponsibilityFunction, SowModel } from '../model/types';
import { describeOwnership } from '../queries';
import { sectionTitleAt } from '../reading';
import { formatRaci } from '../vocabulary/raci';
import { fold, words } from '../vocabulary/words';
import { documentLine, lineOf, partyKey, partyKeys, partyNames, type Versions } from './common';
import { Pairing } from './pairing';

/** Words too common in function names to say two rows are about the same thing. */
const COMMON_WORDS = new Set(['and', 'the', 'for', 'with', 'management', 'support', 'service', 'services', 'administration']);

/**
 * Functions are paired by name under the same heading, then by name anywhere; a row left over on each side
 * whose cells read the same, standing in the same place or sharing a word of its name, was renamed. Returns
 * the renames (old name to new), so findings that quote a name still pair.
 */
export function compareFunctions(v: Versions): Map<string, string> {
  const context = (model: SowModel) =>
    new Map(model.matrices.flatMap((m) => m.functions.map((fn) => [fn, fold(sectionTitleAt(model, m.headerRow.start.line) ?? '')])));
  const oldContext = context(v.old.model);
  const newContext = context(v.new.model);
  const pairing = new Pairing(v.old.model.functions, v.new.model.functions);
  pairing.pairBy((fn, version) => `${(version === 'old' ? oldContext : newContext).get(fn)}\n${fn.key}`);
  pairing.pairBy((fn) => fn.key);
  const renamed = pairRenames(pairing);

  const renames = new Map<string, string>();
  for (const [o, n] of pairing.toNew) {
    const at = { oldLine: lineOf(o.row), newLine: lineOf(n.row), line: lineOf(n.row) };
    if (renamed.has(o)) {
      renames.set(o.name, n.name);
      v.changes.push({ kind: 'function-renamed', subject: n.name, from: o.name, to: n.name, ...at, weakens: false });
      continue;
    }
    for (const [kind, of] of [
      ['accountable-changed', (fn: ResponsibilityFunction) => fn.accountable],
      ['responsible-changed', (fn: ResponsibilityFunction) => fn.responsible],
    ] as const) {
      if (partyKeys(of(o)) === partyKeys(of(n))) continue;
      // An owner taken away, with nobody in its place, leaves the function to no one.
      const weakens = of(o).length > 0 && of(n).length === 0;
      v.changes.push({ kind, subject: n.name, from: partyNames(of(o)), to: partyNames(of(n)), ...at, weakens });
    }
  }
  const near = pairing.neighboursInNew();
  for (const o of pairing.unpairedOld()) {
    const neighbour = near.get(o);
    v.changes.push({
      kind: 'function-removed',
      subject: o.name,
      from: describeOwnership(o) || 'no owner',
      oldLine: lineOf(o.row),
      line: neighbour ? lineOf(neighbour.row) : documentLine(v.new.model),
      // Nobody owns it any more: the split no longer gives it to anyone.
      weakens: true,
    });
  }
  for (const n of pairing.unpairedNew())
    v.changes.push({
      kind: 'function-added',
      subject: n.name,
      to: describeOwnership(n) || 'no owner',
      newLine: lineOf(n.row),
      line: lineOf(n.row),
      weakens: false,
    });
  return renames;
}

/** What a row's cells say, as read, with parties by role: equal for a row whose cells are unchanged. */
function cellsAsRead(fn: ResponsibilityFunction): string {
  const cells = fn.assignments
    .map((a) => {
      const who = a.column.party ? partyKey(a.column.party) : `column:${fold(a.column.header.text)}`;
      const read = a.valid ? formatRaci([...a.roles].sort()) : `?${fold(a.cell.text)}`;
      return read ? `${who}=${read}` : '';
    })
    .filter(Boolean)
    .sort();
  if (fn.owner) {
    const owners = fn.owner.parties.map((p: Party) => partyKey(p)).sort();
    cells.push(`owner=${owners.join('+')}${fn.owner.shared ? '+shared' : ''}${fn.owner.placeholder ? '+placeholder' : ''}`);
  }
  return cells.join(';');
}

/**
 * Pairs the rows left over as renames: first those whose cells read the same and that stand between the same
 * paired rows, then those whose cells read the same and whose names share a distinctive word.
 */
function pairRenames(pairing: Pairing<ResponsibilityFunction>): Set<ResponsibilityFunction> {
  const renamed = new Set<ResponsibilityFunction>();
  const cells = new Map<ResponsibilityFunction, string>();
  const read = (fn: ResponsibilityFunction) => {
    let c = cells.get(fn);
    if (c === undefined) cells.set(fn, (c = cellsAsRead(fn)));
    return c;
  };
  const gaps = pairing.gaps();
  const before = new Set(pairing.toNew.keys());
  pairing.pairBy((fn, version) =>
    (version === 'old' ? gaps.old : gaps.new).has(fn) ? `${(version === 'old' ? gaps.old : gaps.new).get(fn)}\n${read(fn)}` : undefined,
  );
  // Candidates by a word of their name and what their cells say; `next` skips those already taken, so the
  // search stays linear when thousands of rows share a word and their cells.
  const byWord = new Map<string, { items: ResponsibilityFunction[]; next: number }>();
  for (const n of pairing.unpairedNew())
    for (const w of distinctiveWords(n.name)) {
      const key = `${w}\n${read(n)}`;
      const list = byWord.get(key);
      if (list) list.items.push(n);
      else byWord.set(key, { items: [n], next: 0 });
    }
  for (const o of pairing.unpairedOld()) {
    for (const w of distinctiveWords(o.name)) {
      const list = byWord.get(`${w}\n${read(o)}`);
      if (!list) continue;
      while (list.next < list.items.length && pairing.toOld.has(list.items[list.next])) list.next++;
      if (list.next < list.items.length) {
        pairing.pair(o, list.items[list.next++]);
        break;
      }
    }
  }
  for (const o of pairing.toNew.keys()) if (!before.has(o)) renamed.add(o);
  return renamed;
}

function distinctiveWords(name: string): string[] {
  return [...new Set(words(name).split(' '))].filter((w) => w.length >= 3 && !COMMON_WORDS.has(w));
}
