import type { SowModel } from '../model/types';
import type { PlaybookChecklist } from '../playbook/assess';
import type { Finding } from '../types';
import { reportToHtml } from './html';
import { reportToMarkdown } from './markdown';
import { splitReport } from './report';
import { responsibilitySplit, splitToCsv } from './responsibility';
import { safeJson } from './visible';

export type SplitFormat = 'md' | 'csv' | 'json' | 'html';

/**
 * The responsibility split in one of the export formats: CSV and JSON are the matrix as data; Markdown
 * and HTML are the whole picture for a reader (parties, term, cells as written and as read, service
 * levels, tools, findings). `name` titles it when the SOW has no title.
 */
export function renderSplit(
  model: SowModel,
  format: SplitFormat,
  name: string,
  findings: readonly Finding[] = [],
  playbook?: PlaybookChecklist,
): string {
  switch (format) {
    case 'json':
      return safeJson(responsibilitySplit(model));
    case 'csv':
      return splitToCsv(responsibilitySplit(model));
    case 'html':
      return reportToHtml(splitReport(model, findings, name, playbook));
    default:
      return reportToMarkdown(splitReport(model, findings, name, playbook));
  }
}
