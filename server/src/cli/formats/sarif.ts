import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NOT_ANALYSED, type Range, RULES, safeJson } from '../../engine';
import type { FileResult } from '../lintFile';
import { WORD_IMPORT, type LocatedFinding } from '../../word/findings';
import { describeLocation, type WordLocation } from '../../word/locate';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const DOCS = 'https://github.com/demarc-dev/demarc/blob/main/docs';
/** Findings about Demarc's own reading, not the contract: described too, so every result has a descriptor. */
const READING_NOTICES = [
  {
    id: NOT_ANALYSED,
    description: 'Demarc could not analyse this document (too large, too deep, over its time budget, or unreadable); the run fails.',
    docs: `${DOCS}/limits.md#fail-closed`,
    defaultSeverity: 'error',
  },
  {
    id: WORD_IMPORT,
    description: 'Something in a Word file that the import could not carry over exactly (a picture, a merged cell, a tracked change).',
    docs: `${DOCS}/word.md#what-the-import-does-not-carry-over-and-says-so`,
    defaultSeverity: 'info',
  },
] as const;

/** SARIF 2.1.0 for GitHub code scanning; paths relative to the run's folder (%SRCROOT%). */
export function formatSarif(results: readonly FileResult[], options: { cwd: string; version: string }): string {
  const descriptors = [...RULES, ...READING_NOTICES];
  const ruleIndex = new Map(descriptors.map((r, i) => [r.id, i]));
  const artifact = (file: string) => ({ uri: toUri(file, options.cwd), uriBaseId: '%SRCROOT%' });
  const region = (r: Range) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const sarifResults = results.flatMap((file) =>
    file.findings.map((f: LocatedFinding, i) => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      // What the finding is about, not its line: code scanning keeps one alert as lines move above it.
      partialFingerprints: { 'demarcFinding/v1': file.fingerprints[i] },
      // A Word file has no lines: the file, and the table row or paragraph as a logical location.
      locations: [
        f.location
          ? { physicalLocation: { artifactLocation: artifact(file.filePath) }, logicalLocations: [logical(f.location)] }
          : { physicalLocation: { artifactLocation: artifact(file.filePath), region: region(f.range) } },
      ],
      ...(f.related
        ? {
            relatedLocations: f.related.map((rel, id) => ({
              id,
              message: { text: rel.message },
              ...(rel.location
                ? { physicalLocation: { artifactLocation: artifact(file.filePath) }, logicalLocations: [logical(rel.location)] }
                : { physicalLocation: { artifactLocation: artifact(file.filePath), region: region(rel.range) } }),
            })),
          }
        : {}),
    })),
  );
  // A file Demarc did not analyse is a result (so code scanning shows it) and a tool execution notification
  // (so the run is not taken as a clean scan of it).
  const notAnalysed = results.flatMap((file) =>
    file.findings
      .filter((f) => f.ruleId === NOT_ANALYSED)
      .map((f) => ({
        level: 'error',
        message: { text: f.message },
        descriptor: { id: NOT_ANALYSED },
        locations: [{ physicalLocation: { artifactLocation: artifact(file.filePath) } }],
      })),
  );
  // Whose standard the files were held against: a run may cross folders with playbooks of their own.
  const playbooks = [...new Set(results.flatMap((r) => (r.playbook ? [r.playbook] : [])))];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        invocations: [{ executionSuccessful: notAnalysed.length === 0, toolExecutionNotifications: notAnalysed }],
        tool: {
          driver: {
            name: 'demarc',
            version: options.version,
            informationUri: 'https://github.com/demarc-dev/demarc',
            rules: descriptors.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              helpUri: r.docs,
              help: { text: `${r.description} See ${r.docs}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: ['contract', 'sow'] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        ...(playbooks.length ? { properties: { playbooks } } : {}),
        results: sarifResults,
      },
    ],
  };
  return safeJson(log);
}

const LOGICAL_KIND = { table: 'element', heading: 'text', paragraph: 'text', 'front-matter': 'property', document: 'module' } as const;

/** SARIF's logical location: a short name, the reviewer's description, and a kind from SARIF's list. */
function logical(at: WordLocation) {
  const name =
    at.kind === 'table'
      ? `table ${at.table}, row ${at.row}`
      : at.kind === 'front-matter'
        ? at.key
        : at.kind === 'document'
          ? 'document'
          : `paragraph ${at.paragraph}`;
  return { name, fullyQualifiedName: describeLocation(at), kind: LOGICAL_KIND[at.kind] };
}

function toUri(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return pathToFileURL(file).href;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}
