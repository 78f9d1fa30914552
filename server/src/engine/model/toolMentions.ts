// Tools beyond tool tables, and their exit terms: tools a SOW names in prose, lists or other tables, and
// the items and paragraphs of the exit section that cover each tool by name, kind or a generic word.
import type { SourceText } from '../source';
import type { Range } from '../types';
import { accountableOwner } from './matrix';
import { linesIn, sectionsAt } from './sections';
import { isGenericNameWord, oneOrganisation, resolveParty } from '../vocabulary/parties';
import {
  EXIT_KINDS,
  exitWordsCover,
  kindFlags,
  installerIn,
  providedBy,
  toolMentionsIn,
  toolNamedIn,
  inClientEstate,
  bareKindsListed,
  describeToolKind,
  type ToolMentionIn,
} from '../vocabulary/tools';
import { words } from '../vocabulary/words';
import { genericExitTerms } from './tools';
import type { Party, Section, SowModel, ToolMention } from './types';
import type { ToolKind } from '../vocabulary/tools';

/** Exit-term places kept per tool. */
const MAX_EXIT_TERMS = 5;

/** The words both the client's and the provider's names hold ("osg" in OSG Stakeholders and OSG Operations). */
function sharedNameWords(parties: readonly Party[]): Set<string> {
  const named = (role: Party['role']) => new Set(words(parties.find((p) => p.role === role)?.name ?? '').split(' '));
  const client = named('client');
  return new Set([...named('provider')].filter((w) => w !== '' && !isGenericNameWord(w) && client.has(w)));
}

/** Words that link a tool to what comes before it rather than name its owner. */
const LINKS = new Set(['via', 'through', 'using', 'with', 'in', 'into', 'on', 'onto', 'by', 'from', 'to', 'for', 'of', 'at']);

/**
 * A mention names a tool the provider brings, unless it is part of an address ("help@x.freshdesk.com") or
 * the words before it give it to the client ("the client's RMM", "FNS trouble ticketing system") or to the
 * organisation both parties belong to ("the OSG ticketing system" between OSG Stakeholders and OSG Operations).
 */
function providersTool(text: string, at: number, parties: readonly Party[], shared: Set<string>): boolean {
  const near = text.slice(Math.max(0, at - 40), at);
  if (/[@/.:]\S*$/.test(near)) return false;
  // A label's dash or colon ends the words that could name an owner: in "Client Management Tools – PSA, …" the
  // label names what the list holds, not whose the PSA is.
  const lastWords = wordsOf(near.slice(near.search(/[\u2013\u2014:;|]\s*[^\u2013\u2014:;|]*$/) + 1).toLowerCase()).slice(-3);
  // The owner's name may stand before a word that describes the tool ("FNS trouble ticketing system"): the
  // nearest name wins, the longest first. A preposition ends that run: in "your servers via Nagios" the
  // servers are the client's, not the tool.
  const before = lastWords.slice(lastWords.reduce((cut, w, k) => (LINKS.has(w) ? k + 1 : cut), 0));
  for (let end = before.length; end > 0; end--) {
    for (let i = 0; i < end; i++) {
      const phrase = before.slice(i, end).join(' ').replace(/'s$/, '');
      // "IT" before a tool says what the tool is for ("IT Auto-Documentation System"), not whose it is.
      if (phrase === 'it') continue;
      // "its" in lower case is a pronoun ("Contoso keeps its own ticketing system"): the tool is whoever's the
      // sentence names before it. Only "ITS" is an IT services department.
      if (/^its\b/.test(phrase) && !/\bITS\b/.test(near)) {
        const owner = nearestParty(wordsOf(text.slice(Math.max(sentenceStart(text, at), at - 200), at)), parties);
        if (owner) return owner.role !== 'client';
        continue;
      }
      if (shared.has(phrase)) return false;
      const party = resolveParty(phrase, parties);
      if (party) return party.role !== 'client';
    }
  }
  return true;
}

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/**
 * The party the last of these words names ("Contoso logs requests in its …", "Customers can install …"), a
 * pronoun passed over: whom an "its" refers to, or who installs software.
 */
function nearestParty(words: readonly string[], parties: readonly Party[]): Party | undefined {
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k].toLowerCase() === 'its') continue;
    // "Customers" in the plural is the client too.
    const party = resolveParty(words[k].replace(/'s$/, ''), parties) ?? resolveParty(words[k].replace(/s$/i, ''), parties);
    if (party) return party;
  }
  return undefined;
}

/**
 * The kinds whose mention in running text asks for exit terms: the provider's RMM, PSA or ticketing system,
 * documentation, backups, password vault, monitoring and logging, which hold the client's agents, history,
 * logs and credentials. Other kinds (a SIEM, a VPN) are as often the client's or a third party's; in a tool
 * table, or a matrix row the provider owns, they are read all the same.
 */
const CORE_KINDS: ReadonlySet<string> = new Set([
  'rmm',
  'psa',
  'ticketing',
  'documentation',
  'backup',
  'password-manager',
  'monitoring',
  'observability',
  'edr',
]);
/** Nouns that name a provider's delivery tool outright. */
const EXPLICIT =
  /\b(?:rmm|psa|remote monitoring and management|remote management and monitoring|professional services automation|(?:trouble |support )?ticket(?:ing)? (?:support )?systems?|ticketing (?:platforms?|software|tools?)|documentation (?:and management )?(?:systems?|platforms?)|backup (?:systems?|software|platforms?|agents?|tools?)|password manage(?:rs?|ment systems?)|agent software|software agents|monitoring agents?|management agents?)\b|\bticketsystem|\bfernwartung|\bpasswort-?manager/i;
/** Where the sentence of a passage around a position starts. */
function sentenceStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
}

/** The sentence of a passage around a position. */
function sentenceAt(text: string, at: number): string {
  const start = sentenceStart(text, at);
  const ends = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/**
 * Where the function cells of matrix rows the provider alone owns start. What such a row names as its function
 * is the provider's to run, as a tool table's row with the provider in its owner cell: "Cybersecurity
 * monitoring / SIEM" held by the provider is its SIEM, with agents, logs and a console to settle at exit, so
 * every kind a tool table asks exit terms of counts. A note beside it ("includes EDR alert triage") says what
 * the work covers, not whose tool it is.
 */
function providerFunctionCells(model: SowModel): Map<number, number> {
  // By line, the column the function cell starts at: a row holds one function cell.
  const starts = new Map<number, number>();
  for (const fn of model.functions)
    if (accountableOwner(fn)?.role === 'provider') starts.set(fn.nameCell.range.start.line, fn.nameCell.range.start.character);
  return starts;
}

/**
 * A tool of a kind that leaves agents, put on systems in its sentence ("we deploy SentinelOne on all endpoints",
 * "remote access software is installed on all client computers"), by anyone but the client ("Customers can
 * install any remote access software they choose" puts the client's own).
 */
function deployed(text: string, m: { kind: ToolKind; at: number }, parties: readonly Party[]): boolean {
  return installedBy(text, m, parties) === 'someone';
}

/** Who its sentence says installs a tool that leaves agents: the client, someone else, or nobody said. */
function installedBy(text: string, m: { kind: ToolKind; at: number }, parties: readonly Party[]): 'client' | 'someone' | undefined {
  const installer = AGENT_KINDS.includes(m.kind) ? installerIn(sentenceAt(text, m.at)) : undefined;
  if (installer === undefined) return undefined;
  return nearestParty(wordsOf(installer).slice(-4), parties)?.role === 'client' ? 'client' : 'someone';
}

/** Kinds one tool may be called by: a PSA is the ticketing system, an MDR service the EDR it runs. */
function family(kind: ToolKind): string {
  return kind === 'psa' || kind === 'itsm' ? 'ticketing' : kind === 'mdr' ? 'edr' : kind === 'observability' ? 'monitoring' : kind;
}

/** A heading that names the provider's stack of tools ("Technology Stack", "Security Stack", "Tools We Use"). */
const STACK_TITLE =
  /\b(?:(?:technology|tech|security|tool(?:ing)?|software|it|msp|service|support)\s+stack|tool ?sets?|tools (?:we|our (?:team|engineers)) use|our tools|installed\s+(?:services?\s*\/\s*)?(?:software|tools|agents|applications))\b|^\W*(?:our\s+)?(?:tooling|tools)(?:\s*(?:&|and)\s*(?:platforms?|technology|technologies))?\W*$/i;

/** A label opening an item or paragraph that names the provider's tools ("Enterprise-Grade Tools —", "Tooling:"). */
const TOOLS_LABEL = /^\W{0,9}(?:[\p{L}\p{N}\p{Pd}]{1,40}\s{1,9}){0,3}(?:tools|tooling|toolset|stack)\W{0,3}\s*(?:[:\u2013\u2014]|-\s)/iu;
/** Where such a label ends, if the text opens with one: read from its start, as few words as a label holds. */
const toolsLabel = (text: string): number | undefined => TOOLS_LABEL.exec(text.slice(0, 160))?.[0].length;

/** A heading that titles a policy or procedure ("Password Management Policy") names no tool. */
const POLICY_TITLE = /\b(?:polic(?:y|ies)|procedures?|standards?|guidelines?)\b/i;

/**
 * Tools the SOW names outside its tool tables, found with the tool gazetteer: the first mention of each
 * product, and of each kind named only generically ("the RMM agent", "a support portal"), on the line where its
 * words stand. Only kinds whose end a contract must settle count; a tool a tool table lists already, one the
 * text gives to the client or to the organisation both parties belong to, and a policy's title are left out.
 */
export function toolMentions(model: SowModel, source: SourceText): ToolMention[] {
  // Between two parts of one organisation its tools stay where they are: no exit to settle.
  if (oneOrganisation(model.parties)) return [];
  const listedNames = new Set(model.tools.map((t) => words(toolNamedIn(t.name)?.name ?? t.name)));
  const listedKinds = new Set(model.tools.flatMap((t) => (t.kind ? [t.kind] : [])));
  if (model.tools.some((t) => t.isRmm)) listedKinds.add('rmm');
  if (model.tools.some((t) => t.isTicketing)) for (const k of ['psa', 'ticketing', 'itsm'] as const) listedKinds.add(k);
  const shared = sharedNameWords(model.parties);
  const otherMeaning = abbreviationsOfOtherThings(model.scope.map((b) => b.text));
  const byKey = new Map<string, ToolMention>();
  const agentsOf = agentsKind(model, listedKinds);
  const agentsOnly = new Set<ToolMention>();
  const titledOnly = new Set<ToolMention>();
  const ownedCells = providerFunctionCells(model);
  // The line each tool is first named on, by its key.
  const firstNamed = new Map<string, number>();
  const lineOf = (block: { range: Range }, name: string): number => {
    const from = source.offsetAt(block.range.start);
    const at = source.text.slice(from, source.offsetAt(block.range.end)).toLowerCase().indexOf(name.toLowerCase());
    return source.positionAt(at < 0 ? from : from + at).line;
  };
  // A heading that names a delivery tool's kind outright ("Remote Monitoring & Management (RMM)") makes the
  // products listed under it that tool: "Datto RMM" there is the RMM the section describes, the provider's as
  // the heading is. The kinds, by family, each heading names so, read once.
  const sectionsOf = sectionsAt(model.sections);
  const headingKinds = new Map<Section, Set<string>>();
  const kindsNamedBy = (section: Section): Set<string> => {
    let kinds = headingKinds.get(section);
    if (!kinds) {
      const title = section.title;
      kinds = new Set(
        POLICY_TITLE.test(title)
          ? []
          : toolMentionsIn(title)
              .filter(
                (m) => !m.product && CORE_KINDS.has(m.kind) && EXPLICIT.test(m.name) && providersTool(title, m.at, model.parties, shared),
              )
              .map((m) => family(m.kind)),
      );
      headingKinds.set(section, kinds);
    }
    return kinds;
  };
  const underItsKind = (line: number, kind: ToolKind) => sectionsOf(line).some((section) => kindsNamedBy(section).has(family(kind)));
  // A heading naming the provider's stack ("Technology Stack", "Our Security Stack") makes the products listed
  // under it the service's delivery tools, of any kind a tool table would ask exit terms of.
  const stacks = new Map<Section, boolean>();
  const isStack = (section: Section): boolean => {
    let stack = stacks.get(section);
    if (stack === undefined) {
      const at = STACK_TITLE.exec(section.title)?.index;
      stack = at !== undefined && providersTool(section.title, at, model.parties, shared);
      stacks.set(section, stack);
    }
    return stack;
  };
  for (const block of model.scope) {
    if (block.excluded || block.serviceLevel || (block.heading && POLICY_TITLE.test(block.text))) continue;
    const ownedRow = ownedCells.get(block.range.start.line) === block.range.start.character;
    // Innermost first: a kind named generically ("- EDR/XDR" under "Tooling") is one of the stack's tools only
    // right under its heading; deeper, under a product's own section, "SIEM Integration" is a feature of that product.
    const within = block.heading ? [] : sectionsOf(block.range.start.line);
    const stacked = within.some(isStack);
    // An item labelled as the provider's tools ("Client Management Tools – PSA, Ticketing, …") lists them as a
    // stack heading would.
    const label = block.heading ? undefined : toolsLabel(block.text);
    const labelled = label !== undefined;
    const stackedHere = labelled || (stacked && isStack(within[0]));
    const named = toolMentionsIn(block.text);
    for (const found of stackedHere ? [...named, ...bareKinds(block.text, label ?? 0, named)] : named) {
      const m = found.agents === 'open' ? { ...found, kind: agentsOf } : found;
      const listedInStack = m.product ? stacked || labelled : stackedHere;
      if (m.tenant || !providersTool(block.text, m.at, model.parties, shared)) continue;
      // "(PSA)" after "professional services agreement" abbreviates those words, it names no tool; and the
      // abbreviation keeps that meaning wherever the document uses it ("execute the PSA").
      if (block.text[m.at - 1] === '(' && /^[A-Z]{2,5}$/.test(m.name)) continue;
      if (otherMeaning.has(m.name) || definedTerm(block.text, m.at, m.name)) continue;
      // One tool by whichever of its names ("RocketCyber (Kaseya MDR)"): keyed by the gazetteer's own name.
      const canonical = m.product ? words(m.known) : '';
      const key = m.product ? `product:${canonical}` : `kind:${family(m.kind)}`;
      // A reader meets the tool where the SOW first names it in its text (a heading only titles it), though a
      // later sentence is what ties it to the service.
      if (!block.heading && !firstNamed.has(key)) firstNamed.set(key, lineOf(block, m.name));
      if (!((ownedRow || listedInStack ? EXIT_KINDS : CORE_KINDS).has(m.kind) || deployed(block.text, m, model.parties))) continue;
      // Agents the client installs itself ("Contoso deploys SentinelOne on every server") are the client's own.
      if (!m.agents && installedBy(block.text, m, model.parties) === 'client') continue;
      // Monitoring of the provider's own platform ("as verified by our monitoring systems") leaves nothing to settle.
      if (!m.agents && !inClientEstate(m.kind, m.product, block.text)) continue;
      // "The RMM agent", "a PSA" say a provider's tool by themselves; a product or a looser noun ("the support
      // portal", "Jira") only in a sentence that ties it to the provider's service.
      // Agents installed on the client's systems are put there by the service, which says whose they are.
      if (
        !ownedRow &&
        !m.agents &&
        (m.product || !EXPLICIT.test(m.name)) &&
        !providedBy(sentenceAt(block.text, m.at), model.frontMatter.provider?.name) &&
        !(m.product && !block.heading && underItsKind(block.range.start.line, m.kind)) &&
        !listedInStack
      )
        continue;
      const held = byKey.get(key);
      // A heading only titles the tool ("### RMM"): the text under it, met later, is where a reader meets it.
      if (held && titledOnly.has(held) && !block.heading) {
        titledOnly.delete(held);
        held.row = source.lineRange(lineOf(block, m.name));
      }
      // Agents met first are the tool's first trace; the tool's own name, met later, names the finding.
      if (held && agentsOnly.has(held) && !m.agents) {
        agentsOnly.delete(held);
        Object.assign(held, { name: m.name, kind: m.label });
      }
      if (held || (m.product ? listedNames.has(canonical) : listedKinds.has(m.kind))) continue;
      const line = firstNamed.get(key) ?? lineOf(block, m.name);
      const flags = kindFlags(m.kind);
      const mention: ToolMention = { name: m.name, kind: m.label, toolKind: m.kind, row: source.lineRange(line), ...flags, exitTerms: [] };
      byKey.set(key, mention);
      if (m.agents) agentsOnly.add(mention);
      if (block.heading && !firstNamed.has(key)) titledOnly.add(mention);
    }
  }
  // A kind named only generically is covered by a product of that kind named anywhere.
  const productKinds = new Set([...byKey.keys()].filter((k) => k.startsWith('product:')).map((k) => family(byKey.get(k)!.toolKind)));
  return [...byKey.entries()].filter(([k, m]) => k.startsWith('product:') || !productKinds.has(family(m.toolKind))).map(([, m]) => m);
}

/**
 * Kinds a list of the provider's tools names by their bare words ("Ticketing", "Documentation"), where no
 * gazetteer noun stands: after an item's label ("Client Management Tools – …"), or the whole item.
 */
function bareKinds(text: string, from: number, named: readonly ToolMentionIn[]): ToolMentionIn[] {
  return bareKindsListed(text.slice(from))
    .map((k) => ({ ...k, at: k.at + from }))
    .filter((k) => !named.some((m) => m.at < k.at + k.name.length && k.at < m.at + m.name.length))
    .map((k) => ({ name: k.name, known: k.name, kind: k.kind, label: describeToolKind(k.kind), product: false, tenant: false, at: k.at }));
}

/** Kinds of tool that put agents on the client's systems: those the text's mentions ask exit terms of first. */
const AGENT_KINDS: readonly ToolKind[] = ['rmm', 'monitoring', 'backup', 'edr', 'mdr', 'patching', 'remote-access'];

/**
 * The tool that installed agents of no stated kind belong to: one a tool table lists, else the first the text
 * names, else an RMM. They are that tool's agents, one tool to settle at exit, not a second.
 */
function agentsKind(model: SowModel, listedKinds: ReadonlySet<string>): ToolKind {
  const listed = AGENT_KINDS.find((k) => listedKinds.has(k));
  if (listed) return listed;
  for (const block of model.scope) {
    if (block.excluded || block.serviceLevel) continue;
    const named = toolMentionsIn(block.text).find((m) => m.agents !== 'open' && AGENT_KINDS.includes(m.kind) && CORE_KINDS.has(m.kind));
    if (named) return named.kind;
  }
  return 'rmm';
}

const DEFINES = /^\s*(?:shall mean|means|shall refer to|refers to|is defined as|has the meaning)\b/i;
const A_TOOL = /\b(?:software|tools?|platforms?|systems?|applications?|products?|agents?)\b/i;

/**
 * A term being defined as words (`“RMM” shall mean remote monitoring and maintenance`): a word of the contract,
 * no tool it brings. A definition that says it is a tool (`“RMM Platform” shall mean a web-based software tool
 * utilized by …`) still names one.
 */
function definedTerm(text: string, at: number, name: string): boolean {
  const open = text[at - 1];
  const close = text[at + name.length];
  if (open === undefined || close === undefined || !'"“\''.includes(open) || !'"”\''.includes(close)) return false;
  const after = text.slice(at + name.length + 1, at + name.length + 160);
  return DEFINES.test(after) && !A_TOOL.test(after.split(/[.;]/)[0]);
}

/** Tools awaiting the text's word that are looked for in it; more would cost a scan of the text each. */
const MAX_AWAITING = 50;

/**
 * A tool a table lists with nothing there saying the provider brings it needs exit terms once a sentence
 * elsewhere does ("We deploy Datto EDR on every device"), as a tool named only in prose would.
 */
export function confirmToolsByText(model: SowModel): void {
  const awaiting = model.tools.filter((t) => t.awaitsText).slice(0, MAX_AWAITING);
  if (awaiting.length === 0 || oneOrganisation(model.parties)) return;
  const provider = model.frontMatter.provider?.name;
  const shared = sharedNameWords(model.parties);
  // Lowered once for every tool looked for, not once per tool.
  const lowered = model.scope.map((b) => b.text.toLowerCase());
  for (const tool of awaiting) {
    const named = toolNamedIn(tool.name);
    const name = (named?.name ?? tool.name).toLowerCase();
    if (name.trim().length < 3) continue;
    for (const [i, block] of model.scope.entries()) {
      if (block.excluded || block.serviceLevel || block.range.start.line === tool.row.start.line) continue;
      const at = lowered[i].indexOf(name);
      if (at < 0 || !providersTool(block.text, at, model.parties, shared)) continue;
      // A section of the SOW titled by the tool ("VSA X (Remote Monitoring & Management)") describes it as part
      // of the service, as a sentence saying the provider runs it would.
      // Its name may be followed by a few words of what it is ("RocketCyber Managed SOC"), not by a sentence.
      const titled =
        block.heading === true && at === 0 && /^(?:\s+[^\s.:;!?]+){0,5}\s*(?:\([^)]*\))?\s*$/.test(lowered[i].slice(name.length));
      const sentence = sentenceAt(block.text, at);
      if (!titled && !providedBy(sentence, provider)) continue;
      // A monitoring tool the text ties to the provider may still watch only the provider's own platform.
      if (
        !titled &&
        tool.kind &&
        !inClientEstate(tool.kind, named?.product === true, `${sentence} · ${tool.name} · ${tool.kindCell?.text ?? ''}`)
      )
        continue;
      tool.awaitsText = false;
      if (titled) tool.section = block.range;
      tool.broughtBy = titled
        ? `the section headed "${block.text.slice(0, 60)}" on line ${block.range.start.line + 1} describes it`
        : `line ${block.range.start.line + 1} ties it to the provider`;
      break;
    }
  }
}

/**
 * "Words Spelled Out (WSO)": two to six words, then their initials in brackets (quoted or not). Words are
 * bounded in length, so a long run of letters costs a bounded amount at each place the scan tries.
 */
const DEFINED_ABBREVIATION = /((?:\p{L}[\p{L}-]{0,39}\s{1,9}){1,5}\p{L}[\p{L}-]{0,39})\s{0,9}\(\s{0,9}["“]?([A-Z]{2,5})["”]?\s{0,9}\)/gu;

/**
 * Abbreviations the document defines as something other than a tool: "professional services agreement
 * (PSA)" makes every later "PSA" the agreement. An expansion that names a tool ("professional services
 * automation (PSA)") keeps the abbreviation a tool.
 */
function abbreviationsOfOtherThings(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const [, spelled, abbreviation] of text.matchAll(DEFINED_ABBREVIATION)) {
      // The initials of the last words, as many as the abbreviation has letters.
      const wordsOf = spelled.split(/\s+/).slice(-abbreviation.length);
      if (wordsOf.map((w) => w[0].toUpperCase()).join('') !== abbreviation) continue;
      if (toolMentionsIn(wordsOf.join(' ')).length === 0) found.add(abbreviation);
    }
  }
  return found;
}

/**
 * What the exit sections say, block by block: their items, paragraphs and table rows ("| Datto RMM agents |
 * Removed within 30 days |", a row's cells read as one text): exit terms written as a table are exit terms.
 */
export function exitSectionBlocks(model: SowModel): { text: string; range: Range }[] {
  const exits = model.sections.filter((s) => s.kind === 'exit');
  const rows = linesIn(model.scope, exits).filter((l) => l.texts.length >= 2);
  return [...exits.flatMap((s) => [...s.listItems, ...s.paragraphs]), ...rows.map((r) => ({ text: r.texts.join(' '), range: r.range }))];
}

/** Items, paragraphs and table rows of the exit section that name a tool, its kind or all tools count as its exit terms. */
export function linkExitTerms(model: SowModel): void {
  const blocks = exitSectionBlocks(model);
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
    const kind = 'toolKind' in tool ? tool.kind : tool.kindCell?.text;
    const toolKind = 'toolKind' in tool ? tool.toolKind : tool.kind;
    const found = new Set([
      ...kinds.all,
      ...(tool.isRmm ? kinds.rmm : []),
      ...(tool.isTicketing ? kinds.ticketing : []),
      ...phrased(tool.name),
      ...phrased(kind),
      ...(toolKind ? blocks.flatMap((b, i) => (exitWordsCover(toolKind, b.text) ? [i] : [])) : []),
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
