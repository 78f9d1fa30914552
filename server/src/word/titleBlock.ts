import { FRONT_MATTER_LABELS, showFrontMatterValue } from '../engine';
/**
 * The title block: a two-column table opening an exported Word SOW that carries the front matter
 * (Client, Provider, model, term…). The importer reads it back, so export → import keeps every key.
 */

/** The `sow:` marker is not shown: every imported SOW gets `sow: 1`. */
export function titleBlockRows(data: Record<string, unknown>): [string, string][] {
  const order = (key: string) => (key in FRONT_MATTER_LABELS ? Object.keys(FRONT_MATTER_LABELS).indexOf(key) : Infinity);
  return Object.entries(data)
    .filter(([key]) => key !== 'sow')
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, value]) => [FRONT_MATTER_LABELS[key] ?? key, showFrontMatterValue(value)]);
}

/**
 * Reads the rows back when they hold at least Client and Provider; undefined when this table is no title
 * block. `rowOf` gives the index of the row each key was read from.
 */
export function readTitleBlock(rows: string[][]): { data: Record<string, unknown>; rowOf: Record<string, number> } | undefined {
  if (rows.some((r) => r.length !== 2)) return undefined;
  const byLabel = new Map(Object.entries(FRONT_MATTER_LABELS).map(([key, label]) => [label.toLowerCase(), key]));
  const data: Record<string, unknown> = { sow: 1 };
  const rowOf: Record<string, number> = {};
  rows.forEach(([label, value], i) => {
    const key = byLabel.get(label.trim().toLowerCase()) ?? label.trim();
    const read = readValue(value.trim());
    data[key] = key === 'parties' && typeof read === 'string' ? [read] : read;
    rowOf[key] = i;
  });
  return 'client' in data && 'provider' in data ? { data, rowOf } : undefined;
}

function readValue(text: string): unknown {
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text.includes('; ') ? text.split('; ') : text;
}
