import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyze, responsibilitySplit, splitToCsv, splitToHtml, splitToMarkdown } from '../engine';
import { decodeText } from '../node/decode';

/** `demarc matrix FILE`: the responsibility split as md, csv, json or a printable html page. */
export async function exportMatrix(file: string, format: 'md' | 'csv' | 'json' | 'html'): Promise<string> {
  const { text } = decodeText(await fs.readFile(file));
  const { model, findings } = analyze(text);
  if (!model) throw new Error(findings[0]?.message ?? 'could not analyse the file');
  const split = responsibilitySplit(model);
  switch (format) {
    case 'json': return JSON.stringify(split, null, 2) + '\n';
    case 'csv': return splitToCsv(split);
    case 'html': {
      const title = typeof model.frontMatter.data.title === 'string' ? model.frontMatter.data.title : path.basename(file);
      return splitToHtml(split, `Responsibility split: ${title}`);
    }
    default: return splitToMarkdown(split);
  }
}
