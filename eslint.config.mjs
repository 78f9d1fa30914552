// ESLint flat config: typescript-eslint's recommended rules for the server, client, tests and scripts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', '.out-helper/', '.vscode-test/', 'node_modules/', 'test-artifacts/', 'bench/results/', 'test/corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-constant-condition': ['error', { checkLoops: false }],
      'prefer-const': 'error',
    },
  },
  // Adapters ask the engine through its one entry point (server/src/engine/index.ts), never its modules:
  // what they may ask is then one list, and the engine's inside can change without touching them.
  {
    files: ['server/src/{cli,lsp,word,node,document}/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/*', '**/engine/**'], message: "Import from the engine's entry point ('../engine'), not its modules." },
          ],
        },
      ],
    },
  },
  // CommonJS entry points (bins, the harness's mocha entry, a bench probe) load with require.
  {
    files: ['**/*.cjs', 'server/bin/*.js', 'test/vscode/harness/mocha-entry.example.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The webview, and browser-side callbacks the VS Code harness evaluates in the page.
  {
    files: [
      'client/src/webview/**',
      'test/vscode/harness/browser.mjs',
      'test/vscode/harness/inspect.mjs',
      'test/vscode/harness/widgets.mjs',
      'test/vscode/packaged.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off', 'no-control-regex': 'off' },
  },
);
