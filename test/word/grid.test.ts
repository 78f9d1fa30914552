// How a row's cells lie on the table's grid (server/src/word/grid.ts): the reader and the review that writes
// into cells both ask it, so a legacy merge or a row's skipped columns cannot put them at different cells.
import * as assert from 'node:assert/strict';
import { layRow } from '../../server/src/word/grid';

describe('a row laid on the grid', () => {
  it('spans and skipped columns move the cells after them', () => {
    assert.deepEqual(layRow(0, [{ span: 1 }, { span: 2 }, { span: 1 }]), [
      { first: 0, column: 0, span: 1 },
      { first: 1, column: 1, span: 2 },
      { first: 2, column: 3, span: 1 },
    ]);
    assert.deepEqual(layRow(2, [{ span: 1 }]), [{ first: 0, column: 2, span: 1 }]);
  });

  it('a cell continuing the one before widens it by its own span; the first of a row is a cell of its own', () => {
    assert.deepEqual(layRow(0, [{ span: 1 }, { span: 2, continuesAcross: true }, { span: 1 }]), [
      { first: 0, column: 0, span: 3 },
      { first: 2, column: 3, span: 1 },
    ]);
    assert.deepEqual(layRow(1, [{ span: 1, continuesAcross: true }, { span: 1 }]), [
      { first: 0, column: 1, span: 1 },
      { first: 1, column: 2, span: 1 },
    ]);
  });
});
