import * as path from 'node:path';
import { playbookChecklist, renderSplit, type DemarcConfig, type SplitFormat } from '../engine';
import { analyseDocument } from '../document';
import { readRegularFile } from '../node/readInput';
import { fileSizeLimit, unreadable } from './lintFile';
import { wordReader } from './wordBundles';

/** Printed as `FILE: not analysed: <reason>`, as `demarc lint` does. */
export class NotAnalysedError extends Error {}

/**
 * `demarc matrix FILE`: the responsibility split as md, csv, json or a printable html page. The file is
 * analysed as `demarc lint` analyses it (the same config, limits and budget), so the report's findings
 * are lint's findings.
 */
export async function splitOfFile(
  file: string,
  format: SplitFormat,
  config: DemarcConfig | { error: string },
): Promise<{ content: string; problem?: string }> {
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(file, fileSizeLimit(file))).bytes;
  } catch (e) {
    throw new NotAnalysedError(unreadable(file, e).notAnalysed!.reason, { cause: e });
  }
  const document = await analyseDocument({ name: file, bytes, config, word: wordReader });
  const model = document.analysis?.model;
  if (document.notAnalysed || !model) throw new NotAnalysedError(document.notAnalysed?.reason ?? 'internal error');
  const playbook =
    'playbook' in config && config.playbook ? playbookChecklist(model, document.analysis!.source, config.playbook) : undefined;
  return { content: renderSplit(model, format, path.basename(file), document.findings, playbook), problem: document.problem };
}
