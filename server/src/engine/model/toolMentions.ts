// Tools beyond tool tables, and their exit terms: tools a SOW names in prose, lists or other tables, and
// the items and paragraphs of the exit section that cover each tool by name, kind or a generic word.
import type { SourceText } from '../source';
import { isGenericNameWord, resolveParty } from '../vocabulary/parties';
import { TOOL_MENTIONS } from '../vocabulary/tools';
import { words } from '../vocabulary/words';
import { genericExitTerms } from './tools';
import type { Party, SowModel, ToolMention } from './types';

/** Exit-term places kept per tool. */
const MAX_EXIT_TERMS = 5;

/** The words both the client's and the provider's names hold ("osg" in OSG Stakeholders and OSG Operations). */
function sharedNameWords(parties: readonly Party[]): Set<string> {
  const named = (role: Party['role']) => new Set(words(parties.find((p) => p.role === role)?.name ?? '').split(' '));
  const client = named('client');
  return new Set([...named('provider')].filter((w) => w !== '' && !isGenericNameWord(w) && client.has(w)));
}

/**
 * A mention names a tool the provider brings, unless it is part of an address ("help@x.freshdesk.com") or
 * the words before it give it to the client ("the client's RMM", "FNS trouble ticketing system") or to the
 * organisation both parties belong to ("the OSG ticketing system" between OSG Stakeholders and OSG Operations).
 */
function providersTool(text: string, at: number, parties: readonly Party[], shared: Set<string>): boolean {
  if (/[@/.:]\S*$/.test(text.slice(Math.max(0, at - 40), at))) return false;
  const before = text
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .slice(-3);
  // The owner's name may stand before a word that describes the tool ("FNS trouble ticketing system"): the
  // nearest name wins, the longest first.
  for (let end = before.length; end > 0; end--) {
    for (let i = 0; i < end; i++) {
      const phrase = before.slice(i, end).join(' ').replace(/'s$/, '');
      // "IT" before a tool says what the tool is for ("IT Auto-Documentation System"), not whose it is.
      if (phrase === 'it') continue;
      if (shared.has(phrase)) return false;
      const party = resolveParty(phrase, parties);
      if (party) return party.role !== 'client';
    }
  }
  return true;
}

/** The first mention of each kind of tool no tool table lists, on the line where its words stand. */
export function toolMentions(model: SowModel, source: SourceText): ToolMention[] {
  const mentions: ToolMention[] = [];
  const shared = sharedNameWords(model.parties);
  for (const { kind, rmm, ticketing, pattern } of TOOL_MENTIONS) {
    if (model.tools.some((t) => (rmm && t.isRmm) || (ticketing && t.isTicketing) || pattern.test(`${t.name} ${t.kindCell?.text ?? ''}`)))
      continue;
    for (const block of model.scope) {
      const m = block.excluded || block.serviceLevel ? null : pattern.exec(block.text);
      if (!m || !providersTool(block.text, m.index, model.parties, shared)) continue;
      const from = source.offsetAt(block.range.start);
      const at = source.text.slice(from, source.offsetAt(block.range.end)).toLowerCase().indexOf(m[0].toLowerCase());
      const line = source.positionAt(at < 0 ? from : from + at).line;
      mentions.push({ name: m[0], kind, row: source.lineRange(line), isRmm: rmm === true, isTicketing: ticketing === true, exitTerms: [] });
      break;
    }
  }
  return mentions;
}

/** Items and paragraphs of the exit section that name a tool, its kind or all tools count as its exit terms. */
export function linkExitTerms(model: SowModel): void {
  const blocks = model.sections.filter((s) => s.kind === 'exit').flatMap((s) => [...s.listItems, ...s.paragraphs]);
  if (blocks.length === 0) return;
  // Indexed once: which blocks hold each word, and which cover all tools, any RMM or any ticketing system.
  const normalised = blocks.map((b) => ` ${words(b.text)} `);
  const generic = blocks.map((b) => genericExitTerms(b.text));
  const byWord = new Map<string, number[]>();
  normalised.forEach((text, i) => {
    for (const w of new Set(text.trim().split(' '))) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
  });
  const kinds = {
    all: generic.flatMap((g, i) => (g.all ? [i] : [])),
    rmm: generic.flatMap((g, i) => (g.rmm ? [i] : [])),
    ticketing: generic.flatMap((g, i) => (g.ticketing ? [i] : [])),
  };
  const phrased = (phrase: string | undefined): number[] => {
    const w = phrase ? words(phrase) : '';
    if (w === '') return [];
    return (byWord.get(w.split(' ')[0]) ?? []).filter((i) => normalised[i].includes(` ${w} `));
  };
  for (const tool of [...model.tools, ...model.toolMentions]) {
    const kind = 'kind' in tool ? tool.kind : tool.kindCell?.text;
    const found = new Set([
      ...kinds.all,
      ...(tool.isRmm ? kinds.rmm : []),
      ...(tool.isTicketing ? kinds.ticketing : []),
      ...phrased(tool.name),
      ...phrased(kind),
    ]);
    // A few places are enough to show where a tool's exit terms are; thousands would only grow the model.
    tool.exitTerms.push(
      ...[...found]
        .sort((x, y) => x - y)
        .slice(0, MAX_EXIT_TERMS)
        .map((i) => blocks[i].range),
    );
  }
}
