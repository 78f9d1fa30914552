import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { IdleCollector, ROUNDS } from '../../server/src/lsp/idleCollector';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle collector', () => {
  it('collects a few rounds once documents have been quiet, never while they change', async () => {
    let collections = 0;
    // Wide margins: the suite shares two cores with other work, and timers fire late under load.
    const collector = new IdleCollector(() => collections++, 400, 5);
    for (let i = 0; i < 5; i++) {
      collector.touched();
      await wait(20);
    }
    assert.equal(collections, 0, 'no collection during a burst of changes');
    await wait(400 + ROUNDS * 5 + 300);
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

  it('uses gc only when the process was started with --expose-gc, and never turns the flag on itself', () => {
    const probe = `console.log(typeof require(${JSON.stringify(require.resolve('../../server/src/lsp/idleCollector'))}).globalGc())`;
    assert.equal(execFileSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8' }).trim(), 'function');
    assert.equal(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim(), 'undefined');
  });
});
