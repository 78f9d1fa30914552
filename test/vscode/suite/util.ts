import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readZip } from '../../../server/src/word/review/zip';
import { waitFor } from './wait';

export { codeOf, demarcDiagnostics, diagnosticsWhere, waitFor, workspaceFile } from './wait';

export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

let inspections = 0;

/** What the preview page shows, read by the harness from the real webview frame (undefined: none rendered yet). */
export interface PreviewState {
  version: number;
  functions: string[];
  findings: number;
  unassigned: string[];
  conflicts: string[];
  /** Rows marked "changed since HEAD" (their first cell), and the marks' text. */
  changed: string[];
  changedMarks: string[];
  activeElements: number;
  inlineScriptRan: boolean;
  /** The frame's width in CSS pixels, and by how much the page is wider than it. */
  width: number;
  overflow: number;
  /** Text under WCAG AA contrast against what is behind it (4.5:1, large text 3:1). */
  lowContrast: { checked: number; failures: number; examples: string[] };
  /** Table rows shown as cards (narrow panel), of all rows; every column header. */
  cards: number;
  rows: number;
  columns: string[];
  /** Cells showing a warning sign in rows no rule reported on, and in rows one did. */
  unflaggedWarnings: number;
  flaggedWarnings: number;
  /** Readings behind a disclosure, and the escalation and exit sections shown. */
  readings: number;
  sections: string[];
  /** The playbook checklist's rows: verdict ("✓ met", "✗ not met"), subject, and the line each reveals. */
  playbook: { verdict: string; subject: string; line: number }[];
}

/** Asks the harness to read the preview page; undefined where no harness can (desktop VS Code). */
export async function inspectPreview(): Promise<PreviewState | undefined> {
  const dir = process.env.DEMARC_ARTIFACTS;
  if (!dir) return undefined;
  const name = `inspect-${++inspections}`;
  console.log(`DEMARC_INSPECT ${name}`);
  await waitFor(`inspection ${name}`, () => fs.existsSync(path.join(dir, `${name}.done`)), 30000);
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) ?? undefined;
}

/** Asks the harness to make the browser window this wide, and waits until it has. */
export async function setWindowWidth(width: number): Promise<void> {
  const dir = process.env.DEMARC_ARTIFACTS;
  if (!dir) return;
  const name = `viewport-${++inspections}`;
  console.log(`DEMARC_VIEWPORT ${name} ${width}`);
  await waitFor(`window width ${width}`, () => fs.existsSync(path.join(dir, `${name}.done`)), 30000);
}

/** Asks the harness for a screenshot and waits until it is written. */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.DEMARC_ARTIFACTS;
  if (!dir) return;
  console.log(`DEMARC_SCREENSHOT ${name}`);
  await waitFor(`screenshot ${name}`, () => fs.existsSync(path.join(dir, `${name}.done`)), 30000);
}

/** The workbench's suggest widget and quick input as shown, read by the harness from the page. */
export interface WidgetsState {
  suggest: { visible: boolean; labels: string[] };
  quickInput: { visible: boolean; title: string; value: string };
}

/** Asks the harness what the suggest widget and the quick input show; undefined where no harness can. */
export async function widgets(): Promise<WidgetsState | undefined> {
  const dir = process.env.DEMARC_ARTIFACTS;
  if (!dir) return undefined;
  const name = `widgets-${++inspections}`;
  console.log(`DEMARC_WIDGETS ${name}`);
  await waitFor(`widgets ${name}`, () => fs.existsSync(path.join(dir, `${name}.done`)), 30000);
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as WidgetsState;
}

/** Real keys into the focused element of the page: `press` one key (Control+s, Enter) or `type` text. */
export async function keys(how: 'press' | 'type', text: string): Promise<void> {
  const dir = process.env.DEMARC_ARTIFACTS;
  if (!dir) throw new Error('keys need the browser harness');
  const name = `keys-${++inspections}`;
  console.log(`DEMARC_KEYS ${name} ${how} ${text}`);
  await waitFor(`keys ${name}`, () => fs.existsSync(path.join(dir, `${name}.done`)), 30000);
}

/** One part of a Word package, as text (read with the reviewer's own zip reader). */
export async function docxPart(uri: vscode.Uri, name: string): Promise<string> {
  const entries = await readZip(Buffer.from(await vscode.workspace.fs.readFile(uri)));
  const part = entries.find((e) => e.name === name);
  if (!part) throw new Error(`${uri.fsPath} has no part ${name}`);
  return part.bytes.toString('utf8');
}
