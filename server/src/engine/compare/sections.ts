import type { Section, SectionKind, SowModel } from '../model/types';
import { fold, words } from '../vocabulary/words';
import { documentLine, lineOf, shorten, type Versions } from './common';
import { Pairing } from './pairing';

const KIND_NAMES: Record<SectionKind, string> = { escalation: 'escalation', exit: 'exit' };

/**
 * Escalation and exit sections are paired by kind, by title first: renaming "Exit" to "Termination and
 * transition" is no change. A section gone takes what it promised with it. Within the exit sections that
 * remain, clauses are paired by their words, so a reworded clause is the same clause and one that is gone
 * (data export, say) is an exit term removed. `byTool`: old clause lines already reported through a tool.
 */
export function compareSections(v: Versions, byTool: { old: ReadonlySet<number>; new: ReadonlySet<number> }): void {
  const kinds = (model: SowModel) => model.sections.filter((s) => s.kind);
  const pairing = new Pairing(kinds(v.old.model), kinds(v.new.model));
  pairing.pairBy((s) => `${s.kind}\n${fold(s.title)}`);
  pairing.pairBy((s) => s.kind);
  for (const o of pairing.unpairedOld())
    v.changes.push({
      kind: 'section-removed',
      subject: o.title,
      from: `${KIND_NAMES[o.kind!]} section`,
      oldLine: lineOf(o.heading),
      line: documentLine(v.new.model),
      weakens: true,
    });
  for (const n of pairing.unpairedNew())
    v.changes.push({
      kind: 'section-added',
      subject: n.title,
      to: `${KIND_NAMES[n.kind!]} section`,
      newLine: lineOf(n.heading),
      line: lineOf(n.heading),
      weakens: false,
    });

  const exits = [...pairing.toNew].filter(([o]) => o.kind === 'exit');
  const oldClauses = clauses(exits.map(([o]) => o)).filter((c) => !byTool.old.has(c.line));
  const newClauses = clauses(exits.map(([, n]) => n)).filter((c) => !byTool.new.has(c.line));
  const clausePairing = pairClauses(oldClauses, newClauses);
  const newSection = new Map(exits.map(([o, n]) => [o, n]));
  for (const c of clausePairing.unpairedOld()) {
    const n = newSection.get(c.section)!;
    v.changes.push({
      kind: 'exit-terms-removed',
      subject: n.title,
      from: shorten(c.text),
      oldLine: c.line + 1,
      line: lineOf(n.heading),
      weakens: true,
    });
  }
  for (const c of clausePairing.unpairedNew())
    v.changes.push({
      kind: 'exit-terms-added',
      subject: c.section.title,
      to: shorten(c.text),
      newLine: c.line + 1,
      line: c.line + 1,
      weakens: false,
    });
}

interface Clause {
  text: string;
  /** 0-based line of its start. */
  line: number;
  section: Section;
  words: Set<string>;
}

/** The list items and paragraphs of the sections, each once (a nested section's are its parent's too). */
function clauses(sections: Section[]): Clause[] {
  const seen = new Set<number>();
  const out: Clause[] = [];
  for (const s of sections)
    for (const block of [...s.listItems, ...s.paragraphs]) {
      const line = block.range.start.line;
      if (seen.has(line) || !block.text.trim()) continue;
      seen.add(line);
      out.push({
        text: block.text,
        line,
        section: s,
        words: new Set(
          words(block.text)
            .split(' ')
            .filter((w) => w.length >= 3),
        ),
      });
    }
  return out.sort((a, b) => a.line - b.line);
}

/** Clauses sharing this share of their words are the same clause reworded. */
const SAME_CLAUSE = 0.6;
/** Beyond this many pairs to weigh, only clauses with the same words pair (a bound on hostile input). */
const MOST_PAIRS = 250_000;

function pairClauses(olds: Clause[], news: Clause[]): Pairing<Clause> {
  const pairing = new Pairing(olds, news);
  pairing.pairBy((c) => [...c.words].sort().join(' '));
  const left = pairing.unpairedNew();
  if (pairing.unpairedOld().length * left.length > MOST_PAIRS) return pairing;
  for (const o of pairing.unpairedOld()) {
    let best: Clause | undefined;
    let bestScore = SAME_CLAUSE;
    for (const n of left) {
      if (pairing.toOld.has(n)) continue;
      const score = similarity(o.words, n.words);
      if (score >= bestScore) [best, bestScore] = [n, score];
    }
    if (best) pairing.pair(o, best);
  }
  return pairing;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(a.size, b.size);
}
