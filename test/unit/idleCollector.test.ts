import * as assert from 'node:assert/strict';
import { exposeGc, IdleCollector, ROUNDS } from '../../server/src/lsp/idleCollector';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle collector', () => {
  it('collects a few rounds once documents have been quiet, never while they change', async () => {
    let collections = 0;
    const collector = new IdleCollector(() => collections++, 40, 5);
    for (let i = 0; i < 5; i++) {
      collector.touched();
      await wait(10);
    }
    assert.equal(collections, 0, 'no collection during a burst of changes');
    await wait(40 + ROUNDS * 5 + 100);
    assert.equal(collections, ROUNDS);
    collector.dispose();
  });

  it('a change during the rounds starts the wait again; dispose stops everything', async () => {
    let collections = 0;
    const collector = new IdleCollector(() => collections++, 20, 30);
    collector.touched();
    await wait(35);
    assert.equal(collections, 1);
    collector.touched();
    await wait(10);
    assert.equal(collections, 1, 'the next round waits for quiet again');
    collector.dispose();
    await wait(150);
    assert.equal(collections, 1);
  });

  it('finds the gc function in a process started without --expose-gc', () => {
    const gc = exposeGc();
    assert.equal(typeof gc, 'function');
    gc!();
  });
});
