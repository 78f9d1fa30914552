// What an ignored pipe table holds, in coarse traits counted over a whole part: which reader's evidence was
// there and which was missing. Only the counts are printed, never a table or its document, so the blind
// part stays blind while its gap can still be told apart (party headers missing, or roles in unread words).
import type { Root, RootContent } from 'mdast';
import { describesTool } from '../../server/src/engine/model/tools';
import { parseMarkdown } from '../../server/src/engine/parse';
import { tableRowCells } from '../../server/src/engine/queries';
import type { Party } from '../../server/src/engine/model/types';
import { isRoleWord, isSharedWord, resolveParty, writtenAsName } from '../../server/src/engine/vocabulary/parties';
import { parseRaci, writtenAsLetters } from '../../server/src/engine/vocabulary/raci';
import { toolNamedIn, toolMentionsIn } from '../../server/src/engine/vocabulary/tools';
import { parseDuration } from '../../server/src/engine/vocabulary/duration';
import { isEmptyMarker } from '../../server/src/engine/vocabulary/words';

/** A row's cells as the engine splits them, less emphasis marks. */
const cellsOf = (line: string) => (tableRowCells(line) ?? []).map((c) => c.replace(/[*_`]/g, '').trim());

/** The traits of the pipe table whose header row stands on `line` (0-based), one name per trait present. */
export function ignoredShape(lines: readonly string[], line: number, parties: readonly Party[], tables: ReadonlySet<number>): string[] {
  const header = cellsOf(lines[line] ?? '');
  const rows: string[][] = [];
  for (let l = line + 2; l < lines.length && lines[l].includes('|') && rows.length < 200; l++) rows.push(cellsOf(lines[l]));
  const traits = [`${Math.min(header.length, 5)}${header.length >= 5 ? '+' : ''} columns`, `${rows.length < 3 ? 'under 3' : rows.length < 10 ? '3-9' : '10+'} rows`];
  const isParty = (t: string) => t !== '' && (resolveParty(t, parties as Party[]) !== undefined || isRoleWord(t) || isSharedWord(t));
  for (const [i, h] of header.entries()) if (i < 3) traits.push(`header ${i + 1} ${headerClass(h)}`);
  if (!tables.has(line)) traits.push('not parsed as a table');
  if (/^\s/.test(lines[line] ?? '')) traits.push('indented');
  if (header.every((h) => h === '')) traits.push('empty header');
  if (header.slice(1).some(isParty)) traits.push('header names a party');
  if (isParty(header[0] ?? '')) traits.push('first header names a party');
  if (rows.some((r) => isParty(r[0] ?? ''))) traits.push('first column names a party');
  const body = rows.flatMap((r) => r.slice(1)).filter((c) => c !== '' && !isEmptyMarker(c));
  const share = (test: (c: string) => boolean) => (body.length === 0 ? 0 : body.filter(test).length / body.length);
  if (body.length === 0) traits.push('no cells after the first column');
  if (share((c) => writtenAsLetters(c)) >= 0.5) traits.push('cells mostly RACI letters');
  else if (share((c) => parseRaci(c).valid) >= 0.5) traits.push('cells mostly marks');
  if (share(isParty) >= 0.3) traits.push('cells name parties');
  if (share((c) => c.split(/\s+/).length > 6) >= 0.5) traits.push('cells mostly sentences');
  if (share((c) => parseDuration(c) !== undefined) >= 0.3) traits.push('cells hold durations');
  const columnShare = (i: number, test: (c: string) => boolean) => {
    const cells = rows.map((r) => r[i] ?? '').filter((c) => c !== '');
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  // The evidence the tool reader weighs: names in the first column, words of what tools do beside them.
  if (columnShare(0, (c) => writtenAsName(c) && c.split(/\s+/).length <= 4) >= 0.5) traits.push('first column mostly short names');
  if (columnShare(0, describesTool) >= 0.5) traits.push('first column mostly tool words');
  if (header.length > 1 && Math.max(...header.slice(1).map((_, i) => columnShare(i + 1, describesTool))) >= 0.5) traits.push('a later column mostly tool words');
  // What the cells beside the names speak of, and whether the table is a list of the provider's own vendors.
  if (share((c) => /\b(?:software|application|app|platform|system|portal|tool|console|dashboard|agent)s?\b/i.test(c)) >= 0.3)
    traits.push('later cells speak of software');
  if (share((c) => /\b(?:data|backups?|logs?|records|history|files|storage|stored|hosting|hosted)\b/i.test(c)) >= 0.3)
    traits.push('later cells speak of data');
  if (header.some((h) => /sub-?processors?|processing|processors?/i.test(h))) traits.push('a header says processing');
  if (header.some((h) => /\b(?:location|country|countries|region|jurisdiction)\b/i.test(h))) traits.push('a header says location');
  const near = lines.slice(Math.max(0, line - 12), line).join(' ');
  if (/sub-?processors?|personal data|data protection|gdpr/i.test(near)) traits.push('lead-in speaks of processing');
  if (rows.filter((r) => toolNamedIn(r[0] ?? '', true)).length >= 2) traits.push('first column names tools');
  else if (rows.filter((r) => r.some((c) => toolMentionsIn(c).some((m) => m.product))).length >= 2) traits.push('cells name tool products');
  return traits;
}

/** The 0-based lines where the Markdown parser starts a table, at any depth. */
export function tableStarts(text: string): Set<number> {
  const starts = new Set<number>();
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'table' && node.position) starts.add(node.position.start.line - 1);
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(parseMarkdown(text));
  return starts;
}

/** A header's words in a coarse class: enough to tell which reader's vocabulary a table fell outside of. */
function headerClass(header: string): string {
  const h = header.toLowerCase();
  const classes: [string, RegExp][] = [
    ['empty', /^$/],
    ['tool word', /\b(tools?|platforms?|software|systems?|applications?|apps?|products?|solutions?|technolog(?:y|ies))\b/],
    ['licence', /\blicen[cs]/],
    ['hardware', /\b(hardware|devices?|equipment|assets?|appliances?)\b/],
    ['agent', /\bagents?\b/],
    ['service', /\bservices?\b/],
    ['vendor', /\b(vendors?|suppliers?|manufacturers?|providers?)\b/],
    ['kind', /\b(category|categories|type|kind|class)\b/],
    ['purpose', /\b(purpose|description|use|used for|function|details?|notes?)\b/],
    ['name', /\bnames?\b/],
    ['owner', /\b(owner|owned|responsib|managed by|provided by)\b/],
    ['access', /\b(access|permissions?|rights)\b/],
  ];
  return classes.find(([, re]) => re.test(h))?.[0] ?? 'other';
}
