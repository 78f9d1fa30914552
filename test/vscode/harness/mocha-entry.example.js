// Example of the file passed as --tests: VS Code's extension host requires it and calls run().
// Resolving reports exit code 0 to the harness, rejecting reports 1.
//
// It must live inside the repo: the extension host resolves require('mocha') from this file's
// location, i.e. from /work/main/node_modules. Mocha 12 is an ES module; Node >= 20.19 loads it
// through require(), which returns the module namespace, hence `.default`.
const fs = require('node:fs');
const path = require('node:path');
const mochaModule = require('mocha');

const Mocha = mochaModule.default ?? mochaModule;

exports.run = function run() {
  // DEMARC_TESTS_DIR is inherited from the harness (the extension host is a child of code-server,
  // which is a child of run.mjs); without it, take the test files next to this entry.
  const dir = process.env.DEMARC_TESTS_DIR || path.join(__dirname, 'suite');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000 });
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
};
