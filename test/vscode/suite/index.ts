import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The extension host calls this; resolving means every test passed. DEMARC_SUITE=no-folder runs the tests
 * for a window with no folder open; DEMARC_GREP runs only the tests whose title matches (while working).
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec', grep: process.env.DEMARC_GREP || undefined });
  mocha.addFile(path.join(__dirname, process.env.DEMARC_SUITE === 'no-folder' ? 'noFolder.test.js' : 'extension.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
