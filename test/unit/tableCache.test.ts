import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyse, IncrementalParser, TableCache, type Analysis } from '../../server/src/engine';
import { CORPUS } from '../corpus/score';
import { applyEdits, editSequences, type Edit } from '../helpers/edits';
import { COMPLETE, sow } from '../helpers/sow';

// Pieces that change what a kept table reading depends on: its text, its place, its section title, its
// caption, the parties, and what later steps add to readings (service hours, exit terms).
const PIECES = [
  '\n',
  '| x | R |\n',
  '| P1 | 4 hours | 8 hours |\n',
  ' business hours',
  'Support is provided during business hours.\n\n',
  '## Exclusions\n\n',
  '## Exit\n\n- All agents are removed.\n\n',
  'Northwind',
  'Contoso',
  'client: Fabrikam\n',
  'aliases: { Contoso: Customer IT }\n',
  'A',
  '|',
  '- ',
  '> ',
  '24x7',
  '\uFEFF',
];

/** The editor's keystroke path: one parser and one table cache kept across versions. */
function editorSession(): (text: string) => Analysis {
  const parser = new IncrementalParser();
  const tableCache = new TableCache();
  return (text) => analyse(text, { parser, tableCache });
}

function sameAsFresh(analysis: Analysis, text: string, what: string): void {
  const fresh = analyse(text);
  assert.deepEqual(analysis.model, fresh.model, `model ${what}`);
  assert.deepEqual(analysis.findings, fresh.findings, `findings ${what}`);
  // The preview counts a party's functions by identity: kept readings must point at this model's parties.
  const model = analysis.model!;
  for (const fn of model.functions)
    for (const p of [...fn.accountable, ...fn.responsible])
      assert.ok(model.parties.includes(p), `${fn.name}: ${p.name} is not a party of this build`);
  for (const tool of model.tools)
    if (tool.owner) assert.ok(model.parties.includes(tool.owner), `${tool.name}: owner is not a party of this build`);
}

function checkEdits(start: string, edits: readonly Edit[]): void {
  const session = editorSession();
  session(start);
  applyEdits(start, edits, (text, what) => sameAsFresh(session(text), text, what));
}

const edits = editSequences(PIECES, 8);

describe('table readings kept between keystrokes', () => {
  const base = sow(`${COMPLETE}\nResponse times during business hours:\n\n| Severity | Response |\n| --- | --- |\n| Sev 1 | 1 hour |\n`);

  it('a build with kept readings equals a fresh analysis after any sequence of edits', () => {
    fc.assert(
      fc.property(edits, (e) => checkEdits(base, e)),
      { numRuns: 200 },
    );
  });

  it('equals a fresh analysis on the real corpus under edits', function () {
    this.timeout(120000);
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.sow.md'));
    assert.ok(files.length >= 30);
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      fc.assert(
        fc.property(edits, (e) => checkEdits(text, e)),
        { numRuns: 4, seed: file.length },
      );
    }
  });

  it('reuses the reading of a table the edit did not touch, and reads the edited one again', () => {
    const session = editorSession();
    const before = session(base).model!;
    const edited = base.replace('| Patch management | R | A |', '| Patch management | A | R |');
    const after = session(edited).model!;
    const [matrixBefore, matrixAfter] = [before.matrices[0], after.matrices[0]];
    assert.notEqual(matrixAfter, matrixBefore, 'the edited matrix is read again');
    assert.equal(after.toolTables[0].tools[0].nameCell, before.toolTables[0].tools[0].nameCell, 'the tool table is kept');
    // Each build has its own copies of what later steps change.
    assert.notEqual(after.toolTables[0].tools[0], before.toolTables[0].tools[0]);
    assert.notEqual(after.serviceLevels[0], before.serviceLevels[0]);
  });

  it('keeps no readings after a leading BOM, where the parser offsets do not index the text', () => {
    const text = `\uFEFF${sow('## T\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Backup | R | A\n\n## Exit\n\nx\n')}`;
    checkEdits(text, [{ at: (text.indexOf('| A\n') + 2.5) / (text.length + 1), remove: 1, insert: 'R' }]);
  });

  it('drops every reading when the parties change', () => {
    const session = editorSession();
    const before = session(base).model!;
    const after = session(base.replace('client: Contoso', 'client: Contoso Ltd')).model!;
    assert.notEqual(after.toolTables[0].tools[0].nameCell, before.toolTables[0].tools[0].nameCell);
  });
});
