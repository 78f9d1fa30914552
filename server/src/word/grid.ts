/** A table cell as a row writes it: the grid columns it spans (`w:gridSpan`), and whether it continues the cell before it (the legacy `w:hMerge`). */
export interface WrittenCell {
  span: number;
  continuesAcross?: boolean;
}

/** A cell as Word draws it: the written cell that starts it, its first grid column, and the columns it covers. */
export interface LaidCell {
  first: number;
  column: number;
  span: number;
}

/**
 * A row's cells laid on the table's grid, as Word draws them; the one home of this reading for the reader
 * and for the review that writes into cells. The row's `w:gridBefore` columns come first. A cell that
 * continues the one before it widens that one by its own span; with none before it (the first of the row)
 * it is drawn as a cell of its own.
 */
export function layRow(gridBefore: number, cells: readonly WrittenCell[]): LaidCell[] {
  const laid: LaidCell[] = [];
  let column = Math.max(0, gridBefore);
  cells.forEach((cell, i) => {
    const span = Math.max(1, cell.span);
    const last = laid[laid.length - 1];
    if (cell.continuesAcross && last) last.span += span;
    else laid.push({ first: i, column, span });
    column += span;
  });
  return laid;
}
