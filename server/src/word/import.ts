import { stringify } from 'yaml';
import { analyse, impliedEngagementModel, IncrementalParser, TableCache, type AnalyseOptions, type DemarcConfig } from '../engine';
import { BudgetExceeded, overBudget, withinBudget } from '../document/budget';
import type { Block, ImportNote } from './blocks';
import { convertDocx, convertHere, type Converted } from './convert';
import { inferFrontMatter, type InferredFrontMatter } from './infer';
import { WordError } from './limits';
import type { WordLocation } from './locate';
import type { TrackedChange } from './model';

export type { ImportNote } from './blocks';

/** A Word SOW as the SOW dialect, and for each of its lines the Word place it came from. */
export interface ImportedSow {
  text: string;
  /** One entry per line of `text`; undefined for blank lines and the `---` fences. */
  lines: (WordLocation | undefined)[];
  /** Open tracked changes on each line's Word paragraph or row (parallel to `lines`). */
  changes: (TrackedChange[] | undefined)[];
  notes: ImportNote[];
  /** Lines 0 to this one (exclusive) are the front matter, where document-level findings anchor. */
  frontMatterLines: number;
  /**
   * What reading the text to infer the model left behind: analysing `text` with it re-parses only the
   * front matter up to the first heading and reads no table again, instead of the whole document twice.
   */
  reuse: Pick<AnalyseOptions, 'parser' | 'tableCache'>;
}

export interface ImportOptions {
  /** When the whole analysis must be done by (ms since the epoch); Infinity for no limit. */
  deadline?: number;
  /** The budget the deadline was set from, for the message when it passes. */
  budgetMs?: number;
  /** Convert in this thread instead of a worker (tests of the reading itself). */
  inProcess?: boolean;
}

/** .docx bytes to SOW Markdown; throws WordError for a file it will not read (see limits.ts) or could not convert in time or memory. */
export async function importDocx(bytes: Uint8Array, config?: DemarcConfig, options: ImportOptions = {}): Promise<ImportedSow> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const deadline = options.deadline ?? Infinity;
  const converted = options.inProcess ? await convertHere(buffer) : await convertDocx(buffer, deadline, options.budgetMs ?? Infinity);
  try {
    return importConverted(converted, config, deadline);
  } catch (e) {
    // The CLI bundles the Word code apart, with its own copy of BudgetExceeded: said as a WordError, known by name.
    if (e instanceof BudgetExceeded) throw new WordError(`it ${overBudget(options.budgetMs ?? Infinity)}`, 'over-budget');
    throw e;
  }
}

export function importConverted(converted: Converted, config?: DemarcConfig, deadline = Infinity): ImportedSow {
  const blocks = converted.blocks;
  let front: InferredFrontMatter;
  const reuse = { parser: new IncrementalParser(), tableCache: new TableCache() };
  if (converted.titleBlock) front = { data: converted.titleBlock.data, where: converted.titleBlock.where };
  else {
    front = inferFrontMatter(blocks);
    if (!('model' in front.data)) withinBudget(() => inferModel(front, blocks, config, reuse), deadline - Date.now());
  }
  return { ...assemble(front, blocks, converted.notes), reuse };
}

/** Managed or co-managed from the split: co-managed when the client holds R or A for some function, as model-mismatch reads it. */
function inferModel(front: InferredFrontMatter, blocks: Block[], config: DemarcConfig | undefined, reuse: ImportedSow['reuse']): void {
  // A stand-in value holds the line the model will take, so no table moves and every reading is kept.
  front.data.model = 'managed';
  const { model } = analyse(assemble(front, blocks, []).text, { config, ...reuse });
  delete front.data.model;
  const implied = model && impliedEngagementModel(model);
  if (!implied) return;
  front.data.model = implied.model;
  front.where.model = {
    kind: 'front-matter',
    key: 'model',
    text: implied.because
      ? `inferred as co-managed: the client holds R or A for "${implied.because.name}"`
      : `inferred as managed: the client holds no R or A in the ${implied.functions}-row split`,
  };
}

function assemble(front: InferredFrontMatter, blocks: Block[], notes: ImportNote[]): Omit<ImportedSow, 'reuse'> {
  const yaml = stringify(front.data, { lineWidth: 0 }).replace(/\n$/, '').split('\n');
  const lines: (WordLocation | undefined)[] = [undefined];
  const changes: (TrackedChange[] | undefined)[] = [undefined];
  let current: WordLocation | undefined;
  for (const line of yaml) {
    const key = /^([^\s#][^:]*):/.exec(line)?.[1];
    if (key !== undefined) current = front.where[key];
    lines.push(current);
    changes.push(undefined);
  }
  lines.push(undefined);
  changes.push(undefined);
  const text = ['---', ...yaml, '---'];
  const frontMatterLines = text.length;
  for (const block of blocks) {
    text.push('', ...block.lines);
    lines.push(undefined, ...block.at);
    changes.push(undefined, ...block.changes);
  }
  return { text: text.join('\n') + '\n', lines: [...lines, undefined], changes: [...changes, undefined], notes, frontMatterLines };
}
