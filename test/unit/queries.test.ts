// The engine's answers to what adapters ask (server/src/engine/queries.ts).
import * as assert from 'node:assert/strict';
import {
  analyse,
  applyEdits,
  describeOwnership,
  disableEdits,
  disableScopes,
  impliedEngagementModel,
  tableAt,
  type SowModel,
} from '../../server/src/engine';
import { lineOf, sow } from '../helpers/sow';

const TEXT = sow(`
## Responsibilities

| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | C | R/A |
| Help desk L1 | R/A | I |

Some prose between tables.

| Priority | Response |
| --- | --- |
| P1 | 4 hours |
`);

const modelOf = (text: string): SowModel => analyse(text).model!;
/** 0-based line of a needle, as models count. */
const at = (needle: string) => lineOf(TEXT, needle) - 1;

describe('engine queries', () => {
  it('tableAt finds the table holding a line, and the line below it when asked', () => {
    const model = modelOf(TEXT);
    assert.equal(tableAt(model, at('Patch management'))?.headerRow.start.line, at('| Function'));
    assert.equal(tableAt(model, at('| P1'))?.headerRow.start.line, at('| Priority'));
    assert.equal(tableAt(model, at('Some prose')), undefined);
    assert.equal(tableAt(model, at('Help desk L1') + 1), undefined);
    assert.equal(tableAt(model, at('Help desk L1') + 1, true)?.headerRow.start.line, at('| Function'));
  });

  it('describeOwnership lists each party with its roles', () => {
    const [patch, helpDesk] = modelOf(TEXT).functions;
    assert.equal(describeOwnership(patch), 'Contoso: C, Northwind: R/A');
    assert.equal(describeOwnership(helpDesk), 'Contoso: R/A, Northwind: I');
  });

  it('impliedEngagementModel reads co-managed from client work, managed from none, nothing without a split', () => {
    const co = impliedEngagementModel(modelOf(TEXT));
    assert.equal(co?.model, 'co-managed');
    assert.equal(co?.because?.name, 'Help desk L1');
    const managed = impliedEngagementModel(modelOf(TEXT.replace('| Help desk L1 | R/A | I |', '| Help desk L1 | I | R/A |')));
    assert.deepEqual(managed && { model: managed.model, functions: managed.functions }, { model: 'managed', functions: 2 });
    assert.equal(impliedEngagementModel(modelOf(sow('No tables.\n'))), undefined);
  });

  it('disableScopes offers the table for a row, the line elsewhere, and only the file for the whole document', () => {
    const model = modelOf(TEXT);
    const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
    assert.deepEqual(disableScopes(model, { range: range(at('| P1')) }), ['table', 'file']);
    assert.deepEqual(disableScopes(model, { range: range(at('Some prose')) }), ['line', 'file']);
    assert.deepEqual(disableScopes(model, { range: model.documentAnchor }), ['file']);
  });

  it('disableEdits switch the rule off where they say, and the finding goes', () => {
    const text = TEXT;
    const model = modelOf(text);
    const slow = () => (t: string) => analyse(t).findings.filter((f) => f.ruleId === 'p1-response-slow');
    assert.equal(slow()(text).length, 1);
    for (const scope of ['table', 'file'] as const) {
      const edited = applyEdits(text, disableEdits(model, analyse(text).source, 'p1-response-slow', scope, at('| P1')));
      assert.deepEqual(slow()(edited), [], scope);
      assert.equal(analyse(edited).model?.serviceLevels.length, 1, `${scope}: the table is still read`);
    }
  });
});
