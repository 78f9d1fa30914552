import type { Position, Range } from '../engine';

export function contains(range: Range, p: Position): boolean {
  if (p.line < range.start.line || p.line > range.end.line) return false;
  if (p.line === range.start.line && p.character < range.start.character) return false;
  if (p.line === range.end.line && p.character > range.end.character) return false;
  return true;
}

/** The 0-based table column of a character in a row, counting unescaped pipes before it. */
export function columnAt(lineText: string, character: number): number {
  let pipes = 0;
  for (let i = 0; i < character && i < lineText.length; i++) {
    if (lineText[i] === '|' && lineText[i - 1] !== '\\') pipes++;
  }
  return lineText.trimStart().startsWith('|') ? pipes - 1 : pipes;
}
