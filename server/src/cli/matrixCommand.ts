import * as path from 'node:path';
import { analyze, DEFAULT_MAX_DOCUMENT_SIZE, renderSplit, type SplitFormat } from '../engine';
import { decodeText } from '../node/decode';
import { readRegularFile } from '../node/readInput';
import { DEFAULT_BUDGET_MS, withinBudget } from './budget';

/** `demarc matrix FILE`: the responsibility split as md, csv, json or a printable html page. */
export async function exportMatrix(file: string, format: SplitFormat): Promise<string> {
  const { text } = decodeText((await readRegularFile(file, DEFAULT_MAX_DOCUMENT_SIZE)).bytes);
  const { model, findings } = withinBudget(() => analyze(text), DEFAULT_BUDGET_MS);
  if (!model) throw new Error(findings[0]?.message ?? 'could not analyse the file');
  return renderSplit(model, format, path.basename(file));
}
