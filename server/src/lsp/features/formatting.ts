import type { Range, TextEdit } from 'vscode-languageserver';
import { formatTables } from '../../engine';
import type { AnalysedDocument } from '../documentStore';

/**
 * Format Document and Format Selection: the engine aligns the tables (every table, or those the selection
 * touches) and leaves everything else as it is. A selection ending at the start of a line stops before it.
 */
export function formatting(doc: AnalysedDocument, range?: Range): TextEdit[] {
  const text = doc.document.getText();
  if (!range) return formatTables(text);
  const end = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return formatTables(text, { start: range.start.line, end });
}
