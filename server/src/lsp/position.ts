/**
 * The 0-based table column of a character in a row, and where the typed text of that cell starts
 * (after its pipe and padding): what a completion replaces.
 */
export function cellAt(lineText: string, character: number): { column: number; start: number } | undefined {
  let pipes = 0;
  let start = 0;
  for (let i = 0; i < character && i < lineText.length; i++) {
    if (lineText[i] === '|' && lineText[i - 1] !== '\\') {
      pipes++;
      start = i + 1;
    }
  }
  while (start < character && (lineText[start] === ' ' || lineText[start] === '\t')) start++;
  const column = lineText.trimStart().startsWith('|') ? pipes - 1 : pipes;
  return column < 0 ? undefined : { column, start };
}
