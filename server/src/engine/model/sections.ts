import type { Heading, ListItem, RootContent } from 'mdast';
import { textOf } from './text';
import type { SourceText } from '../source';
import { mentionsAny, splitSentences, withoutClauseNumber } from '../vocabulary/words';
import type { Range } from '../types';
import type { ScopeText, Section, SectionKind } from './types';

export const EXIT_WORDS = [
  'termination',
  'terminate',
  'exit',
  'offboarding',
  'off boarding',
  'off-boarding',
  'offboard',
  'off board',
  'off-board',
  'service deprecation',
  'deprecation of the service',
  'service withdrawal',
  'withdrawal of the service',
  'end of contract',
  'end of the agreement',
  'end of agreement',
  'end of the contract',
  'end of term',
  'end of service',
  'end of the service',
  'end of services',
  'reversibility',
  'cancellation',
  'cancel',
  'expiry',
  'expiration',
  'disengagement',
  'handover',
  'hand over',
  'hand-over',
  'phase out',
  'phase-out',
  'transition out',
  'transition-out',
  'return of client data',
  'return of customer data',
  'return of data',
  'non-renewal',
];
/**
 * Termination terms written under another heading, as the rule reads them (a clause saying how the contract
 * ends): the contract's end beside what then happens to data, tools or the service ("On termination the
 * Provider returns all Client data within 30 days" under "Term and fees"), or the agreement's end by notice,
 * renewal or expiry ("either party may terminate this Agreement on 90 days' notice", "in effect and renewed
 * yearly unless termination is requested"). Not a term whose end is left to a section ("until terminated in
 * accordance with Section 12"), nor the end of something else ("a user's access is terminated").
 */
const ENDS =
  /\b(?:terminat(?:e|es|ed|ing|ion)|non-renewal|offboarding|expiry|expiration|end of (?:the )?(?:agreement|contract|term)|(?:agreement|contract|engagement|SOW|services?) (?:ends|expires|terminates|comes to an end))\b/i;
/**
 * Plainer words for an end ("cancel", "end the service", "opt out of this agreement", "leave the service"): the
 * contract's end only beside the contract or a party's right. Not the service desk or a request.
 */
const CANCELS =
  /\b(?:cancel(?:s|led|ling|lation)?|(?:end|discontinue|withdraw from|opt out of|leave|exit) (?:the|this|our|your) (?:agreement|contract|engagement|arrangement|subscription|services?))\b(?! (?:desks?|requests?|tickets?|portal|lines?)\b)/i;
/** "Upon cancellation, all data and backups are deleted": the cancellation of the service, not of a visit or a ticket. */
const ON_CANCELLATION =
  /\b(?:upon|on|after|following|at) (?:the )?cancell?ation\b(?! of (?!(?:the|this|your|our|its) (?:agreement|contract|services?|subscription|plan)\b))/i;
/** A notice period ("30 days' written notice", "one (1) month's notice"): beside an end word, how the contract ends. */
const NOTICE_PERIOD =
  /\b(?:\d+|one|two|three|four|six|twelve|thirty|sixty|ninety)\s*(?:\(\d+\)\s*)?[-\s]?(?:calendar |business |working )?(?:days?|weeks?|months?)['’]?s?\s+(?:prior |advance )?(?:written )?notice\b/i;
/** "Renews each year unless either party gives 60 days' notice": the term ends by notice of non-renewal. */
const RENEWS_UNLESS = /\brenew\w*\b.*\b(?:unless|until)\b.*\bnotice\b/i;
const AT_EXIT =
  /\b(?:return(?:s|ed)?|export(?:s|ed)?|hand(?:s|ed)? over|handover|transition(?:al)? (?:assistance|services?|plan)|transfer(?:s|red)?|remov(?:e|es|ed|al)|delet(?:e|es|ed|ion)|uninstall\w*|revok\w+|decommission\w*|credentials|documentation|agents?)\b/i;
/**
 * A notice of a month or more ("90-day notice for cancellation", "three months' notice"): the time it takes to
 * end a contract. A visit or a booking is called off on hours' or days' notice.
 */
function longNotice(sentence: string): boolean {
  const period = NOTICE_PERIOD.exec(sentence);
  if (!period) return false;
  const [, count, unit] = /^(\S+?)\s*(?:\(\d+\)\s*)?[-\s]?(?:calendar |business |working )?(day|week|month)/i.exec(period[0]) ?? [];
  const n = Number(count) || NUMBER_WORDS[count?.toLowerCase() ?? ''] || 0;
  return /^month/i.test(unit ?? '') || (/^week/i.test(unit ?? '') && n >= 4) || (/^day/i.test(unit ?? '') && n >= 28);
}
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12, thirty: 30, sixty: 60, ninety: 90 };

const TERM_RUNS =
  /\b(?:notice|renew(?:s|ed|al)?|auto-renew\w*|in effect|in force|expires?|breach\w*|for cause|for convenience|insolven\w*)\b/i;
// "Either party may terminate on 60 days' notice": a party's right to end it is the contract's end, object or not;
// "You can end the service on a month's notice", "To leave the service, give a month's notice": the phrase names what ends.
const EITHER_PARTY =
  /\b(?:(?:either|any|each) party (?:may|can|shall be entitled to|has the right to|reserves the right to) (?:terminate|cancel|end)|(?:terminated|cancell?ed|ended) by (?:either|any|each) party|(?:end|cancel|terminate|discontinue|withdraw from|opt out of|leave|exit) (?:the|this|our|your) (?:agreement|contract|engagement|arrangement|subscription|services?))\b(?! (?:desks?|requests?|tickets?|portal|lines?)\b)/i;
/**
 * A party's right to end the contract or the service, notice or none: "Clients may cancel at any time",
 * "UKCloud has the right to cancel this service", "this service subscription can be terminated". Not a ticket,
 * visit or service request called off.
 */
const RIGHT_TO_END = new RegExp(
  [
    String.raw`\b(?:clients?|customers?|you|we|the provider|providers?|contractors?|either party|both parties) (?:may|can) (?:terminate|cancel)(?: (?:the|this|its|their|your|our) (?:agreement|contract|services?|subscription))? at any time\b`,
    String.raw`\b(?:(?:has|have|retains?|reserves?) the right to|may|can) (?:terminate|cancel|end) (?:the |this |that |your |our |its |their )?(?:\w+ )?(?:agreement|contract|subscription|services?)\b(?! (?:requests?|tickets?|calls?|visits?))`,
    String.raw`\b(?:agreement|contract|subscription|services?) (?:can|may) be (?:terminated|cancell?ed)\b`,
  ].join('|'),
  'i',
);
/** A notice period counts as the contract's end only under an end word written as a label, or given to a party of it. */
const NOTICE_LABEL = /^\W*(?:terminat\w*|cancel\w*|non-renewal)\b[^:]{0,40}:/i;
const A_PARTY = /\b(?:either|each|any|both) part(?:y|ies)\b/i;
const THE_CONTRACT = /\b(?:agreements?|contracts?|statement of work|SOW|orders?|term)\b/i;
// "until terminated in accordance with Section 12": how it ends is said elsewhere, if anywhere.
const DEFERS =
  /\b(?:in accordance with|within the provisions of|pursuant to|subject to|as (?:set out|described|provided|specified|defined) in|under)\b.*\b(?:section|clause|paragraph|article|schedule)\b/i;

/**
 * A German sentence on the contract's end: notice ("kann mit einer Frist von drei Monaten gekündigt werden",
 * "Kündigungsfrist"), the contract's end or its ending ("Vertragsende", "Beendigung des Vertrags"). Kündigung
 * is the contract's or the service's end in a SOW ("angekündigt" is announced); German calls off a visit or a ticket otherwise.
 */
const ENDS_DE =
  /(?<!an(?:ge)?)k(?:ü|ue)ndig|k(?:ü|ue)ndbar|vertragsende|ende (?:des|dieses) vertrag|beendigung (?:des|dieses|der) (?:vertrag|vereinbarung|zusammenarbeit|leistung)|vertrag\w* endet|endet (?:der|dieser|das) (?:vertrag|vertragsverh)/i;
/** What then happens in German: data returned, exported, handed over or deleted, access given back. */
const AT_EXIT_DE =
  /herausgabe|herausgegeben|r(?:ü|ue)ckgabe|zur(?:ü|ue)ckgegeben|(?:ü|ue)bergabe|(?:ü|ue)bergeben|gel(?:ö|oe)scht|l(?:ö|oe)schung|export|zug(?:ä|ae)nge|zugangsdaten|dokumentation/i;

/**
 * How a passage speaks of the contract's end: `exit` when a sentence ties the end to what then happens (the
 * passage is exit terms), `term` with the sentences that only say how the agreement's term ends (the rest of
 * the passage is about something else: the service it renews), or undefined.
 */
function terminationIn(text: string): { kind: 'exit' } | { kind: 'term'; sentences: string[] } | undefined {
  const sentences = splitSentences(text.slice(0, 4000));
  const german = sentences.filter((sentence) => ENDS_DE.test(sentence));
  if (german.some((sentence) => AT_EXIT_DE.test(sentence))) return { kind: 'exit' };
  if (german.length > 0) return { kind: 'term', sentences: german };
  const ending = sentences.filter(
    (sentence) => ENDS.test(sentence) || CANCELS.test(sentence) || EITHER_PARTY.test(sentence) || RENEWS_UNLESS.test(sentence),
  );
  // "Cancelled tickets are removed" is no exit: a plainer word needs the contract named beside it.
  // "We will end the service at the end of the month … and decommission your hub": the phrase names what ends.
  if (
    ending.some(
      (sentence) =>
        AT_EXIT.test(sentence) &&
        (ENDS.test(sentence) || THE_CONTRACT.test(sentence) || EITHER_PARTY.test(sentence) || ON_CANCELLATION.test(sentence)),
    )
  )
    return { kind: 'exit' };
  const term = ending.filter(
    (sentence) =>
      RIGHT_TO_END.test(sentence) ||
      (TERM_RUNS.test(sentence) &&
        (THE_CONTRACT.test(sentence) ||
          EITHER_PARTY.test(sentence) ||
          (NOTICE_PERIOD.test(sentence) && (NOTICE_LABEL.test(sentence) || A_PARTY.test(sentence) || longNotice(sentence))) ||
          RENEWS_UNLESS.test(sentence)) &&
        !DEFERS.test(sentence)),
  );
  return term.length > 0 ? { kind: 'term', sentences: term } : undefined;
}

/** A clause about the end of the contract: the text that says it, and where it stands. */
export interface TerminationClause {
  text: string;
  range: Range;
}

/**
 * The body's clauses about the end of the contract, in order: a paragraph, item or cell (not a heading, an
 * exclusion or a service-level cell), or the cells of a key-terms table's row read across
 * ("| Termination | 30 days' written notice |"). A clause that only says how the term ends lends its own
 * sentences, not the service its paragraph describes. Lazy: asking whether there is one reads up to the first.
 */
export function* terminationClauses(scope: readonly ScopeText[]): Generator<TerminationClause> {
  const read = scope.filter((s) => !s.excluded && !s.serviceLevel && !s.heading);
  const rows = new Map<number, ScopeText[]>();
  for (const s of read) {
    const ending = terminationIn(s.text);
    if (ending) yield { text: ending.kind === 'exit' ? s.text : ending.sentences.join(' '), range: s.range };
    (rows.get(s.range.start.line) ?? rows.set(s.range.start.line, []).get(s.range.start.line)!).push(s);
  }
  for (const cells of rows.values()) {
    if (cells.length < 2) continue;
    const across = cells.map((c) => c.text).join(': ');
    const ending = terminationIn(across);
    if (ending)
      yield {
        text: ending.kind === 'exit' ? across : ending.sentences.join(' '),
        range: { start: cells[0].range.start, end: cells.at(-1)!.range.end },
      };
  }
}

/**
 * The sections each line stands in, innermost first: a line's last section by start, then the sections that
 * hold it. Headings nest a few deep, so a lookup walks a few parents, not every section. The sections are in
 * document order.
 */
export function sectionsAt(sections: readonly Section[]): (line: number) => Section[] {
  const parent = new Map<Section, Section | undefined>();
  const open: Section[] = [];
  for (const s of sections) {
    while (open.length > 0 && open[open.length - 1].range.end.line < s.heading.start.line) open.pop();
    parent.set(s, open.at(-1));
    open.push(s);
  }
  return (line) => {
    let low = 0;
    let high = sections.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sections[mid].heading.start.line <= line) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const chain: Section[] = [];
    for (let s = last >= 0 ? sections[last] : undefined; s; s = parent.get(s)) if (s.range.end.line >= line) chain.push(s);
    return chain;
  };
}

/** A line of text under a section's heading: the texts that start on it (a table row's cells, or one paragraph). */
export interface SectionLine {
  texts: string[];
  /** Where the first text on the line stands. */
  range: Range;
}

/**
 * What the sections hold, line by line in document order, less their headings: a table's row is a line of two
 * or more cells, so exit terms and escalation ladders written as tables are read as their rows.
 */
export function linesIn(scope: readonly ScopeText[], sections: readonly Section[]): SectionLine[] {
  if (sections.length === 0) return [];
  const holding = sectionsAt(sections);
  return linesOf(scope, (s) => !s.heading && holding(s.range.start.line).length > 0);
}

/** The texts of the scope that `keep` keeps, line by line in document order: a table's row is one line of its cells. */
export function linesOf(scope: readonly ScopeText[], keep: (s: ScopeText) => boolean): SectionLine[] {
  const lines = new Map<number, SectionLine>();
  for (const s of scope) {
    if (!keep(s)) continue;
    const line = s.range.start.line;
    const held = lines.get(line);
    if (held) held.texts.push(s.text);
    else lines.set(line, { texts: [s.text], range: s.range });
  }
  return [...lines.values()];
}

/** Whether the body states termination terms anywhere outside an exit section (see `terminationClauses`). */
export function statesTerminationIn(scope: readonly ScopeText[]): boolean {
  return !terminationClauses(scope).next().done;
}

// "Transition" alone is an exit ("Transition assistance"), unless the heading is about coming on board.
const ONBOARDING = /\b(onboarding|on-boarding|transition[- ]in|implementation|kick-?off|getting started)\b/i;

/** Escalation by its stem, English or German ("escalate", "Eskalationspfad"): a heading's, or a passage's. */
export const ESCALATION = /escalat|eskal/i;
/**
 * German exit words, by stem: German joins words ("Vertragskündigung") where English spaces them, and has no
 * \b beside an umlaut in JavaScript. "Ankündigung" is an announcement. A heading's, or a tool column's.
 */
export const EXIT_DE = /(?<!an(?:ge)?)k(?:ü|ue)ndig|beendigung|vertragsende|ausstieg/i;

function sectionKind(title: string): SectionKind | undefined {
  if (ESCALATION.test(title)) return 'escalation';
  if (EXIT_DE.test(title)) return 'exit';
  // A heading about coming on board and leaving ("Client Onboarding and Offboarding Policy") names the whole
  // process, not the exit terms: its offboarding subsection is the exit section.
  if (mentionsAny(title, EXIT_WORDS)) return ONBOARDING.test(title) ? undefined : 'exit';
  if (/\btransition/i.test(title) && !ONBOARDING.test(title)) return 'exit';
  // "Leaving GOV.UK PaaS", "Leaving the service": how a client leaves is the exit.
  if (/^leaving\b/i.test(withoutClauseNumber(title.replace(/^\W+/, '')))) return 'exit';
  return undefined;
}

/** Builds sections from the top-level nodes; a section ends where a heading of its level or higher begins. */
export class SectionBuilder {
  readonly sections: Section[] = [];
  private open: Section[] = [];

  constructor(private readonly source: SourceText) {}

  heading(node: Heading): void {
    this.openSection(node, textOf(node).trim(), node.depth);
  }

  /** Opens a section at a node's line, closing those at its depth or deeper. */
  private openSection(node: RootContent, title: string, depth: number, bold?: true): void {
    const line = (node.position?.start.line ?? 1) - 1;
    this.closeUntil(depth, line - 1);
    const heading = this.source.lineRange(line);
    const section: Section = {
      title,
      depth,
      ...(bold ? { bold } : {}),
      heading,
      range: { ...heading },
      kind: sectionKind(title),
      listItems: [],
      paragraphs: [],
    };
    this.sections.push(section);
    this.open.push(section);
  }

  /** The titles of the sections a node now stands in, innermost last: context for a table's reading. */
  titles(): string[] {
    return this.open.map((s) => s.title);
  }

  /** Records paragraphs and list items for every open section, so a nested heading's count for its parent too. */
  content(node: RootContent): void {
    const bold = boldHeadingTitle(node);
    if (bold !== undefined) return this.boldHeading(node, bold);
    // A term defined in a list of definitions ("**Excluded Causes**:" over its items) ends at the next term
    // defined ("**Excluded Support**: any Support Services …"): its section is the one definition.
    const term = this.open.at(-1);
    if (term?.bold && term.term && opensWithDefinedTerm(node)) this.closeUntil(BOLD_DEPTH, (node.position?.start.line ?? 1) - 2);
    if (node.type === 'list') this.headingsInItems(node.children, 0);
    if (this.open.length === 0) return;
    if (node.type === 'paragraph') {
      const start = node.position?.start.offset ?? 0;
      const entry = { text: textOf(node), range: this.source.rangeOf(start, node.position?.end.offset ?? start) };
      for (const s of this.open) s.paragraphs.push(entry);
      return;
    }
    if (node.type !== 'list') return;
    const items: ListItem[] = [];
    collectItems(node.children, items, 0);
    for (const item of items) {
      const start = item.position?.start.offset ?? 0;
      const end = item.position?.end.offset ?? start;
      const entry = { text: textOf(item), range: this.source.rangeOf(start, end) };
      for (const s of this.open) s.listItems.push(entry);
    }
  }

  /**
   * A bold line standing for a heading, as Word documents converted to Markdown write one ("**9. Termination**"):
   * a section below every Markdown heading, ended by the next bold line or heading.
   */
  private boldHeading(node: RootContent, title: string): void {
    this.openSection(node, title, BOLD_DEPTH, true);
    // "**Excluded Causes**:", a term and its colon with no clause number: a term defined, not a clause's heading.
    if (/:\s*$/.test(textOf(node)) && withoutClauseNumber(title) === title) this.open.at(-1)!.term = true;
  }

  /**
   * Numbered clauses converted from Word often put a clause's heading inside its list item ("19. ### Termination").
   * Such a heading titles a section of its own: the list item, with its paragraphs and nested items.
   */
  private headingsInItems(items: ListItem[], depth: number): void {
    if (depth > 3) return;
    for (const item of items) {
      const heading = item.children.find((c): c is Heading => c.type === 'heading');
      if (heading) {
        const title = textOf(heading).trim();
        const start = item.position?.start.offset ?? 0;
        const range = this.source.rangeOf(start, item.position?.end.offset ?? start);
        const line = (heading.position?.start.line ?? 1) - 1;
        const content = item.children.filter((c) => c !== heading);
        const listItems: ListItem[] = [];
        for (const c of content) if (c.type === 'list') collectItems(c.children, listItems, 0);
        this.sections.push({
          title,
          depth: heading.depth,
          heading: this.source.lineRange(line),
          range,
          kind: sectionKind(title),
          listItems: listItems.map((li) => this.entry(li)),
          paragraphs: content.filter((c) => c.type === 'paragraph').map((p) => this.entry(p)),
        });
      }
      for (const c of item.children) if (c.type === 'list') this.headingsInItems(c.children, depth + 1);
    }
  }

  private entry(node: RootContent): { text: string; range: Section['range'] } {
    const start = node.position?.start.offset ?? 0;
    return { text: textOf(node), range: this.source.rangeOf(start, node.position?.end.offset ?? start) };
  }

  finish(lastLine: number): Section[] {
    this.closeUntil(1, lastLine);
    // Sections from headings inside list items join the others in document order.
    return this.sections.sort((a, b) => a.heading.start.line - b.heading.start.line);
  }

  private closeUntil(depth: number, endLine: number): void {
    while (this.open.length > 0 && this.open[this.open.length - 1].depth >= depth) {
      const s = this.open.pop() as Section;
      const end = Math.max(endLine, s.heading.start.line);
      s.range = { start: s.heading.start, end: this.source.lineRange(end).end };
    }
  }
}

/** Below Markdown's six heading levels: any heading ends a bold line's section. */
const BOLD_DEPTH = 7;

/**
 * The title of a paragraph written wholly in bold and short enough to be a heading ("**Termination**",
 * "**9. Cancellation:**"); undefined for any other block, or for a bold sentence.
 */
function boldHeadingTitle(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [first, ...rest] = node.children;
  if (first?.type !== 'strong' || rest.some((c) => c.type !== 'text' || !/^[\s.:]*$/.test(c.value))) return undefined;
  const title = textOf(first).trim().replace(/[.:]$/, '');
  // A clause number before it is no sentence's end.
  const words = withoutClauseNumber(title);
  if (words === '' || title.length > 80 || words.split(/\s+/).length > 10 || /[.!?;]\s/.test(words)) return undefined;
  return title;
}

/** A paragraph opening with a term in bold and its colon, then its definition ("**Excluded Support**: any …"). */
function opensWithDefinedTerm(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [first, second] = node.children;
  if (first?.type !== 'strong') return false;
  const said = textOf(first).trim();
  return (said.endsWith(':') || (second?.type === 'text' && /^\s*:/.test(second.value))) && textOf(node).length > said.length + 3;
}

// Nested lists are bounded so hostile 10,000-level lists cannot blow the stack.
const MAX_LIST_DEPTH = 32;

function collectItems(children: ListItem[], out: ListItem[], depth: number): void {
  for (const item of children) {
    out.push(item);
    if (depth >= MAX_LIST_DEPTH) continue;
    for (const child of item.children) if (child.type === 'list') collectItems(child.children, out, depth + 1);
  }
}
