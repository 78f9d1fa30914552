// The near-linearity check itself: it must still fail a quadratic family once garbage-collection pauses are
// taken out of the time, and pass a linear one that allocates heavily (where those pauses grow fastest).
import * as assert from 'node:assert/strict';
import { nearLinear } from '../helpers/complexity';

describe('the near-linearity check', function () {
  this.timeout(120000);

  it('fails a family whose work grows with the square of its input', () => {
    // Every prefix compared with every other: n² character reads, no allocation to speak of.
    const quadratic = (text: string) => {
      let same = 0;
      for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) if (text.charCodeAt(i) === text.charCodeAt(j)) same++;
      return same;
    };
    assert.throws(() => nearLinear((n) => 'ab'.repeat(n), quadratic, 1800, 5000, 1800), /10x the input took/);
  });

  it('passes a linear family that allocates a token object per character', () => {
    const tokens = (text: string) => [...text].map((c, i) => ({ c, i, next: text[i + 1] }));
    nearLinear((n) => 'ab('.repeat(n), tokens, 10000);
  });
});
