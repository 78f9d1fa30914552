// Scores Demarc against a careful reviewer on the real-SOW corpus: findings matched by rule and line
// (null for findings about the whole document), and every table a reviewer reads as a matrix, a
// service-level table or a tool table counted as read, misread, reported as not understood, or ignored.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, type Analysis } from '../../server/src/engine';

export const CORPUS = path.join(__dirname, '../../../test/corpus/real');

type TableKind = 'matrix' | 'service-levels' | 'tools' | 'other';

export interface Expected {
  source: string[];
  findings: { rule: string; line: number | null; why?: string }[];
  tables: { line: number; kind: TableKind; note?: string }[];
}

export interface Tally {
  expected: number;
  found: number;
  matched: number;
}

export interface Score {
  documents: number;
  byRule: Map<string, Tally>;
  all: Tally;
  /** Findings about a row or a table (those with a line). */
  located: Tally;
  tables: { read: number; misread: number; notUnderstood: number; ignored: number; otherReadAsTable: number };
  misses: string[];
}

const tally = (): Tally => ({ expected: 0, found: 0, matched: 0 });

/** Demarc's findings about the contract; table-not-understood is about Demarc's reading and is counted with the tables. */
function actualFindings(a: Analysis): { rule: string; line: number | null }[] {
  const anchor = a.model?.documentAnchor.start.line;
  return a.findings
    .filter((f) => f.ruleId !== 'table-not-understood')
    .map((f) => ({ rule: f.ruleId, line: f.range.start.line === anchor ? null : f.range.start.line + 1 }));
}

function tablesRead(a: Analysis): Map<number, TableKind> {
  const read = new Map<number, TableKind>();
  const m = a.model;
  if (!m) return read;
  for (const t of m.matrices) read.set(t.headerRow.start.line + 1, 'matrix');
  for (const t of m.serviceLevels) read.set(t.headerRow.start.line + 1, 'service-levels');
  for (const t of m.toolTables) read.set(t.headerRow.start.line + 1, 'tools');
  return read;
}

export function scoreCorpus(dir = CORPUS): Score {
  const score: Score = {
    documents: 0, byRule: new Map(), all: tally(), located: tally(),
    tables: { read: 0, misread: 0, notUnderstood: 0, ignored: 0, otherReadAsTable: 0 }, misses: [],
  };
  const rule = (id: string) => score.byRule.get(id) ?? score.byRule.set(id, tally()).get(id)!;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.sow.md')).sort()) {
    score.documents++;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.sow\.md$/, '.expected.json')), 'utf8')) as Expected;
    const analysis = analyse(text);
    const actual = actualFindings(analysis);
    const unmatched = [...actual];
    for (const e of expected.findings) {
      for (const t of [rule(e.rule), score.all, ...(e.line === null ? [] : [score.located])]) t.expected++;
      const i = unmatched.findIndex((a) => a.rule === e.rule && a.line === e.line);
      if (i >= 0) {
        unmatched.splice(i, 1);
        for (const t of [rule(e.rule), score.all, ...(e.line === null ? [] : [score.located])]) t.matched++;
      } else score.misses.push(`${file}:${e.line ?? '-'} missed ${e.rule}`);
    }
    for (const a of actual) for (const t of [rule(a.rule), score.all, ...(a.line === null ? [] : [score.located])]) t.found++;
    for (const a of unmatched) score.misses.push(`${file}:${a.line ?? '-'} extra ${a.rule}`);
    const read = tablesRead(analysis);
    const reported = new Set(analysis.findings.filter((f) => f.messageId === 'tableNotUnderstood').map((f) => f.range.start.line + 1));
    for (const t of expected.tables) {
      const as = read.get(t.line);
      if (t.kind === 'other') {
        if (as) score.tables.otherReadAsTable++;
      } else if (as === t.kind) score.tables.read++;
      else if (as) score.tables.misread++;
      else if (reported.has(t.line)) score.tables.notUnderstood++;
      else score.tables.ignored++;
    }
  }
  return score;
}

export const precision = (t: Tally) => (t.found === 0 ? 1 : t.matched / t.found);
export const recall = (t: Tally) => (t.expected === 0 ? 1 : t.matched / t.expected);

export function report(s: Score): string {
  const f = (x: number) => x.toFixed(2);
  const line = (name: string, t: Tally) => `| ${name} | ${t.expected} | ${t.found} | ${t.matched} | ${f(precision(t))} | ${f(recall(t))} |`;
  return [
    `Real-SOW corpus: ${s.documents} documents`,
    '| rule | expected | found | matched | precision | recall |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...s.byRule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, t]) => line(id, t)),
    line('**all findings**', s.all),
    line('**about a row or table**', s.located),
    `Tables a reviewer reads as a matrix, SLA or tool table: ${s.tables.read} read, ${s.tables.misread} misread, ${s.tables.notUnderstood} reported as not understood, ${s.tables.ignored} ignored; other tables read as one of those: ${s.tables.otherReadAsTable}.`,
  ].join('\n');
}
