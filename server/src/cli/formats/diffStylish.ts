import {
  byGroup,
  describeChange,
  describeNotCompared,
  describePlace,
  kindLabel,
  showUnsafe,
  summarise,
  type ComparisonView,
} from '../../engine';

/** `demarc diff` for a terminal: the changes by group, weakening ones marked, then the findings; document text shown inert. */
export function formatDiffStylish(view: ComparisonView, options: { color: boolean }): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [paint('4', `${showUnsafe(view.old)} → ${showUnsafe(view.new)}`)];
  if (view.changes.length === 0)
    lines.push('', '  No change to the parties, the responsibility split, the service levels, the tools or the exit terms.');
  const rows = view.changes.map((c) => [
    describePlace(c),
    c.weakens ? 'weakens' : '',
    kindLabel(c.kind),
    showUnsafe(c.subject),
    showUnsafe(describeChange(c)),
  ]);
  const width = (i: number) => Math.max(0, ...rows.map((r) => r[i].length));
  const [w0, w1, w2] = [width(0), width(1), width(2)];
  const rowOf = new Map(view.changes.map((c, i) => [c, rows[i]]));
  for (const g of byGroup(view.changes)) {
    lines.push('', paint('1', g.title));
    for (const c of g.changes) {
      const [place, weak, kind, subject, what] = rowOf.get(c)!;
      lines.push(
        `  ${paint('2', place.padEnd(w0))}  ${paint('31', weak.padEnd(w1))}${w1 ? '  ' : ''}${kind.padEnd(w2)}  ${subject}: ${what}`,
      );
    }
  }
  for (const [title, findings, color] of [
    ['Findings introduced', view.findings.introduced, '31'],
    ['Findings resolved', view.findings.resolved, '32'],
  ] as const) {
    if (findings.length === 0) continue;
    lines.push('', paint('1', `${title} (${findings.length})`));
    const places = findings.map((f) => f.location ?? String(f.line));
    const w = Math.max(...places.map((p) => p.length));
    findings.forEach((f, i) =>
      lines.push(
        `  ${paint('2', showUnsafe(places[i]).padEnd(w))}  ${paint(color, f.severity.padEnd(7))}  ${showUnsafe(f.message)}  ${paint('2', showUnsafe(f.ruleId))}`,
      ),
    );
  }
  if (view.notCompared.length) {
    lines.push('', paint('1', 'Not compared'));
    for (const n of view.notCompared) lines.push(`  ${showUnsafe(describeNotCompared(n, view))}`);
  }
  lines.push('', paint(view.weakens ? '1;31' : '1', summarise(view)));
  return lines.join('\n') + '\n';
}
