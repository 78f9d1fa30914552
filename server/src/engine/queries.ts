// Questions the adapters ask about a model, answered once here: which table holds a line, who owns a
// function, which engagement model the split implies, the edit that switches a rule off, and the playbook
// position a finding reports, and the cells of a table row.
import { splitRow } from './format/tableLayout';
import { heldByUnknownParty } from './model/matrix';
import type { EngagementModel, Party, ResponsibilityFunction, SowModel, TableBase } from './model/types';
import { assessPlaybook, type PlaybookPosition } from './playbook/assess';
import type { Playbook } from './playbook/types';
import type { SourceText } from './source';
import type { Finding, Range, TextEdit } from './types';
import { formatRaci } from './vocabulary/raci';

export { heldByUnknownParty };

/** The cells of a pipe-table row as written (Markdown, escapes kept); undefined for a line with no cell. */
export function tableRowCells(line: string): string[] | undefined {
  return splitRow(line)?.cells.map((c) => c.text);
}

/** Every table Demarc read (matrices, service levels, tools), in document order. */
export function readTables(model: SowModel): TableBase[] {
  return [...model.matrices, ...model.serviceLevels, ...model.toolTables].sort((a, b) => a.headerRow.start.line - b.headerRow.start.line);
}

/** The read table whose rows include a line; with `orBelow`, also the line just below its last row (a row being typed). */
export function tableAt(model: SowModel, line: number, orBelow = false): TableBase | undefined {
  return readTables(model).find((t) => line >= t.headerRow.start.line && line <= t.lastRow.start.line + (orBelow ? 1 : 0));
}

/** "Northwind MSP: R/A, Contoso: C": each party's roles in a function, in the order the row gives them. */
export function describeOwnership(fn: ResponsibilityFunction): string {
  return [...fn.roles].map(([party, roles]) => `${party}: ${formatRaci(roles)}`).join(', ');
}

/** Whether a party holds R or A for a function, or has duties for it written out: does the work or owns it. */
export function holdsWork(fn: ResponsibilityFunction, party: Party): boolean {
  return fn.responsible.includes(party) || fn.accountable.includes(party) || (fn.described?.includes(party) ?? false);
}

/**
 * The engagement model the split implies: co-managed when the client holds R or A for some function (the
 * first such function says why), managed when it holds none; undefined without a split or a client, or
 * when work is held under columns of unnamed parties (which may be the client's).
 */
export function impliedEngagementModel(
  model: SowModel,
): { model: EngagementModel; because?: ResponsibilityFunction; functions: number } | undefined {
  const client = model.frontMatter.client;
  if (!client || model.functions.length === 0) return undefined;
  const because = model.functions.find((fn) => holdsWork(fn, client));
  if (!because && model.functions.some(heldByUnknownParty)) return undefined;
  return { model: because ? 'co-managed' : 'managed', because, functions: model.functions.length };
}

export type DisableScope = 'line' | 'table' | 'file';

/**
 * Where a finding can be switched off, narrowest first. A row's finding is switched off around its whole
 * table (a comment between rows would end the table); a finding about the whole document only for the file.
 */
export function disableScopes(model: SowModel, finding: Pick<Finding, 'range'>): DisableScope[] {
  const line = finding.range.start.line;
  if (line === model.documentAnchor.start.line && model.frontMatter.range) return ['file'];
  return [tableAt(model, line) ? 'table' : 'line', 'file'];
}

/** The comments that switch a rule off for a finding's line, its table, or the whole file. */
export function disableEdits(model: SowModel, source: SourceText, ruleId: string, scope: DisableScope, line: number): TextEdit[] {
  const eol = source.eol;
  const at = (l: number) => ({ start: { line: l, character: 0 }, end: { line: l, character: 0 } });
  if (scope === 'file') {
    const fm = model.frontMatter.range;
    if (!fm) return [{ range: at(0), newText: `<!-- demarc-disable ${ruleId} -->${eol}${eol}` }];
    return [{ range: { start: fm.end, end: fm.end }, newText: `${eol}${eol}<!-- demarc-disable ${ruleId} -->` }];
  }
  const table = scope === 'table' ? tableAt(model, line) : undefined;
  if (!table) return [{ range: at(line), newText: `<!-- demarc-disable-next-line ${ruleId} -->${eol}` }];
  const after = source.lineRange(table.lastRow.start.line).end;
  return [
    { range: at(table.headerRow.start.line), newText: `<!-- demarc-disable ${ruleId} -->${eol}${eol}` },
    { range: { start: after, end: after }, newText: `${eol}${eol}<!-- demarc-enable ${ruleId} -->` },
  ];
}

/** The playbook position a finding reports, for the hover that shows it beside what the SOW says. */
export function playbookPositionOf(
  model: SowModel,
  source: SourceText,
  playbook: Playbook,
  finding: Finding,
): PlaybookPosition | undefined {
  if (!finding.ruleId.startsWith('playbook-')) return undefined;
  const same = (a: Range, b: Range) =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line;
  return assessPlaybook(model, source, playbook).find(
    (p) => !p.met && p.rule === finding.ruleId && p.messageId === finding.messageId && same(p.range, finding.range),
  );
}
