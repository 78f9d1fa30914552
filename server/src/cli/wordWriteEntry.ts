/** What only `demarc export --format docx` loads: the docx writer (server/esbuild.mjs bundles it apart, dist/wordWrite.js). */
export { exportParser, sowToDocx } from '../word/write';
