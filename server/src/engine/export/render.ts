import type { SowModel } from '../model/types';
import { splitToHtml } from './html';
import { responsibilitySplit, splitToCsv, splitToMarkdown } from './responsibility';
import { safeJson } from './visible';

export type SplitFormat = 'md' | 'csv' | 'json' | 'html';

/** The responsibility split in one of the export formats; `name` titles the page when the SOW has no title. */
export function renderSplit(model: SowModel, format: SplitFormat, name: string): string {
  const split = responsibilitySplit(model);
  switch (format) {
    case 'json':
      return safeJson(split);
    case 'csv':
      return splitToCsv(split);
    case 'html': {
      const title = typeof model.frontMatter.data.title === 'string' ? model.frontMatter.data.title : name;
      return splitToHtml(split, `Responsibility split: ${title}`);
    }
    default:
      return splitToMarkdown(split);
  }
}
