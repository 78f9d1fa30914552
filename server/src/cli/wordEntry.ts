/**
 * What the CLI loads only for Word work: mammoth, docx and the HTML and Markdown converters are most of
 * the code, and a Markdown-only run never needs them. server/esbuild.mjs bundles this apart (dist/word.js).
 * Its first exports are the document layer's WordReader.
 */
export { importDocx } from '../word/import';
export { locateFindings } from '../word/findings';
export { isWordError } from '../word/limits';
import { WORD_LIMITS } from '../word/limits';
export const maxBytes = WORD_LIMITS.fileBytes;
export { runExport, runImport, runReview } from './wordCommands';
