/**
 * What the CLI loads only for Word work: mammoth, docx and the HTML and Markdown converters are most of
 * the code, and a Markdown-only run never needs them. server/esbuild.mjs bundles this apart (dist/word.js).
 */
export { importDocx } from '../word/import';
export { runExport, runImport } from './wordCommands';
