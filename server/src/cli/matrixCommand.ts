import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyze, renderSplit, type SplitFormat } from '../engine';
import { decodeText } from '../node/decode';

/** `demarc matrix FILE`: the responsibility split as md, csv, json or a printable html page. */
export async function exportMatrix(file: string, format: SplitFormat): Promise<string> {
  const { text } = decodeText(await fs.readFile(file));
  const { model, findings } = analyze(text);
  if (!model) throw new Error(findings[0]?.message ?? 'could not analyse the file');
  return renderSplit(model, format, path.basename(file));
}
