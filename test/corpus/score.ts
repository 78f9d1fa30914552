// Scores Demarc against a careful reviewer on the real-SOW corpus: findings matched by rule and place (the
// line of a Markdown SOW, the table row or paragraph of a Word one, null for findings about the whole
// document), and every table a reviewer reads as a matrix, a service-level table or a tool table counted as
// read, misread, reported as not understood, or ignored. The corpus has a tuning part (test/corpus/real) and
// two blind parts (test/corpus/real/blind and test/corpus/real/fresh), whose documents the reading is never
// tuned on; only their aggregate figures are ever printed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseDocument, type DocumentResult } from '../../server/src/document';
import { locateFindings } from '../../server/src/word/findings';
import { importDocx } from '../../server/src/word/import';
import { isWordError, WORD_LIMITS } from '../../server/src/word/limits';
import { locate, type WordLocation } from '../../server/src/word/locate';
import { ignoredShape, tableStarts } from './ignoredShape';
import { toolMentionsIn, toolNamedIn } from '../../server/src/engine/vocabulary/tools';
import { partiesNamedIn } from '../../server/src/engine/vocabulary/parties';

export const CORPUS = path.join(__dirname, '../../../test/corpus/real');
export const BLIND = path.join(CORPUS, 'blind');
/** A second blind part, from organisations in no other part, built a round before the blind part and run a few times since. */
export const FRESH = path.join(CORPUS, 'fresh');

type TableKind = 'matrix' | 'service-levels' | 'tools' | 'other';

/** Where a reviewer puts a finding in a Word file: a table row (tables counted as a reader sees them), or a paragraph by its first words. */
type WordPlace = { table: number; row: number } | { text: string };

export interface Expected {
  source: string[];
  kind: string;
  findings: { rule: string; line?: number | null; place?: WordPlace | null; why?: string }[];
  tables: { line?: number; table?: number; kind: TableKind; note?: string }[];
}

export interface Tally {
  expected: number;
  found: number;
  matched: number;
}

export interface TableCounts {
  read: number;
  misread: number;
  notUnderstood: number;
  ignored: number;
  /** Tables of another kind read as a matrix, service levels or tools. */
  otherReadAsTable: number;
  /** Tables of another kind reported as not understood: noise a reviewer must dismiss. */
  otherReported: number;
  /** Ignored tables by the kind a reviewer reads them as. */
  ignoredByKind: Record<string, number>;
  /** Ignored tables of a Markdown SOW with no table syntax (a pipe or an HTML table tag) on their line: a reader gap, not a reading one. */
  ignoredWithoutSyntax: number;
  /** Ignored tables of Word files. */
  ignoredInWord: number;
  /** Ignored pipe tables whose line is not a header row (no separator row under it): a place to check in the expectations. */
  ignoredOffHeader: number;
  /** Ignored HTML tables. */
  ignoredHtml: number;
  /** Tables reported as not understood, by their kind and the first words of Demarc's reason: counts only. */
  notUnderstoodWhy: Record<string, number>;
  /** Ignored pipe tables by trait (see ignoredShape): counts only. */
  ignoredTraits: Record<string, number>;
}

export interface Score {
  documents: number;
  /** Documents Demarc read as written in another language than English (language-not-understood). */
  otherLanguage: number;
  byRule: Map<string, Tally>;
  all: Tally;
  /** Findings about a row or a table (those with a place in the document). */
  located: Tally;
  tables: TableCounts;
  /**
   * Misses that pair with an extra of the same rule in the same document (each pair counted once), by rule:
   * a finding Demarc made in another place than the reviewer's, not a finding it lacked.
   */
  elsewhere: Map<string, number>;
  /** Extra findings by rule, message and where they stand (see rowKind): counts only. */
  extrasBy: Map<string, number>;
  /** Missed row findings by rule and where the reviewer put them (see missPlace): counts only. */
  missesBy: Map<string, number>;
  /**
   * baseline-service-missing matched by the service it names (Demarc's message, the reviewer's reason), not only
   * by rule: "security missing" found where the reviewer wrote "monitoring missing" matches by rule, not here.
   */
  baselineByService: Tally;
  /** Per document and finding: printed for the tuning part only. */
  misses: string[];
}

const tally = (): Tally => ({ expected: 0, found: 0, matched: 0 });

/** A finding as the scorer compares it: its rule and a place key ('-' for the whole document). */
interface Placed {
  rule: string;
  at: string;
  /** Which of the rule's messages, and for a row finding the kind of table row it stands on: for the extras' tally. */
  how: string;
}

const WORD_READER = { importDocx, locateFindings, maxBytes: WORD_LIMITS.fileBytes, isWordError };

/**
 * Demarc's findings about the contract. table-not-understood is about Demarc's reading and is counted with the
 * tables, language-not-understood likewise with the documents; indented-table and word-import are about how the
 * file is written, not what the contract says.
 */
function actualFindings(doc: DocumentResult, word: boolean): Placed[] {
  const anchor = doc.analysis?.model?.documentAnchor.start.line;
  return doc.findings
    .filter((f) => !NOT_ABOUT_THE_CONTRACT.includes(f.ruleId))
    .map((f) => {
      const how = `${f.messageId}${rowKind(doc, f.range.start.line)}${findingTrait(doc, f)}`;
      if (word) return { rule: f.ruleId, at: f.location ? placeOf(f.location) : '-', how };
      return { rule: f.ruleId, at: f.range.start.line === anchor ? '-' : String(f.range.start.line + 1), how };
    });
}

/**
 * For a document-wide extra, what the document holds that a reviewer may have read as the missing thing: the
 * words it uses, in coarse classes. Counts only.
 */
function documentTrait(rule: string, text: string): string {
  const classes: Record<string, [string, RegExp][]> = {
    'termination-missing': [
      ['defers to another document', /\b(?:master (?:services? )?agreement|MSA|terms and conditions|general terms)\b/i],
      ['an end word', /\b(?:terminat\w*|cancel\w*|expir\w*|renew\w*)\b/i],
      ['a notice period', /\bnotice\b/i],
    ],
    'p1-response-missing': [
      ['priority words', /\b(?:p[1-4]|priority|severity|sev ?[1-4]|critical|urgent|emergency)\b/i],
      ['response words', /\b(?:respon\w*|acknowledg\w*)\b/i],
      ['a time', /\b\d+\s*(?:minutes?|mins?|hours?|hrs?|business days?)\b/i],
      ['defers to an SLA', /\b(?:service level agreement|SLA)\b/],
    ],
    'escalation-missing': [
      ['an escalation word', /\bescalat\w*/i],
      ['a contact ladder', /\b(?:account manager|service (?:delivery )?manager|point of contact|contacts?)\b/i],
    ],
  };
  const found = (classes[rule] ?? []).filter(([, re]) => re.test(text)).map(([name]) => name);
  return classes[rule] ? ` (${found.join(', ') || 'none of its words'})` : '';
}

/**
 * Where a missed row finding stands in Demarc's reading, and for a tool finding whether Demarc's tool
 * vocabulary sees a tool on that line at all: a gap in reading tools, or one in deciding what to report.
 */
function missPlace(doc: DocumentResult, line: number, rule: string): string {
  const text = (doc.text ?? '').split(/\r?\n/)[line] ?? '';
  const tool = !rule.startsWith('tool-') ? '' : toolMentionsIn(text).length > 0 ? ', a tool word there' : `, no tool word there${wordsThere(text)}`;
  return `${rowKind(doc, line)}${tool}${rule === 'tool-exit-missing' ? ` [${exitTrait(doc)}]` : ''}`;
}

/** Coarse classes of the words on a line where Demarc sees no tool: which vocabulary a reviewer's tool fell outside of. */
function wordsThere(text: string): string {
  const classes: [string, RegExp][] = [
    ['software', /\b(?:software|application|app|platform|system|portal|tool|console|dashboard|agent)s?\b/i],
    ['data', /\b(?:data|backups?|logs?|records|history|files)\b/i],
    ['licence', /\blicen[cs]/i],
    ['a capitalised name', /(?<=[a-z,;:]\s)[A-Z][a-z]+[A-Z]\w*|(?<=[a-z,;:]\s)[A-Z]{2,}[a-z]*\b/],
  ];
  const found = classes.filter(([, re]) => re.test(text)).map(([n]) => n);
  return ` (${found.join(', ') || 'none of these'})`;
}

/**
 * For a party finding, what kind of name Demarc could not resolve, and for a row nobody owns, what its cells
 * hold: coarse classes, counts only (the name and cells are never printed).
 */
function findingTrait(doc: DocumentResult, f: DocumentResult['findings'][number]): string {
  const m = doc.analysis?.model;
  if (!m) return '';
  if (f.ruleId === 'unknown-party') {
    const name = /"([^"]*)"/.exec(f.message)?.[1] ?? '';
    const classes: [string, boolean][] = [
      ['a third-party word', /\b(?:third|other|external|outside|subcontract\w*|carriers?|isps?|manufacturers?|oems?|landlords?|licensors?|partners?)\b/i.test(name)],
      ['a declared party among its words', partiesNamedIn(name, m.parties).length > 0],
      ['a tool product', toolNamedIn(name)?.product === true],
      ['two names joined', /[/&,]|\band\b|\bor\b/i.test(name)],
      ['all capitals', /^[A-Z0-9&.\s-]{2,}$/.test(name)],
      [`${name.trim().split(/\s+/).length > 1 ? 'several words' : 'one word'}`, true],
    ];
    return ` (${classes.filter(([, on]) => on).map(([c]) => c).join(', ')})`;
  }
  if (f.ruleId === 'baseline-service-missing') return ` (${serviceIn(f.message)})`;
  if (f.ruleId === 'tool-exit-missing') return ` [${exitTrait(doc)}, ${toolKindAt(doc, f.range.start.line)}]`;
  if (f.ruleId === 'unassigned-function') {
    const fns = m.functions;
    const i = fns.findIndex((fn) => fn.row.start.line === f.range.start.line);
    if (i < 0) return '';
    const fn = fns[i];
    const cells = fn.assignments.filter((a) => a.column.party);
    const empty = cells.every((a) => a.cell.text === '');
    const next = fns[i + 1];
    const nextFilled = next !== undefined && next.assignments.some((a) => a.cell.text !== '');
    const roles = new Set(cells.flatMap((a) => a.roles));
    return ` (${[
      empty ? 'every party cell empty' : roles.size > 0 ? `roles ${[...roles].sort().join('')} only` : 'cells hold no role letters',
      fn.nameCell.bold ? 'bold' : 'not bold',
      i === 0 ? 'first row' : 'later row',
      nextFilled ? 'next row filled' : next ? 'next row empty' : 'last row',
    ].join(', ')})`;
  }
  return '';
}

/** The baseline service a text speaks of first, by its words. */
/** Services expected and found in one document, matched as multisets. */
function tallyByService(t: Tally, expected: readonly string[], found: readonly string[]): void {
  const left = [...found];
  t.expected += expected.length;
  t.found += found.length;
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i < 0) continue;
    left.splice(i, 1);
    t.matched++;
  }
}

function serviceIn(text: string): string {
  const services: [string, RegExp][] = [
    ['backup', /\bback-?ups?\b|\bbacks? up\b|\bbacking up\b|disaster recovery|\bbcdr\b|\bdr\b|\brestor/i],
    ['patching', /\bpatch|\bupdates?\b|upgrades?/i],
    ['monitoring', /\bmonitor/i],
    ['security', /\bsecur|\bedr\b|anti-?virus|malware/i],
  ];
  const at = services.map(([n, re]) => [n, re.exec(text)?.index ?? Infinity] as const).sort((a, b) => a[1] - b[1])[0];
  return at[1] === Infinity ? 'none named' : at[0];
}

/** For tool-exit findings: whether Demarc read an exit section, and whether the text speaks of ending with tools or data at all. */
function exitTrait(doc: DocumentResult): string {
  const m = doc.analysis?.model;
  const text = doc.text ?? '';
  const exits = m?.sections.filter((s) => s.kind === 'exit') ?? [];
  const lines = text.split(/\r?\n/);
  const exitText = exits.map((s) => lines.slice(s.range.start.line, s.range.end.line + 1).join(' ')).join(' ');
  const says: [string, RegExp][] = [
    ['software', /\b(?:software|tools?|agents?|applications?|systems?|platforms?)\b/i],
    ['data', /\b(?:data|records|files|backups?|logs?)\b/i],
    ['access', /\b(?:access|credentials?|passwords?|accounts?|admin\w*)\b/i],
    ['removal', /\b(?:remov\w*|uninstall\w*|decommission\w*|delet\w*|destroy\w*)\b/i],
    ['handover', /\b(?:return\w*|hand\w* (?:over|back)|handover|transfer\w*|transition\w*|export\w*)\b/i],
  ];
  const section =
    exits.length === 0
      ? 'no exit section read'
      : `exit section read (${says.filter(([, re]) => re.test(exitText)).map(([n]) => n).join(' ') || 'none of these'})`;
  const ending = /\b(?:terminat\w*|end of (?:the )?(?:agreement|contract|service|term)|offboard\w*|exit|expir\w*|cancel\w*)\b/i.test(text);
  const handBack = /\b(?:remov\w*|uninstall\w*|return\w*|hand(?:ed|s)? (?:over|back)|handover|transfer\w*|transition\w*|export\w*|delet\w*|destroy\w*)\b/i;
  const together = text.split(/\n\s*\n/).some((p) => /\b(?:terminat\w*|offboard\w*|exit|end of)/i.test(p) && handBack.test(p));
  return `${section}, ${ending ? 'end words' : 'no end words'}${together ? ', a paragraph ending and handing back' : ''}`;
}

/** The tool kind Demarc reads on a line, for tool findings: which kinds go wrong. */
function toolKindAt(doc: DocumentResult, line: number): string {
  const m = doc.analysis?.model;
  const tool = m?.tools.find((t) => t.row.start.line === line) ?? m?.toolMentions.find((t) => t.row.start.line === line);
  const kind = tool && 'toolKind' in tool ? tool.toolKind : tool?.kind;
  return kind ? `kind ${kind}` : 'no kind';
}

/** " on a matrix header", " on a tool row", …: where a finding stands in Demarc's reading, for the extras' tally. */
function rowKind(doc: DocumentResult, line: number): string {
  const m = doc.analysis?.model;
  if (!m || line === m.documentAnchor.start.line) return '';
  if (m.matrices.some((t) => t.headerRow.start.line === line)) return ' on a matrix header';
  if (m.functions.some((f) => f.row.start.line === line)) return ' on a matrix row';
  if (m.toolTables.some((t) => t.headerRow.start.line === line)) return ' on a tool table header';
  const tool = m.tools.find((t) => t.row.start.line === line);
  // What made Demarc hold the provider to the tool's exit: its reason's first words.
  // Quotes and line numbers say where in a document: left out, so the blind part's counts name no place.
  if (tool)
    return ` on a tool row (${(tool.broughtBy ?? 'no reason').replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').split(' ').slice(0, 4).join(' ')})`;
  if (m.serviceLevels.some((t) => t.headerRow.start.line === line)) return ' on a service-level header';
  if (m.serviceLevels.some((t) => t.rows.some((r) => r.row.start.line === line))) return ' on a service-level row';
  if (m.sections.some((s) => s.heading.start.line === line)) return ' on a heading';
  const within = (t: { headerRow: { start: { line: number } }; lastRow: { end: { line: number } } }) =>
    t.headerRow.start.line <= line && line <= t.lastRow.end.line;
  if (m.matrices.some(within)) return ' inside a matrix';
  if (m.toolTables.some(within)) return ' inside a tool table';
  const text = (doc.text ?? '').split(/\r?\n/)[line] ?? '';
  if (text.trimStart().startsWith('|')) return ' on a pipe row';
  if (/<t[dhr]\b/i.test(text)) return ' on an HTML table line';
  if (/^\s*(?:[-*+]|\d+[.)])\s/.test(text)) return ' on a list item';
  return ' in text';
}

const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A Word place as a key: "t2r5" for a table row, "p:first words" for a paragraph or heading, "-" for the document. */
function placeOf(at: WordLocation): string {
  switch (at.kind) {
    case 'table':
      return `t${at.table}r${at.row}`;
    case 'heading':
    case 'paragraph':
      return `p:${words(at.text)}`;
    default:
      return '-';
  }
}

const NOT_ABOUT_THE_CONTRACT = ['table-not-understood', 'language-not-understood', 'indented-table', 'word-import'];

/**
 * Where a reviewer put a finding. The line Demarc gives a whole-document finding (the `model:` line) is the
 * whole document too, whichever way the reviewer wrote it.
 */
function expectedPlace(e: Expected['findings'][number], word: boolean, anchor?: number): string {
  if (!word) return e.line === null || e.line === undefined || e.line - 1 === anchor ? '-' : String(e.line);
  const p = e.place;
  if (!p) return '-';
  return 'table' in p ? `t${p.table}r${p.row}` : `p:${words(p.text)}`;
}

/** Places match exactly; a paragraph matches when one's first words begin the other's (a reviewer quotes a few). */
function samePlace(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (!expected.startsWith('p:') || !actual.startsWith('p:')) return false;
  const [a, b] = [expected.slice(2), actual.slice(2)];
  return a.length >= 8 && b.length >= 8 && (a.startsWith(b) || b.startsWith(a));
}

/** The tables Demarc read and reported, by the place key of their header row. */
function tableReadings(doc: DocumentResult, word: boolean): { read: Map<string, TableKind>; reported: Map<string, string> } {
  const lines = doc.word?.lines;
  const key = (line: number) => {
    if (!word) return String(line + 1);
    const at = lines && locate(lines, line);
    return at?.kind === 'table' ? `t${at.table}` : `?${line}`;
  };
  const read = new Map<string, TableKind>();
  const m = doc.analysis?.model;
  if (m) {
    for (const t of m.matrices) read.set(key(t.headerRow.start.line), 'matrix');
    for (const t of m.serviceLevels) if (t.form !== 'list') read.set(key(t.headerRow.start.line), 'service-levels');
    for (const t of m.toolTables) read.set(key(t.headerRow.start.line), 'tools');
  }
  // Each report by the reader's reason, its first words: which reading gave up, never the document's text.
  const reported = new Map(
    doc.findings
      .filter((f) => f.messageId === 'tableNotUnderstood')
      .map((f) => [key(f.range.start.line), (/Demarc could not read it\. (.*)/.exec(f.message)?.[1] ?? '').split(/[,.:(]/)[0].split(' ').slice(0, 8).join(' ')]),
  );
  return { read, reported };
}

/**
 * An HTML table's header row as Demarc places it: a reviewer may note the table by its `<table>` or `<thead>`
 * line; its reading stands on the line of its first `<tr>`.
 */
function headerLine(lines: readonly string[], line: number): number {
  if (!/<(?:table|thead|tbody)\b/i.test(lines[line - 1] ?? '') || /<tr\b/i.test(lines[line - 1] ?? '')) return line;
  for (let l = line; l < Math.min(lines.length, line + 20); l++) if (/<tr\b/i.test(lines[l])) return l + 1;
  return line;
}

async function analysed(file: string): Promise<DocumentResult> {
  const bytes = fs.readFileSync(file);
  return analyseDocument({ name: file, bytes, config: {}, budgetMs: 60_000, word: () => WORD_READER });
}

/** The documents of one part: Markdown SOWs and Word files, each beside its expectations. */
export function documentsIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(sow\.md|docx)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export async function scoreCorpus(dir = CORPUS): Promise<Score> {
  const score: Score = {
    documents: 0,
    otherLanguage: 0,
    byRule: new Map(),
    all: tally(),
    located: tally(),
    tables: { read: 0, misread: 0, notUnderstood: 0, ignored: 0, otherReadAsTable: 0, otherReported: 0, ignoredByKind: {}, ignoredWithoutSyntax: 0, ignoredInWord: 0, ignoredOffHeader: 0, ignoredHtml: 0, ignoredTraits: {}, notUnderstoodWhy: {} },
    elsewhere: new Map(),
    extrasBy: new Map(),
    missesBy: new Map(),
    baselineByService: tally(),
    misses: [],
  };
  const rule = (id: string) => score.byRule.get(id) ?? score.byRule.set(id, tally()).get(id)!;
  for (const file of documentsIn(dir)) {
    score.documents++;
    const name = path.basename(file);
    const word = name.endsWith('.docx');
    const expected = JSON.parse(fs.readFileSync(file.replace(/\.(sow\.md|docx)$/, '.expected.json'), 'utf8')) as Expected;
    const doc = await analysed(file);
    if (doc.analysis?.model?.language !== undefined) score.otherLanguage++;
    const actual = actualFindings(doc, word);
    const unmatched = [...actual];
    const missed: string[] = [];
    const anchor = doc.analysis?.model?.documentAnchor.start.line;
    // Findings about Demarc's reading or the file's form are counted elsewhere (tables, languages), on both sides.
    const findings = expected.findings.filter((e) => !NOT_ABOUT_THE_CONTRACT.includes(e.rule));
    for (const e of findings) {
      const at = expectedPlace(e, word, anchor);
      const tallies = [rule(e.rule), score.all, ...(at === '-' ? [] : [score.located])];
      for (const t of tallies) t.expected++;
      const i = unmatched.findIndex((a) => a.rule === e.rule && samePlace(at, a.at));
      if (i >= 0) {
        unmatched.splice(i, 1);
        for (const t of tallies) t.matched++;
      } else {
        missed.push(e.rule);
        score.misses.push(`${name}:${at} missed ${e.rule}`);
        // Which service a reviewer found uncovered, by the words of the reason given: counts only.
        if (e.rule === 'baseline-service-missing') {
          const key = `${e.rule} (${serviceIn(e.why ?? '')})`;
          score.missesBy.set(key, (score.missesBy.get(key) ?? 0) + 1);
        }
        if (!word && at !== '-') {
          const key = `${e.rule}${missPlace(doc, Number(at) - 1, e.rule)}`;
          score.missesBy.set(key, (score.missesBy.get(key) ?? 0) + 1);
        }
      }
    }
    // How far a missed row finding stands from the nearest extra of its rule in the same document: a reading
    // placed on a neighbouring line, or one found elsewhere. Counts only.
    for (const e of findings) {
      const at = expectedPlace(e, word, anchor);
      if (word || at === '-' || !e.rule.startsWith('tool-') || actual.some((a) => a.rule === e.rule && a.at === at)) continue;
      const lines = unmatched.filter((a) => a.rule === e.rule && a.at !== '-').map((a) => Math.abs(Number(a.at) - Number(at)));
      const near = lines.length === 0 ? 'no extra of its rule in the document' : Math.min(...lines) <= 3 ? 'an extra within 3 lines' : Math.min(...lines) <= 15 ? 'an extra within 15 lines' : 'extras further away';
      const key = `${e.rule} missed, ${near}`;
      score.missesBy.set(key, (score.missesBy.get(key) ?? 0) + 1);
    }
    for (const r of new Set(missed)) {
      const pairs = Math.min(missed.filter((m) => m === r).length, unmatched.filter((a) => a.rule === r).length);
      if (pairs) score.elsewhere.set(r, (score.elsewhere.get(r) ?? 0) + pairs);
    }
    for (const a of actual) for (const t of [rule(a.rule), score.all, ...(a.at === '-' ? [] : [score.located])]) t.found++;
    tallyByService(
      score.baselineByService,
      findings.filter((e) => e.rule === 'baseline-service-missing').map((e) => serviceIn(e.why ?? '')),
      doc.findings.filter((f) => f.ruleId === 'baseline-service-missing').map((f) => serviceIn(f.message.split(':')[0])),
    );
    for (const a of unmatched) {
      score.misses.push(`${name}:${a.at} extra ${a.rule}`);
      const key = `${a.rule}/${a.how}${a.at === '-' && !word ? documentTrait(a.rule, doc.text ?? '') : ''}`;
      score.extrasBy.set(key, (score.extrasBy.get(key) ?? 0) + 1);
    }
    const { read, reported } = tableReadings(doc, word);
    const lines = word ? [] : (doc.text ?? '').split(/\r?\n/);
    let tableLines: Set<number> | undefined;
    for (const t of expected.tables) {
      const at = word ? `t${t.table}` : String(headerLine(lines, t.line ?? 0));
      const as = read.get(at);
      if (t.kind === 'other') {
        if (as) {
          score.tables.otherReadAsTable++;
          score.misses.push(`${name}:${at} other table read as ${as}`);
        } else if (reported.has(at)) {
          score.tables.otherReported++;
          score.misses.push(`${name}:${at} other table reported as not understood`);
        }
      } else if (as === t.kind) score.tables.read++;
      else if (as) score.tables.misread++;
      else if (reported.has(at)) {
        score.tables.notUnderstood++;
        const why = `${t.kind}: ${reported.get(at)}`;
        score.tables.notUnderstoodWhy[why] = (score.tables.notUnderstoodWhy[why] ?? 0) + 1;
      }
      else {
        score.misses.push(`${name}:${at} ignored ${t.kind} table`);
        score.tables.ignored++;
        score.tables.ignoredByKind[t.kind] = (score.tables.ignoredByKind[t.kind] ?? 0) + 1;
        // What the line the reviewer gave holds: a Word table, an HTML table, no table at all, or a pipe table
        // whose header row it is not.
        const here = word ? '' : (lines[Number(at) - 1] ?? '');
        if (word) score.tables.ignoredInWord++;
        else if (/<t(?:able|r|d|h)\b/i.test(here)) score.tables.ignoredHtml++;
        else if (!here.includes('|')) score.tables.ignoredWithoutSyntax++;
        else if (!/^\s*\|?\s*:?-{3,}/.test(lines[Number(at)] ?? '')) score.tables.ignoredOffHeader++;
        else
          for (const trait of [
            `${t.kind}:`,
            ...ignoredShape(lines, Number(at) - 1, doc.analysis?.model?.parties ?? [], (tableLines ??= tableStarts(doc.text ?? ''))).map((x) => `${t.kind} ${x}`),
          ])
            score.tables.ignoredTraits[trait] = (score.tables.ignoredTraits[trait] ?? 0) + 1;
      }
    }
  }
  return score;
}

export const precision = (t: Tally) => (t.found === 0 ? 1 : t.matched / t.found);
export const recall = (t: Tally) => (t.expected === 0 ? 1 : t.matched / t.expected);

export function report(s: Score, title: string): string {
  const f = (x: number) => x.toFixed(2);
  const line = (name: string, t: Tally) => `| ${name} | ${t.expected} | ${t.found} | ${t.matched} | ${f(precision(t))} | ${f(recall(t))} |`;
  const t = s.tables;
  return [
    `${title}: ${s.documents} documents${s.otherLanguage > 0 ? ` (${s.otherLanguage} read as written in another language)` : ''}`,
    '| rule | expected | found | matched | precision | recall |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...s.byRule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, tl]) => line(id, tl)),
    line('**all findings**', s.all),
    line('**about a row or table**', s.located),
    line('baseline-service-missing, matched by the service named', s.baselineByService),
    `Tables a reviewer reads as a matrix, SLA or tool table: ${t.read} read, ${t.misread} misread, ${t.notUnderstood} reported as not understood, ${t.ignored} ignored (${Object.entries(t.ignoredByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; ${t.ignoredHtml} HTML, ${t.ignoredInWord} in Word files, ${t.ignoredWithoutSyntax} without table syntax on their line, ${t.ignoredOffHeader} on a pipe-table line that is no header row); other tables read as one of those: ${t.otherReadAsTable}, reported as not understood: ${t.otherReported}.`,
    `Not understood, by kind and Demarc's reason: ${Object.entries(t.notUnderstoodWhy)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} (${n})`)
      .join('; ')}.`,
    `Ignored pipe tables by trait: ${Object.entries(t.ignoredTraits)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    `Extras by message and place: ${[...s.extrasBy.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    `Missed row findings by rule and place: ${[...s.missesBy.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    `Misses paired with an extra of the same rule in the same document (another place): ${
      [...s.elsewhere.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([r, n]) => `${r} ${n}`)
        .join(', ') || 'none'
    }.`,
  ].join('\n');
}
