// The suite for VS Code for the web. The extension runs in the browser's web worker extension host
// (code-server with `remote.extensionKind` set to web), and so does this file: one bundle with mocha's
// browser build and nothing of Node (run.mjs bundles it with esbuild).
import 'mocha/mocha.js';
import { defineWebSuite } from './webSuite';

interface BrowserMocha {
  setup(options: { ui: 'tdd'; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60000, color: false });
  defineWebSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
