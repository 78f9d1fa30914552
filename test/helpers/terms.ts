/** Commercial terms a contract states: times, access levels, coverage, notice periods, and the parties' names. */
function terms(text: string, parties: readonly string[] = []): Map<string, number> {
  const found = new Map<string, number>();
  const add = (term: string) => found.set(term, (found.get(term) ?? 0) + 1);
  const lower = text.toLowerCase();
  const pattern =
    /\d+(?:\.\d+)?\s*(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|read[\s-]*write|read[\s-]*only|\bno access\b|24\/7|24x7|next business day|\bnbd\b|notice/g;
  for (const m of lower.matchAll(pattern)) add(m[0]);
  for (const name of parties) {
    const n = name.toLowerCase();
    for (let i = lower.indexOf(n); i >= 0 && n !== ''; i = lower.indexOf(n, i + n.length)) add(`party:${n}`);
  }
  return found;
}

/** The terms a text after a fix holds that the text before did not (more of them counts too). */
export function newTerms(before: string, after: string, parties: readonly string[] = []): string[] {
  const had = terms(before, parties);
  return [...terms(after, parties)].filter(([term, count]) => count > (had.get(term) ?? 0)).map(([term]) => term);
}
