import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { SowModel, TableBase } from '../../engine';
import type { AnalysedDocument } from '../documentStore';
import { columnAt } from '../position';

const RACI = [
  ['R/A', 'Responsible and accountable: does the work and owns the outcome'],
  ['R', 'Responsible: does the work'],
  ['A', 'Accountable: owns the outcome (one party per function)'],
  ['C', 'Consulted: gives input before the work is done'],
  ['I', 'Informed: is told of progress and outcome'],
  ['-', 'No role'],
];
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const DURATIONS = ['15 minutes', '30 minutes', '1 hour', '2 hours', '4 hours', '8 hours', '1 business day', 'next business day'];
const ACCESS = [['read-write', 'The client can see and change: what a co-managed team needs'], ['read-only', 'The client can see but not act'], ['none', 'No client access']];
const SECTIONS = ['Responsibilities', 'Service levels', 'Tools and access', 'Escalation', 'Termination and exit'];
/** Functions most managed and co-managed SOWs assign. */
export const COMMON_FUNCTIONS = [
  'Help desk L1', 'Help desk L2', 'After-hours support', 'Security monitoring', 'Patch management', 'Backup and disaster recovery',
  'Endpoint protection', 'Network monitoring', 'Cloud infrastructure', 'User onboarding and offboarding', 'Vendor management',
  'Compliance documentation', 'Asset management', 'Identity and access management', 'Email and collaboration', 'Firewall management',
  'Server administration', 'Printer support', 'Licence management', 'Security awareness training',
];

/** Offers the dialect's words for the table cell or line under the cursor. */
export function completion(doc: AnalysedDocument, position: Position): CompletionItem[] {
  const model = doc.analysis.model;
  const line = doc.analysis.source.lineText(position.line) ?? '';
  if (!model) return [];
  const fm = model.frontMatter;
  if (fm.range && position.line > fm.range.start.line && position.line < fm.range.end.line) {
    return /^\s*model\s*:/.test(line) ? words(['managed', 'co-managed'], CompletionItemKind.EnumMember) : [];
  }
  if (/^\s*#{1,6}\s/.test(line)) return words(SECTIONS, CompletionItemKind.Module);
  const column = columnAt(line, position.character);
  const inTable = (t: TableBase) => position.line >= t.headerRow.start.line && position.line <= t.lastRow.start.line + 1;
  const parties = partyNames(model);
  for (const m of model.matrices) {
    if (!inTable(m)) continue;
    if (position.line === m.headerRow.start.line) return column > 0 ? words(parties, CompletionItemKind.Constant) : [];
    if (column === 0) return words(COMMON_FUNCTIONS, CompletionItemKind.Function);
    if (m.ownerColumn !== undefined) return column === m.ownerColumn ? words(parties, CompletionItemKind.Constant) : [];
    return RACI.map(([label, detail], i) => ({ label, detail, kind: CompletionItemKind.EnumMember, sortText: String(i) }));
  }
  for (const t of model.serviceLevels) {
    if (!inTable(t) || position.line === t.headerRow.start.line) continue;
    const header = t.headerCells[column]?.text.toLowerCase() ?? '';
    if (/priority|severity|level/.test(header)) return words(PRIORITIES, CompletionItemKind.EnumMember);
    if (/response|resolution|restore/.test(header)) return words(DURATIONS, CompletionItemKind.Value);
    return [];
  }
  for (const t of model.toolTables) {
    if (!inTable(t) || position.line === t.headerRow.start.line) continue;
    const header = t.headerCells[column]?.text.toLowerCase() ?? '';
    if (column === t.accessColumn) return ACCESS.map(([label, detail], i) => ({ label, detail, kind: CompletionItemKind.EnumMember, sortText: String(i) }));
    if (/owner/.test(header)) return words(parties, CompletionItemKind.Constant);
    return [];
  }
  return [];
}

function partyNames(model: SowModel): string[] {
  return model.parties.map((p) => p.name);
}

function words(list: string[], kind: CompletionItemKind): CompletionItem[] {
  return list.map((label, i) => ({ label, kind, sortText: String(i).padStart(3, '0') }));
}
