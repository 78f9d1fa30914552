import { stringify } from 'yaml';
import { analyse, impliedEngagementModel, IncrementalParser, TableCache, type AnalyseOptions, type DemarcConfig } from '../engine';
import { BlockReader, type Block, type ImportNote } from './blocks';
import { inferFrontMatter, type InferredFrontMatter } from './infer';
import type { WordLocation } from './locate';
import { readDocx, type WordBody } from './read';
import { readTitleBlock } from './titleBlock';

export type { ImportNote } from './blocks';

/** A Word SOW as the SOW dialect, and for each of its lines the Word place it came from. */
export interface ImportedSow {
  text: string;
  /** One entry per line of `text`; undefined for blank lines and the `---` fences. */
  lines: (WordLocation | undefined)[];
  notes: ImportNote[];
  /** Lines 0 to this one (exclusive) are the front matter, where document-level findings anchor. */
  frontMatterLines: number;
  /**
   * What reading the text to infer the model left behind: analysing `text` with it re-parses only the
   * front matter up to the first heading and reads no table again, instead of the whole document twice.
   */
  reuse: Pick<AnalyseOptions, 'parser' | 'tableCache'>;
}

/** .docx bytes to SOW Markdown; throws WordError for a file it will not read (see limits.ts). */
export async function importDocx(bytes: Uint8Array, config?: DemarcConfig): Promise<ImportedSow> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return importBody(await readDocx(buffer), config);
}

export function importBody(word: WordBody, config?: DemarcConfig): ImportedSow {
  const reader = new BlockReader();
  let blocks = reader.read(word.tree);
  const notes: ImportNote[] = [];
  if (word.facts.trackedChanges > 0)
    notes.push({
      message: `${word.facts.trackedChanges} tracked changes are still open; they were read as if accepted (insertions kept, deletions left out). Accept or reject them in Word and import again`,
    });
  if (word.facts.comments > 0)
    notes.push({ message: `${word.facts.comments} Word comments were not imported (they are not contract text)` });
  if (word.facts.headersFooters > 0)
    notes.push({
      message: `${word.facts.headersFooters} page header(s) or footer(s) with text were not imported; check they state no terms`,
    });
  notes.push(...word.warnings.map((w) => ({ message: `Word content not carried over: ${w}` })));
  notes.push(...reader.notes);

  let front: InferredFrontMatter;
  const reuse = { parser: new IncrementalParser(), tableCache: new TableCache() };
  const titleBlock = blocks[0]?.kind === 'table' ? readTitleBlock(blocks[0].rows ?? []) : undefined;
  if (titleBlock) {
    const rowAt = blocks[0].rowAt ?? [];
    const where = Object.fromEntries(Object.entries(titleBlock.rowOf).flatMap(([key, i]) => (rowAt[i] ? [[key, rowAt[i]]] : [])));
    front = { data: titleBlock.data, where };
    blocks = blocks.slice(1);
  } else {
    front = inferFrontMatter(blocks);
    if (!('model' in front.data)) inferModel(front, blocks, config, reuse);
  }
  return { ...assemble(front, blocks, notes), reuse };
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
  let current: WordLocation | undefined;
  for (const line of yaml) {
    const key = /^([^\s#][^:]*):/.exec(line)?.[1];
    if (key !== undefined) current = front.where[key];
    lines.push(current);
  }
  lines.push(undefined);
  const text = ['---', ...yaml, '---'];
  const frontMatterLines = text.length;
  for (const block of blocks) {
    text.push('', ...block.lines);
    lines.push(undefined, ...block.at);
  }
  return { text: text.join('\n') + '\n', lines: [...lines, undefined], notes, frontMatterLines };
}
