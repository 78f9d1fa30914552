import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import {
  ACCESS_CHOICES,
  COMMON_FUNCTIONS,
  ENGAGEMENT_MODELS,
  DURATION_CHOICES,
  PRIORITY_CHOICES,
  RACI_CHOICES,
  SECTION_TITLES,
  type ColumnRole,
  tableAt,
  type SowModel,
} from '../../engine';
import type { AnalysedDocument } from '../documentStore';
import { cellAt } from '../position';
import { snippetItems } from './snippets';

interface Choice {
  value: string;
  meaning?: string;
}

const plain = (list: readonly string[]): Choice[] => list.map((value) => ({ value }));

/**
 * Typed characters that ask for completion where a word character does not (a word character asks by
 * itself, through the editor's quick suggestions): `|` opens a cell, a space follows a pipe or a heading's
 * `#`s, `/` joins RACI letters (R/A).
 */
export const TRIGGER_CHARACTERS = ['|', ' ', '#', '/'];

/** A line that holds only the word being typed, or nothing: where a snippet may go (not "-" or "1." starting a list). */
const LONE_WORD = /^\s*(\p{L}[\p{L}\p{N}_-]*)?$/u;

/**
 * Whether completion can offer anything at this point of a line, judged from the line alone: a table row,
 * a heading, a front-matter key, or a line holding one word. Elsewhere (prose) the answer is empty without
 * asking the analysis, so typing a space in a paragraph costs nothing.
 */
export function mayComplete(line: string, character: number): boolean {
  const before = line.slice(0, character);
  return (
    before.includes('|') || /^\s*\|/.test(line) || /^\s*#{1,6}(\s|$)/.test(before) || /^\s*model\s*:/.test(before) || LONE_WORD.test(line)
  );
}

/**
 * Offers the dialect's values only where a value is expected: a cell whose column role takes one,
 * the front matter's `model:`, or a heading's title; and snippets on a line holding only the word being
 * typed, outside tables. Each item replaces what was typed (textEdit).
 */
export function completion(doc: AnalysedDocument, position: Position): CompletionItem[] {
  const model = doc.analysis.model;
  if (!model) return [];
  const source = doc.analysis.source;
  const line = source.lineText(position.line) ?? '';
  if (!mayComplete(line, position.character)) return [];
  const before = line.slice(0, position.character);
  const fm = model.frontMatter;
  if (fm.range && position.line >= fm.range.start.line && position.line <= fm.range.end.line) {
    const m = /^(\s*model\s*:\s*)\S*$/.exec(before);
    return m ? items(plain(ENGAGEMENT_MODELS), CompletionItemKind.EnumMember, replaced(position, m[1].length)) : [];
  }
  const heading = /^(\s*#{1,6}\s+)[^#]*$/.exec(before);
  if (heading)
    return line.slice(position.character).trim() === ''
      ? items(plain(SECTION_TITLES), CompletionItemKind.Module, replaced(position, heading[1].length))
      : [];
  // A row being typed just below a table starts with a pipe; any other line there is outside it.
  const table = tableAt(model, position.line, true);
  const inTable = table && (position.line <= table.lastRow.start.line || /^\s*\|/.test(line));
  if (!inTable) {
    if (!LONE_WORD.test(line)) return [];
    const word = /[\p{L}\p{N}_-]*$/u.exec(before)![0];
    return snippetItems(model, source, position.line, replaced(position, position.character - word.length));
  }
  if (position.line === table.delimiterRow.start.line) return [];
  const cell = cellAt(line, position.character);
  const role = cell && table.columns[cell.column];
  if (!cell || !role) return [];
  // In a header row only a party column takes a value: the party's name.
  const header = position.line === table.headerRow.start.line;
  if (header && role !== 'party') return [];
  const choices = header ? plain(model.parties.map((p) => p.name)) : choicesFor(role, model);
  // Right after a pipe the value gets the space a cell's text has after its pipe.
  const lead = before.endsWith('|') ? ' ' : '';
  return choices.length ? items(choices, header ? CompletionItemKind.Constant : kindFor(role), replaced(position, cell.start), lead) : [];
}

function choicesFor(role: ColumnRole, model: SowModel): Choice[] {
  switch (role) {
    case 'function':
      return plain(COMMON_FUNCTIONS);
    case 'party':
      return [...RACI_CHOICES];
    case 'owner':
      return plain(model.parties.map((p) => p.name));
    case 'priority':
      return plain(PRIORITY_CHOICES);
    case 'response':
    case 'resolution':
      return plain(DURATION_CHOICES);
    case 'access':
      return [...ACCESS_CHOICES];
    default:
      return [];
  }
}

function kindFor(role: ColumnRole): CompletionItemKind {
  if (role === 'function') return CompletionItemKind.Function;
  if (role === 'owner') return CompletionItemKind.Constant;
  if (role === 'response' || role === 'resolution') return CompletionItemKind.Value;
  return CompletionItemKind.EnumMember;
}

function replaced(position: Position, startCharacter: number): Range {
  return { start: { line: position.line, character: startCharacter }, end: position };
}

function items(choices: Choice[], kind: CompletionItemKind, range: Range, lead = ''): CompletionItem[] {
  return choices.map(({ value, meaning }, i) => ({
    label: value,
    kind,
    detail: meaning,
    sortText: String(i).padStart(3, '0'),
    filterText: value,
    textEdit: { range, newText: lead + value },
  }));
}
