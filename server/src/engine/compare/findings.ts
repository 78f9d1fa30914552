import { withoutLineNumbers } from '../fingerprint';
import type { SowModel } from '../model/types';
import type { Finding } from '../types';
import type { ComparedVersion } from './types';

/**
 * Findings are paired by rule, message and what the message names, not by line: a row that moved keeps
 * its finding. Party names are read as their roles and renamed functions by their new names, so renaming
 * the provider or a function resolves nothing and introduces nothing.
 */
export function compareFindings(
  old: ComparedVersion,
  now: ComparedVersion,
  renames: ReadonlyMap<string, string>,
): { introduced: Finding[]; resolved: Finding[] } {
  const oldKey = keyOf(old.model, renames);
  const newKey = keyOf(now.model, new Map());
  const waiting = new Map<string, number>();
  for (const f of old.findings) {
    const k = oldKey(f);
    waiting.set(k, (waiting.get(k) ?? 0) + 1);
  }
  const introduced: Finding[] = [];
  const kept = new Map<string, number>();
  for (const f of now.findings) {
    const k = newKey(f);
    const left = waiting.get(k) ?? 0;
    if (left > 0) {
      waiting.set(k, left - 1);
      kept.set(k, (kept.get(k) ?? 0) + 1);
    } else introduced.push(f);
  }
  const resolved: Finding[] = [];
  for (const f of old.findings) {
    const k = oldKey(f);
    const matched = kept.get(k) ?? 0;
    if (matched > 0) kept.set(k, matched - 1);
    else resolved.push(f);
  }
  return { introduced, resolved };
}

function keyOf(model: SowModel, renames: ReadonlyMap<string, string>): (f: Finding) => string {
  const parties = model.parties
    .map((p): [string, string] => [p.name, `{${p.role === 'other' ? p.name : p.role}}`])
    .sort((a, b) => b[0].length - a[0].length);
  return (f) => {
    // Messages quote a function's name ("Patch management" has…): a renamed one is read by its new name.
    let message = renames.size
      ? f.message.replace(/"([^"]*)"/g, (quoted, name: string) => (renames.has(name) ? `"${renames.get(name)}"` : quoted))
      : f.message;
    for (const [from, to] of parties) if (from) message = message.split(from).join(to);
    // Lines move with every edit above them; what the finding says does not.
    return `${f.ruleId}\n${f.messageId ?? ''}\n${f.severity}\n${withoutLineNumbers(message)}`;
  };
}
