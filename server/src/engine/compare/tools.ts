import type { AccessLevel, SowModel, Tool } from '../model/types';
import { functionKey } from '../vocabulary/words';
import { documentLine, lineOf, shorten, type Versions } from './common';
import { Pairing } from './pairing';

/** How much the client can do in a tool; free text Demarc could not read as a level has no rank. */
const ACCESS_RANK: Partial<Record<AccessLevel, number>> = { 'read-write': 2, 'read-only': 1, none: 0, missing: 0 };

/**
 * Tools are paired by name. A tool that gave the client access or had exit terms takes them with it when it
 * goes; lower access weakens, and so do exit terms that are gone. Returns the lines of each version's exit
 * clauses already reported through a tool, so the exit section's clauses are not reported twice.
 */
export function compareTools(v: Versions): { old: Set<number>; new: Set<number> } {
  const pairing = new Pairing(v.old.model.tools, v.new.model.tools);
  pairing.pairBy((t) => functionKey(t.name));
  const reported = new Set<number>();
  const added = new Set<number>();
  for (const [o, n] of pairing.toNew) {
    const at = { subject: n.name, oldLine: lineOf(o.row), newLine: lineOf(n.row), line: lineOf(n.row) };
    if (o.access !== n.access) {
      const was = ACCESS_RANK[o.access];
      const now = ACCESS_RANK[n.access];
      const unread = was === undefined || now === undefined;
      // Read-only to "none" is lower; "none" to not stated says no less: neither gives the client anything.
      if (unread || was !== now)
        v.changes.push({
          kind: 'access-changed',
          ...at,
          from: access(o),
          to: access(n),
          weakens: !unread && now < was,
          ...(unread ? { note: 'Demarc could not read one of them as an access level' } : {}),
        });
    }
    const hadExit = o.exitTerms.length > 0;
    const hasExit = n.exitTerms.length > 0;
    if (hadExit && !hasExit) {
      for (const r of o.exitTerms) reported.add(r.start.line);
      v.changes.push({ kind: 'exit-terms-removed', ...at, from: exitTerms(o, v.old.model), weakens: true });
    } else if (!hadExit && hasExit) {
      for (const r of n.exitTerms) added.add(r.start.line);
      v.changes.push({ kind: 'exit-terms-added', ...at, to: exitTerms(n, v.new.model), weakens: false });
    }
  }
  const near = pairing.neighboursInNew();
  for (const o of pairing.unpairedOld()) {
    for (const r of o.exitTerms) reported.add(r.start.line);
    const neighbour = near.get(o);
    const gave = (ACCESS_RANK[o.access] ?? 1) > 0;
    v.changes.push({
      kind: 'tool-removed',
      subject: o.name,
      from: `client access ${access(o)}; ${o.exitTerms.length ? 'exit terms stated' : 'no exit terms'}`,
      oldLine: lineOf(o.row),
      line: neighbour ? lineOf(neighbour.row) : documentLine(v.new.model),
      weakens: gave || o.exitTerms.length > 0,
    });
  }
  for (const n of pairing.unpairedNew()) {
    for (const r of n.exitTerms) added.add(r.start.line);
    v.changes.push({
      kind: 'tool-added',
      subject: n.name,
      to: `client access ${access(n)}; ${n.exitTerms.length ? 'exit terms stated' : 'no exit terms'}`,
      newLine: lineOf(n.row),
      line: lineOf(n.row),
      weakens: false,
    });
  }
  return { old: reported, new: added };
}

/** The access as written, with Demarc's reading where the words differ from it. */
function access(tool: Tool): string {
  const written = tool.accessCell?.text.trim();
  if (!written) return 'not stated';
  return written.toLowerCase() === tool.access ? written : `${written} (read: ${tool.access})`;
}

function exitTerms(tool: Tool, model: SowModel): string {
  const cell = tool.exitCell?.text.trim();
  if (cell) return shorten(cell);
  const first = tool.exitTerms[0];
  const item = first && model.sections.flatMap((s) => s.listItems).find((i) => i.range.start.line === first.start.line);
  return item ? shorten(item.text) : 'exit terms stated';
}
