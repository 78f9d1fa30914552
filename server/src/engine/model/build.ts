import type { Code, List, Paragraph, Root, RootContent, Table, Yaml } from 'mdast';
import { textOf } from './text';
import { offsetsIndexText } from '../parse';
import { effortOnlyClause, saysOptional } from '../vocabulary/duration';
import { describesIncident, isTierLabel, readPriority } from '../vocabulary/priority';
import { otherLanguageOf, topicsRead } from '../vocabulary/language';
import { legendAliases, namesClientDuties } from '../vocabulary/parties';
import { roleLegend } from '../vocabulary/raci';
import { withoutClauseNumber } from '../vocabulary/words';
import type { SourceText } from '../source';
import { readFrontMatter } from './frontMatter';
import { gridOfTable, gridsOfHtml, type Grid, type ReadResult } from './grid';
import { readMatrix } from './matrix';
import { resemblance } from './resemblance';
import { readPromisedResponse, readResponseHoursOnly, readUnmeasuredPromise } from './promisedResponse';
import { closerOfOpenBlock } from './openBlock';
import { SectionBuilder } from './sections';
import { applyServiceHours, hoursRowsOf, noteHoursOf, serviceHoursOf, unmeasuredTopTierInHours } from './serviceHours';
import { readPlanResponse, readServiceLevels } from './serviceLevels';
import { readServiceLevelBlocks, readServiceLevelList, readTierSections, serviceLevelsInText, type Unit } from './serviceStatements';
import { adoptReading, type TableContribution, type TableCache } from './tableCache';
import { strayTablesIn } from './strayTables';
import { readToolTable } from './tools';
import { confirmToolsByText, linkExitTerms, toolMentions } from './toolMentions';
import type { Range } from '../types';
import type { FrontMatter, Party, ScopeText, ServiceLevelRow, ServiceLevelTable, SowModel, TableKind } from './types';

/** Words that take something out of scope: an exclusions heading, or "backup is not included". */
const EXCLUDED =
  /\b(not included|not covered|excluded|exclusions?|out of scope|outside (?:the )?scope|not (?:part of|provided|supported)|does not (?:include|cover|provide))\b/i;

/** Paragraphs before a list kept as its caption: a card is a few. */
const MAX_CAPTION_PARAGRAPHS = 4;
// Tables may stand inside quotes and lists; deeper than this is hostile input, not a contract.
const MAX_CONTAINER_DEPTH = 16;

/**
 * Builds the SOW model from mdast in a single walk over the tree. `readings`, on the keystroke path,
 * holds the last build's table readings, so only tables that changed are read again.
 */
export function buildModel(root: Root, source: SourceText, readings?: TableCache): SowModel {
  const first = root.children[0];
  const frontMatter = readFrontMatter(first?.type === 'yaml' ? (first as Yaml) : undefined, source);
  const parties = partiesOf(frontMatter, source.text, readings);
  const model: SowModel = {
    frontMatter,
    parties,
    matrices: [],
    functions: [],
    serviceLevels: [],
    toolTables: [],
    tools: [],
    unreadTables: [],
    scope: [],
    toolMentions: [],
    sections: [],
    comments: [],
    hidden: [],
    strayTables: [],
    documentAnchor: frontMatter.keys.model ?? source.lineRange(0),
    openBlockCloser: closerOfOpenBlock(root, source),
  };
  const language = otherLanguageOf(source.text.slice(first?.type === 'yaml' ? (first.position?.end.offset ?? 0) : 0));
  if (language) model.language = language;
  const readsServiceLevelWords = !language || topicsRead(language).includes('service levels');
  const sections = new SectionBuilder(source);
  // Role letters the SOW's legend defines ("P = Primary"): a matrix's letters mean what it says.
  const roleLetters = roleLegend(source.text);
  const roleLettersKey = [...roleLetters].map(([letter, v]) => `${letter}${v.roles.join('')}${v.form ?? ''}`).join();
  /**
   * The paragraphs right before a node, the nearest last: a table's caption ("Response times during business
   * hours:"), or a card over a list that is a tier of its own ("Severity 1 response time" over "1 hour").
   */
  let paragraphsBefore: { text: string; range: Range }[] = [];
  const lastParagraph = (): string => paragraphsBefore.at(-1)?.text ?? '';
  const paragraphs: { text: string; range: Range }[] = [];
  // Paragraphs and label/value blocks by the section they stand in: service levels written as clauses.
  const blocks: { section: string; unit: Unit | RootContent }[] = [];
  // Response times by plan in tables of another kind: service levels only if nothing else is one.
  const planResponses: ServiceLevelRow[][] = [];
  // Rows of tables of terms that state service hours ("| Support hours | 8x5 |"): read with the SOW's clauses.
  const hoursRows: { text: string; range: Range }[] = [];

  // Under an exclusions heading, the client's own duties ("Customer Responsibilities:" over "Backup
  // management") say who holds the work, not that nobody does: they are not excluded.
  const excludedBy = (text: string): boolean => {
    if (EXCLUDED.test(text)) return true;
    const titles = sections.titles();
    return titles.some((t) => EXCLUDED.test(t)) && !namesClientDuties(titles.at(-1) ?? '') && !namesClientDuties(lastParagraph());
  };
  const scopeText = (text: string, range: Range): ScopeText | undefined =>
    text.trim() === '' ? undefined : { text, range, excluded: excludedBy(text) };
  const scopeOf = (node: RootContent): { text: string; range: Range } => {
    const start = node.position?.start.offset ?? 0;
    const passage = { text: textOf(node), range: source.rangeOf(start, node.position?.end.offset ?? start) };
    const entry = scopeText(passage.text, passage.range);
    if (entry && node.type === 'heading') entry.heading = true;
    // An incident listed under a tier's heading ("### Urgent": "Security incident or suspected breach") is an
    // example of what that tier covers, as a service-level table's cell is: no scope of work, no tool brought.
    // So is whatever stands under a tier's own heading, in its sub-parts too ("## Medium Priority" > "**Description**").
    const titles = sections.titles();
    if (entry && node.type === 'paragraph' && (definesTier(titles.at(-1), passage.text) || titles.some(isTierLabel)))
      entry.serviceLevel = true;
    if (entry) model.scope.push(entry);
    return passage;
  };
  // Each reader says whether a grid is its kind of table, read or not understood; the first reading wins,
  // and a table no reader reads is reported with the first reason given.
  const readGrid = (grid: Grid): TableContribution => {
    const reading: TableContribution = { scope: [], serviceLevels: [], toolTables: [], matrices: [], unread: [] };
    for (const cell of [...grid.header, ...grid.rows.flatMap((r) => r.cells)]) {
      const entry = cell && scopeText(cell.text, cell.range);
      if (entry) reading.scope.push(entry);
    }
    let unread: { kind: TableKind; reason: string } | undefined;
    const attempt = <T>(kind: TableKind, read: () => ReadResult<T> | undefined, keep: (table: T) => void): boolean => {
      const r = read();
      if (r && 'read' in r) keep(r.read);
      else if (r) unread ??= { kind, reason: r.unread };
      return r !== undefined && 'read' in r;
    };
    const read =
      attempt(
        'service-levels',
        () => readServiceLevels(grid, [...sections.titles(), lastParagraph()]),
        (t) => reading.serviceLevels.push(t),
      ) ||
      attempt(
        'tools',
        () => readToolTable(grid, parties, [...sections.titles().slice(-2), lastParagraph()]),
        (t) => reading.toolTables.push(t),
      ) ||
      attempt(
        'matrix',
        () => readMatrix(grid, parties, roleLetters),
        (t) => reading.matrices.push(lastParagraph() ? { ...t, caption: lastParagraph() } : t),
      );
    // A table no reader read, with no reader's reason, may still show its kind in its cells: reported once.
    unread ??= read ? undefined : resemblance(grid, parties);
    if (!read && unread) reading.unread.push({ ...unread, headerRow: grid.headerRow });
    if (!read && !unread) reading.planResponse = readPlanResponse(grid, [...sections.titles(), lastParagraph()]);
    if (!read) reading.hoursRows = hoursRowsOf(grid);
    // A service-level table's cells define priorities by the incidents they cover ("Security breach", "New
    // ticket created in Freshdesk"): they state no scope of work and name no tool the provider brings.
    if (reading.serviceLevels.length > 0) for (const s of reading.scope) s.serviceLevel = true;
    return reading;
  };
  const adopt = (reading: TableContribution): void => {
    const own = adoptReading(reading);
    // One push per item: a 30,000-row table spread into push() would pass one argument per cell and overflow the stack.
    for (const s of own.scope) model.scope.push(s);
    for (const t of own.serviceLevels) model.serviceLevels.push(t);
    for (const t of own.toolTables) model.toolTables.push(t);
    for (const t of own.matrices) model.matrices.push(t);
    for (const t of own.unread) model.unreadTables.push(t);
    if (own.planResponse) planResponses.push(own.planResponse);
    for (const row of own.hoursRows ?? []) hoursRows.push(row);
  };
  // A table's reading depends on its text, its place (ranges), its section titles and caption, and the parties.
  // The key holds the table's text, cut out by offset.
  const kept = readings && offsetsIndexText(source.text) ? readings : undefined;
  const readTable = (node: Table): void => {
    const read = () => {
      const grid = gridOfTable(node, source);
      return grid && readGrid(grid);
    };
    const start = node.position?.start;
    const reading =
      kept && start
        ? kept.reading(
            `${start.line}:${start.column}\u0000${roleLettersKey}\u0000${sections.titles().join('\u0001')}\u0000${lastParagraph()}\u0000${source.text.slice(start.offset, node.position?.end.offset)}`,
            read,
          )
        : read();
    if (reading) adopt(reading);
  };
  /** A list of priorities with times is a service-level table written as bullets. */
  // Service levels of an option the client may buy ("### 24/7 Support Option") are the contract's only when it states no others.
  const optionLevels: ServiceLevelTable[] = [];
  const readList = (list: List): void => {
    if (!readsServiceLevelWords) return;
    const table = readServiceLevelList(list, source, [...sections.titles(), lastParagraph()], paragraphsBefore);
    const title = sections.titles().at(-1) ?? '';
    if (table) (saysOptional(title) || UPGRADE.test(title) ? optionLevels : model.serviceLevels).push(table);
  };
  // Tables Markdown took for text: read as the tables they were written as, and kept to be said.
  const readStrayTables = (node: Paragraph | Code, indent: number | undefined): void => {
    for (const { grid, ...stray } of strayTablesIn(node, source, indent)) {
      adopt(readGrid(grid));
      model.strayTables.push(stray);
    }
  };
  // `indent`: the text column of the list item a node stands in (0 at the top level; undefined in a quote).
  const visit = (node: RootContent, depth: number, indent: number | undefined = 0): void => {
    if (node.type === 'table') readTable(node);
    else if (node.type === 'html') {
      if (node.value.startsWith('<!--')) {
        const start = node.position?.start.offset ?? 0;
        model.comments.push({ text: node.value, range: source.rangeOf(start, node.position?.end.offset ?? start) });
      } else for (const grid of gridsOfHtml(node, source, model.hidden)) adopt(readGrid(grid));
    } else if (node.type === 'paragraph' || node.type === 'heading') {
      const passage = scopeOf(node);
      if (node.type === 'paragraph') {
        readStrayTables(node, indent);
        paragraphs.push(passage);
        blocks.push({ section: sections.titles().join('\u0000'), unit: passage });
      }
    } else if (node.type === 'code' && node.value.length < 20_000) {
      blocks.push({ section: sections.titles().join('\u0000'), unit: node });
      readStrayTables(node, indent);
    } else if (
      depth < MAX_CONTAINER_DEPTH &&
      'children' in node &&
      (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition')
    ) {
      if (node.type === 'list') readList(node);
      // A list keeps its item's column; a quote or a footnote has none.
      const inner =
        node.type === 'listItem' ? (node.children[0]?.position?.start.column ?? 1) - 1 : node.type === 'list' ? indent : undefined;
      for (const child of node.children as RootContent[]) visit(child, depth + 1, inner);
    }
  };
  // The service-level tables of the last table, while notes under it follow: "* During business hours only."
  let noted: ServiceLevelTable[] = [];
  for (const node of root.children) {
    if (node.type === 'heading') sections.heading(node);
    else sections.content(node);
    const before = model.serviceLevels.length;
    visit(node, 0);
    if (node.type === 'table') noted = model.serviceLevels.slice(before);
    else if (node.type !== 'paragraph') noted = [];
    else if (noted.length > 0) {
      const hours = noteHoursOf(textOf(node));
      const line = node.position ? node.position.start.line - 1 : 0;
      if (hours) for (const table of noted) applyServiceHours(table, { text: hours, line });
    }
    // The paragraph right before a table is its caption ("Response times during business hours:").
    paragraphsBefore =
      node.type === 'paragraph' && node.position
        ? [...paragraphsBefore, { text: textOf(node).slice(0, 300), range: source.lineRange(node.position.start.line - 1) }].slice(
            -MAX_CAPTION_PARAGRAPHS,
          )
        : [];
  }
  model.sections = sections.finish(source.lineCount - 1);
  if (model.serviceLevels.length === 0) model.serviceLevels.push(...optionLevels);
  model.functions = model.matrices.flatMap((m) => m.functions);
  model.tools = model.toolTables.flatMap((t) => t.tools);
  // A table of metrics gives service levels only when nothing else does (below): beside the SOW's own
  // service-level table, a KPI list's "Critical bug response" measures something else.
  const ofMetrics = (t: ServiceLevelTable) => t.columns.includes('metric');
  const metricTables = model.serviceLevels.filter(ofMetrics);
  model.serviceLevels = model.serviceLevels.filter((t) => !ofMetrics(t));
  // With no service-level table or list read, a section per tier ("### P1 - Critical" over its times) is one,
  // whatever else could not be read; failing that, a response row in a table of plans or terms. The blocks are
  // grouped by the section they stand in once, for these readers and the clauses' below.
  // Text says what its times measure in words: in a language whose service-level words Demarc lacks, a time
  // beside "P1" may be a resolution ("Co 2h do rozwiązania"), so only tables are read.
  const groups =
    model.serviceLevels.length === 0 && readsServiceLevelWords
      ? groupBy(blocks, (b) => b.section).map((g) => ({ titles: g[0].section.split('\u0000'), blocks: g.map((b) => b.unit) }))
      : [];
  for (const table of readTierSections(groups, source)) model.serviceLevels.push(table);
  if (model.serviceLevels.length === 0 && planResponses.length > 0) model.serviceLevels.push(serviceLevelsInText(planResponses[0], source));
  // A service-level table Demarc could not read, reported, is where the times are: nothing else is read for them.
  const unreadServiceLevels = model.unreadTables.some((t) => t.kind === 'service-levels');
  if (model.serviceLevels.length === 0 && !unreadServiceLevels) model.serviceLevels.push(...metricTables);
  // A SOW with no service-level table or list, read or not, is read for service levels in its clauses and
  // paragraphs, section by section; failing those, it is held to a response promised to every request.
  if (model.serviceLevels.length === 0 && !unreadServiceLevels && readsServiceLevelWords) {
    for (const group of groups) {
      const table = readServiceLevelBlocks(group.blocks, source, group.titles);
      if (table) model.serviceLevels.push(table);
    }
    const promised = model.serviceLevels.length === 0 ? readPromisedResponse(paragraphs, source, parties) : undefined;
    if (promised) model.serviceLevels.push(promised);
    if (model.serviceLevels.length === 0) {
      // No time anywhere: a response promised with no measure, then the hours every request waits for.
      const unmeasured = readUnmeasuredPromise(paragraphs, source, parties);
      model.responseHoursOnly = readResponseHoursOnly(paragraphs, source, parties);
      if (unmeasured) model.serviceLevels.push(unmeasured);
    }
  }
  const serviceHours = model.serviceLevels.length > 0 ? serviceHoursOf([...model.scope, ...hoursRows]) : undefined;
  if (serviceHours) for (const table of model.serviceLevels) applyServiceHours(table, serviceHours);
  model.responseHoursOnly ??= unmeasuredTopTierInHours(model.serviceLevels, serviceHours);
  const effort = model.serviceLevels.length > 0 ? effortOnlyOf(model.scope) : undefined;
  if (effort) for (const table of model.serviceLevels) table.effortOnly = effort;
  markTierExamples(model);
  confirmToolsByText(model);
  model.toolMentions = toolMentions(model, source);
  linkExitTerms(model);
  readings?.end();
  return model;
}

/**
 * A tier read from text ("Critical" over "Target Response Time: 1 Hour • Server is down • Data breach or
 * ransomware attack", a card's "e.g. Server down · security breach") defines the tier by the incidents it
 * lists, as a service-level table's cells do: those examples state no scope and bring no tool.
 */
function markTierExamples(model: SowModel): void {
  // The lines the tiers' units stand on, once each: a long list of tiers is read in one pass, not tier by block.
  const lines = new Set<number>();
  const seen = new Set<string>();
  for (const table of model.serviceLevels)
    if (table.form === 'list')
      for (const row of table.rows) {
        const unit = row.responseCell?.range;
        if (!unit || seen.has(`${unit.start.line}:${unit.end.line}`)) continue;
        seen.add(`${unit.start.line}:${unit.end.line}`);
        for (let line = unit.start.line; line <= unit.end.line; line++) lines.add(line);
      }
  if (lines.size === 0) return;
  for (const s of model.scope)
    if (!s.heading && !s.serviceLevel && lines.has(s.range.start.line) && describesIncident(s.text)) s.serviceLevel = true;
}

/** Whether an item under a heading is an example of the tier the heading names ("High priority", "IT – Urgent"). */
function definesTier(title: string | undefined, item: string): boolean {
  // A section's own number ("4. Technical Support Channels") is no tier.
  const named = title === undefined ? undefined : withoutClauseNumber(title);
  return named !== undefined && describesIncident(item) && readPriority(named) !== undefined;
}

/** The first clause of the body that makes every service level an effort, outside a service-level table. */
function effortOnlyOf(scope: readonly ScopeText[]): { text: string; line: number } | undefined {
  for (const block of scope) {
    if (block.excluded || block.serviceLevel) continue;
    const clause = effortOnlyClause(block.text);
    if (clause) return { text: clause.trim(), line: block.range.start.line };
  }
  return undefined;
}

/** Runs of consecutive items with the same key. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && key(last[0]) === key(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * The front matter's parties, with the codes a legend in the text gives them ("**G** = Galtea"); on the
 * keystroke path, the same objects as the last build's when unchanged.
 */
function partiesOf(frontMatter: FrontMatter, text: string, readings: TableCache | undefined): Party[] {
  const declared = [frontMatter.client, frontMatter.provider, ...frontMatter.others].filter((p): p is Party => p !== undefined);
  const legend = legendAliases(text, declared);
  if (legend.size > 0) {
    const coded = (p: Party | undefined) => (p && legend.has(p) ? { ...p, aliases: [...p.aliases, ...legend.get(p)!] } : p);
    frontMatter.client = coded(frontMatter.client);
    frontMatter.provider = coded(frontMatter.provider);
    frontMatter.others = frontMatter.others.map((p) => coded(p)!);
  }
  const fresh = [frontMatter.client, frontMatter.provider, ...frontMatter.others].filter((p): p is Party => p !== undefined);
  const parties = readings ? readings.begin(fresh) : fresh;
  if (parties !== fresh) {
    const same = (p: Party) => parties[fresh.indexOf(p)];
    if (frontMatter.client) frontMatter.client = same(frontMatter.client);
    if (frontMatter.provider) frontMatter.provider = same(frontMatter.provider);
    frontMatter.others = frontMatter.others.map(same);
  }
  return parties;
}

/** A heading of an upgrade the client may buy ("Premium upgrade"), as well as an option ("24/7 Support Option"). */
const UPGRADE = /\bupgrades?\b/i;
