import * as path from 'node:path';
import Mocha from 'mocha';

/** The extension host calls this; resolving means every test passed. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  // Last: it switches VS Code's Git extension on, which the rest of the suite runs without.
  mocha.addFile(path.join(__dirname, 'compare.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
