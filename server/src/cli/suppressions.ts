// A baseline of accepted findings (as ESLint's eslint-suppressions.json): adopting Demarc on contracts that
// already exist means accepting today's findings and failing only on new ones. Entries are keyed by the
// findings' fingerprints, so moving lines keeps them; a file Demarc could not analyse is never suppressed.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { NOT_ANALYSED } from '../engine';
import { writeNewFile } from '../node/atomicWrite';
import { WORD_IMPORT } from '../word/findings';
import type { FileResult } from './lintFile';

export const SUPPRESSIONS_FILE = 'demarc-suppressions.json';

/** By file (relative to the suppressions file, with /), then by fingerprint: the rule, and how many to accept. */
export interface Suppressions {
  version: 1;
  files: Record<string, Record<string, { rule: string; count: number }>>;
}

export class SuppressionsError extends Error {}

const suppressible = (ruleId: string) => ruleId !== NOT_ANALYSED && ruleId !== WORD_IMPORT;
const keyOf = (location: string, filePath: string) => path.relative(path.dirname(location), filePath).split(path.sep).join('/');

/** Today's findings, counted: what `--suppress-all` writes. */
export function suppressAll(results: readonly FileResult[], location: string): Suppressions {
  const files: Suppressions['files'] = {};
  for (const r of results) {
    if (r.error) continue;
    r.findings.forEach((f, i) => {
      if (!suppressible(f.ruleId)) return;
      const entries = (files[keyOf(location, r.filePath)] ??= {});
      const entry = (entries[r.fingerprints[i]] ??= { rule: f.ruleId, count: 0 });
      entry.count++;
    });
  }
  return { version: 1, files: sorted(files) };
}

/** The findings beyond the accepted counts, and the entries no finding used (to prune). */
export function applySuppressions(
  results: readonly FileResult[],
  suppressions: Suppressions,
  location: string,
): { results: FileResult[]; suppressed: number; unused: number } {
  let suppressed = 0;
  const left = new Map<string, number>();
  for (const [file, entries] of Object.entries(suppressions.files))
    for (const [fp, e] of Object.entries(entries)) left.set(`${file}\n${fp}`, e.count);
  const kept = results.map((r) => {
    const file = keyOf(location, r.filePath);
    const findings: FileResult['findings'] = [];
    const fingerprints: string[] = [];
    r.findings.forEach((f, i) => {
      const key = `${file}\n${r.fingerprints[i]}`;
      const n = left.get(key) ?? 0;
      if (suppressible(f.ruleId) && n > 0) {
        left.set(key, n - 1);
        suppressed++;
        return;
      }
      findings.push(f);
      fingerprints.push(r.fingerprints[i]);
    });
    return { ...r, findings, fingerprints };
  });
  const linted = new Set(results.map((r) => keyOf(location, r.filePath)));
  // Only files this run linted can show an entry unused: a run over one folder says nothing of another.
  const unused = [...left].filter(([key, n]) => n > 0 && linted.has(key.split('\n')[0])).reduce((sum, [, n]) => sum + n, 0);
  return { results: kept, suppressed, unused };
}

/** The suppressions with what no longer occurs in the files linted dropped, and counts lowered to today's. */
export function pruneSuppressions(suppressions: Suppressions, results: readonly FileResult[], location: string): Suppressions {
  const now = suppressAll(results, location).files;
  const linted = new Set(results.map((r) => keyOf(location, r.filePath)));
  const files: Suppressions['files'] = {};
  for (const [file, entries] of Object.entries(suppressions.files)) {
    if (!linted.has(file)) {
      files[file] = entries;
      continue;
    }
    for (const [fp, e] of Object.entries(entries)) {
      const count = Math.min(e.count, now[file]?.[fp]?.count ?? 0);
      if (count > 0) (files[file] ??= {})[fp] = { rule: e.rule, count };
    }
  }
  return { version: 1, files: sorted(files) };
}

/** The suppressions file, or none when it does not exist; anything else unreadable is one line naming it. */
export async function readSuppressions(location: string, shown = location): Promise<Suppressions | undefined> {
  let text: string;
  try {
    text = await fs.readFile(location, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SuppressionsError(`${shown}: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SuppressionsError(`${shown}: invalid JSON`);
  }
  if (!isSuppressions(parsed)) throw new SuppressionsError(`${shown}: not a Demarc suppressions file (version 1, files by path)`);
  return parsed;
}

export async function writeSuppressions(location: string, suppressions: Suppressions): Promise<void> {
  await writeNewFile(location, Buffer.from(`${JSON.stringify(suppressions, null, 2)}\n`), true);
}

function isSuppressions(v: unknown): v is Suppressions {
  if (typeof v !== 'object' || v === null || (v as Suppressions).version !== 1) return false;
  const files = (v as Suppressions).files;
  if (typeof files !== 'object' || files === null) return false;
  return Object.values(files).every(
    (entries) =>
      typeof entries === 'object' &&
      entries !== null &&
      Object.values(entries).every((e) => typeof e?.rule === 'string' && Number.isInteger(e.count) && e.count > 0),
  );
}

const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
