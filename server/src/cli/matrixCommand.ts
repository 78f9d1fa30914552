import * as path from 'node:path';
import { analyse, DEFAULT_MAX_DOCUMENT_SIZE, renderSplit, type Analysis, type SplitFormat } from '../engine';
import { decodeText } from '../node/decode';
import { readRegularFile, TooLargeError } from '../node/readInput';
import { BudgetExceeded, DEFAULT_BUDGET_MS, overBudget, withinBudget } from '../node/budget';
import { isWordFile, reasonOf } from './lintFile';
import { isWordError, WORD_LIMITS } from '../word/limits';
import { wordReader } from './wordBundles';

/** Printed as `FILE: not analysed: <reason>`, as `demarc lint` does. */
export class NotAnalysedError extends Error {}

/** `demarc matrix FILE`: the responsibility split as md, csv, json or a printable html page. */
export async function splitOfFile(file: string, format: SplitFormat): Promise<string> {
  let analysis: Analysis;
  try {
    // A Word SOW's split is read from its import, as `demarc lint` reads it.
    const text = isWordFile(file)
      ? (await wordReader().importDocx((await readRegularFile(file, WORD_LIMITS.fileBytes)).bytes)).text
      : decodeText((await readRegularFile(file, DEFAULT_MAX_DOCUMENT_SIZE)).bytes).text;
    analysis = withinBudget(() => analyse(text), DEFAULT_BUDGET_MS);
  } catch (e) {
    if (e instanceof TooLargeError || isWordError(e)) throw new NotAnalysedError(e.message);
    if (e instanceof BudgetExceeded) throw new NotAnalysedError(overBudget(DEFAULT_BUDGET_MS));
    throw e;
  }
  if (!analysis.model) throw new NotAnalysedError(reasonOf(analysis.findings[0]?.message ?? 'internal error'));
  return renderSplit(analysis.model, format, path.basename(file), analysis.findings);
}
