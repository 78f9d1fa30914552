// Demarc against a careful reviewer on real public SOWs (test/corpus/real, sources in SOURCES.md). The
// expected findings were written from the documents before Demarc was run on them. Two blind parts measure
// whether the reading generalises: they are never tuned on, and only their aggregate figures are printed.
// The blind part (test/corpus/real/blind) was built on 2026-12-07 from organisations in no other part, when the
// first blind part, whose aggregates had steered the reading for several sessions, joined the tuning part
// (its r- files). The fresh part (test/corpus/real/fresh) is a second blind part, built the same way a round
// earlier and run a few times for its aggregates. DEMARC_CORPUS_MISSES=1 prints the tuning part's misses.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyse, fixAll } from '../../server/src/engine';
import { newTerms } from '../helpers/terms';
import { BLIND, CORPUS, FRESH, documentsIn, precision, recall, report, scoreCorpus, type Score } from './score';

/**
 * Floors on the blind part, set from its figures when it was built (2026-12-07) and raised as the reading improves, never lowered. The goal
 * (issue 19) is precision ≥ 0.90 and recall ≥ 0.85 over all findings, ≥ 0.85 / 0.80 on row and table findings.
 */
const BLIND_FLOOR = { allPrecision: 0.89, allRecall: 0.88, locatedPrecision: 0.41, locatedRecall: 0.4 };

/** Floors on the fresh part, set from its figures in the same way. */
const FRESH_FLOOR = { allPrecision: 0.89, allRecall: 0.76, locatedPrecision: 0.58, locatedRecall: 0.31 };

function assertFloor(score: Score, floor: typeof BLIND_FLOOR): void {
  assert.ok(precision(score.all) >= floor.allPrecision, 'precision over all findings');
  assert.ok(recall(score.all) >= floor.allRecall, 'recall over all findings');
  assert.ok(precision(score.located) >= floor.locatedPrecision, 'precision on row and table findings');
  assert.ok(recall(score.located) >= floor.locatedRecall, 'recall on row and table findings');
}

describe('real SOWs', function () {
  this.timeout(120_000);

  it('the tuning part: prints its figures; every table is read or reported, none misread', async () => {
    const score = await scoreCorpus(CORPUS);
    console.log(report(score, 'Real-SOW corpus, tuning part'));
    if (process.env.DEMARC_CORPUS_MISSES) console.log(score.misses.join('\n'));
    assert.ok(score.documents >= 80, 'at least 80 documents');
  });

  it('the blind part: prints its aggregate figures and holds the floors set from them', async () => {
    const score = await scoreCorpus(BLIND);
    console.log(report(score, 'Real-SOW corpus, blind part (aggregate figures only)'));
    assert.ok(score.documents >= 40, 'at least 40 documents');
    assertFloor(score, BLIND_FLOOR);
  });

  it('the fresh part: prints its aggregate figures and holds the floors set from them', async () => {
    const score = await scoreCorpus(FRESH);
    console.log(report(score, 'Real-SOW corpus, fresh blind part (aggregate figures only)'));
    assert.ok(score.documents >= 20, 'at least 20 documents');
    assertFloor(score, FRESH_FLOOR);
  });

  // A safe fix writes structure with a placeholder; the fast-check property in test/robustness exercises the
  // fixes on generated documents (a fix writing a time fails it).
  it('--fix on every Markdown document changes no commercial term, and converges', () => {
    for (const file of [...documentsIn(CORPUS), ...documentsIn(BLIND), ...documentsIn(FRESH)].filter((f) => f.endsWith('.sow.md'))) {
      const text = fs.readFileSync(file, 'utf8');
      const parties = analyse(text).model?.parties.map((p) => p.name) ?? [];
      const fixed = fixAll(text).text;
      assert.deepEqual(newTerms(text, fixed, parties), [], file);
      assert.equal(fixAll(fixed).text, fixed, `${file}: a second --fix changes nothing`);
    }
  });
});
