import { parseAccess } from '../vocabulary/access';
import { isRoleWord, isSharedWord, oneOrganisation, ownerNames, resolveParty, writtenAsName } from '../vocabulary/parties';
import { parseRaci } from '../vocabulary/raci';
import {
  ALL_TOOLS_WORDS,
  EXIT_KINDS,
  isRmm,
  isTicketing,
  kindFlags,
  RMM_EXIT_WORDS,
  providedBy,
  RMM_WORDS,
  TICKETING_EXIT_WORDS,
  TICKETING_WORDS,
  toolNamedIn,
  inClientEstate,
  removesSoftware,
} from '../vocabulary/tools';
import { isEmptyMarker, mentionsAny } from '../vocabulary/words';
import { headerWords, shareOf, tableBase } from './cells';
import type { Grid, ReadResult } from './grid';
import { EXIT_DE } from './sections';
import type { Party, Tool, ToolColumnRole, ToolTable } from './types';

const TOOL = (h: string) =>
  /^(tools?|platforms?|tool \/ platform|systems?|applications?|software|products?|solutions?|name|tools? and platforms?|software tools?|technolog(?:y|ies)|tools? ?\/ ?services?|product names?|objects?|components?|subprocessors?|werkzeuge?|systeme|anwendungen?|plattformen?|produkte?)$/.test(
    h,
  ) ||
  /^(tool|platform|software|system|product)\b/.test(h) ||
  /\btools?\b/.test(h);
/**
 * A first column headed as nothing but tools ("Tool", "Software", "Tool/Service", "Source/platform"): the
 * header alone says what the rows are, though Demarc may know none of them.
 */
export const headsToolList = (h: string) =>
  /^(?:tools?|software|platforms?|tools? ?\/ ?services?|(?:source|service) ?\/ ?platforms?)$/.test(h.trim());
/** A tool column's header that says tools or software, not merely platforms or systems. */
const SAYS_TOOLS = /\btools?\b|^software/;
// Each header test holds German after English, by stem ("Eigentümer", "Zugriff", "bei Vertragsende", "Zweck").
const OWNER = (h: string) =>
  /\b(owner|owned by|licen[cs]e holder|licensed to|provided by|supplied by|managed by|controlled by|administered by|system admin\w*)\b/.test(
    h,
  ) || /eigent(?:ü|ue)mer|verantwortlich|betreiber|inhaber|lizenznehmer|bereitgestellt von/.test(h);
const ACCESS = (h: string) => /\b(access|permissions?|rights)\b/.test(h) || /zugriff|zugang|berechtigung|rechte/.test(h);
const EXIT = (h: string) =>
  /\b(exit|termination|offboarding|transition|on exit|at exit|end of (?:term|contract))\b/.test(h) ||
  EXIT_DE.test(h) ||
  /r(?:ü|ue)ckgabe/.test(h);
const KIND = (h: string) =>
  /^(kind|type|category|purpose|use|used for|function|what it does|role|tool type|zweck|typ|art|kategorie|funktion|verwendung)$/.test(h);
/** A list of the provider's own vendors and where they process data (a subprocessor list): tools of its operation, not delivered to the client. */
const PROCESSING = /\b(locations?|countr(?:y|ies)|regions?|processing|subprocessors?|data processed)\b/;

const ROLE_TESTS: [ToolColumnRole, (h: string) => boolean][] = [
  ['owner', OWNER],
  ['access', ACCESS],
  ['exit', EXIT],
  ['kind', KIND],
];

/** Whether a cell describes a tool: a product or kind the gazetteer knows, or a word of what tools do. */
export const describesTool = (t: string) =>
  toolNamedIn(t) !== undefined ||
  isRmm(t) ||
  isTicketing(t) ||
  /\b(edr|backup|antivirus|mdm|documentation|password|firewall|monitoring|remote)\b/i.test(t);
/** A cell that could name a tool: not a mark, a yes or no, a number or a sentence. */
export const looksLikeName = (t: string) =>
  !/^(?:[xy✓✔☑✅●•✗✘-]|yes|no|n\/a|\d[\d.,%$€£ ]*)$/i.test(t.trim()) && t.split(/\s+/).length <= 8;

/**
 * "Vendor | Purpose" over names Demarc does not know: the first column is the tools' when the purpose column
 * beside it says what tools do for most rows ("Remote monitoring", "Backup") and the first column holds proper
 * names that describe no service themselves ("Managed Backup" is a service, "Acme Vault" a product).
 */
function namedByPurpose(grid: Grid, headers: string[]): number {
  const kind = headers.findIndex((h) => KIND(h));
  if (kind <= 0 || /\bservices?\b/.test(headers[0]) || grid.rows.length < 2) return -1;
  const properName = (t: string) => looksLikeName(t) && writtenAsName(t) && !describesTool(t);
  return shareOf(grid, kind, describesTool) >= 0.5 && shareOf(grid, 0, properName) >= 0.8 ? 0 : -1;
}

/** A subprocessor list says so in a header or in the headings and lead-in over it. */
const SUBPROCESSORS = /\bsub-?processors?\b/i;
/** What a provider's vendor does when it is a tool of the service: hosting, storage, logging, support desks. */
const OPERATES =
  /\b(?:hosting|hosted|storage|infrastructure|cloud|servers?|e-?mail|support|help ?desk|logging|logs?|error tracking|version control|code|repositor(?:y|ies))\b/i;

/**
 * The column of names in a subprocessor list ("Sub-processor | Purpose", "Name | Purpose | Location" under
 * "These Subprocessors provide our infrastructure"): short proper names, in a list where at least one vendor
 * is a tool of the service (a product or kind the gazetteer knows, or hosting, storage, a support desk). A list
 * of payment and analytics vendors holds no tool; -1 when it is none.
 */
function subprocessorNames(grid: Grid, headers: string[], context: readonly string[]): number {
  if (!headers.some((h) => SUBPROCESSORS.test(h)) && !context.some((t) => SUBPROCESSORS.test(t))) return -1;
  const names = headers.findIndex(
    (h, i) => i <= 1 && !KIND(h) && shareOf(grid, i, looksLikeName) >= 0.8 && shareOf(grid, i, writtenAsName) >= 0.5,
  );
  const tool = (t: string) => describesTool(t) || OPERATES.test(t);
  return names >= 0 && grid.rows.some((r) => r.cells.some((c) => c !== undefined && tool(c.text))) ? names : -1;
}

/** What a tool table's columns hold, and how sure the reading is of each row being a tool to exit. */
function roles(
  grid: Grid,
  parties: Party[],
  context: readonly string[],
): { columns: ToolColumnRole[]; explicit: boolean; byHeader: boolean; headed: boolean; subprocessors: boolean } | undefined {
  const headers = headerWords(grid);
  const columns: ToolColumnRole[] = headers.map(() => 'other');
  // A column headed as the tools wins; else the column whose cells name tools (not a Kind column of "RMM", "PSA"),
  // else proper names beside a purpose column that says what tools they are.
  const headed = headers.findIndex((h) => TOOL(h));
  // The column naming the tools: by what its cells name (the tool gazetteer), else by its header.
  const names = (i: number) => (t: string) => toolNamedIn(t, i === headed) !== undefined;
  const named = (i: number) => grid.rows.filter((r) => names(i)(r.cells[i]?.text ?? '')).length;
  const namesTools = (i: number) => named(i) >= 2 && shareOf(grid, i, names(i)) >= 0.5;
  // Products named as courses or certificates ("Required Training": "Jamf 300") are no tools anyone brings.
  const byNames =
    headed >= 0
      ? headed
      : headers.findIndex((h, i) => i <= 2 && !KIND(h) && !/\b(?:training|courses?|certifications?)\b/.test(h) && namesTools(i));
  // A list that says it holds subprocessors is read as one, whatever else its columns would suggest.
  const listed = subprocessorNames(grid, headers, context);
  const tool = listed >= 0 ? listed : byNames >= 0 ? byNames : namedByPurpose(grid, headers);
  if (tool < 0) return undefined;
  const byContent = namesTools(tool) ? tool : -1;
  columns[tool] = 'tool';
  for (const [role, test] of ROLE_TESTS) {
    const i = headers.findIndex((h, index) => columns[index] === 'other' && test(h));
    if (i >= 0) columns[i] = role;
  }
  // Tools as rows of a responsibility matrix (a party's name over RACI letters) are that matrix's functions.
  const isParty = (t: string) => resolveParty(t, parties) !== undefined || isRoleWord(t);
  if (
    grid.header.some(
      (c, i) =>
        columns[i] === 'other' && isParty(c.text) && shareOf(grid, i, (t) => parseRaci(t).valid && parseRaci(t).roles.length > 0) >= 0.5,
    )
  )
    return undefined;
  // Rows of marks, yes/no or numbers name no tools (an entitlement table, a price list).
  if (shareOf(grid, tool, looksLikeName) < 0.8) return undefined;
  // Access or exit columns make it a tool table in the SOW's own terms: every row is a tool to settle at exit.
  const explicit = columns.some((r) => r === 'access' || r === 'exit');
  // Rows the gazetteer does not know are tools to settle only under a header that says tools or software: a
  // "Platform" may be a social network or a cloud the work integrates with, a "System" the client's own.
  const byHeader = byContent < 0 && SAYS_TOOLS.test(headers[tool]);
  const result = { columns, explicit, byHeader, headed: tool === headed, subprocessors: listed >= 0 };
  if (listed >= 0) return result;
  if (byContent >= 0 || explicit || (columns.includes('owner') && (SAYS_TOOLS.test(headers[tool]) || /^platforms?$/.test(headers[tool]))))
    return result;
  // "System | Purpose": a tool table only when its rows describe tools.
  const kind = columns.indexOf('kind');
  return kind >= 0 && Math.max(shareOf(grid, tool, describesTool), shareOf(grid, kind, describesTool)) >= 0.5 ? result : undefined;
}

/**
 * A tool table: a column naming tools, found by what its cells name (products and tool kinds in the tool
 * gazetteer) or by its header with owner, access or exit columns beside it. Each row's kind comes from the
 * gazetteer; a row needs exit terms when it is a delivery tool, or any tool of a table that has owner, access
 * or exit columns (a tool table written as one), and when something says the provider brings it: its table's
 * access or exit columns, an owner cell naming someone other than the client, its row's words ("the remote
 * support tool we use"), or the headings and lead-in over the table ("How we deliver support"). A list of tools
 * with none of these (software a client may choose, an alternative "used if needed") waits for the text to
 * tie a tool to the provider (`confirmToolsByText`). `context` holds the two nearest headings and the lead-in.
 */
export function readToolTable(grid: Grid, parties: Party[], context: readonly string[] = []): ReadResult<ToolTable> | undefined {
  const found = roles(grid, parties, context);
  if (!found) return undefined;
  const { columns, explicit, byHeader, headed, subprocessors } = found;
  const provider = parties.find((p) => p.role === 'provider')?.name;
  const tiedByContext = context.find((t) => providedBy(t, provider));
  const headers = headerWords(grid);
  // A subprocessor list holds the provider's own vendors; between two parts of one organisation its tools stay put.
  const processing = subprocessors || headers.some((h) => PROCESSING.test(h)) || oneOrganisation(parties);
  // A form to fill in (an onboarding questionnaire's "Software | Owner | Access" with every cell beside the
  // names empty) lists kinds of software to ask about, not tools anyone brings: nothing to exit yet.
  const tool = columns.indexOf('tool');
  const blankForm = grid.header.length > 1 && grid.rows.every((r) => r.cells.every((c, i) => i === tool || !c || c.text === ''));
  // Named a subprocessor list (not merely a tool table with a Location column): no access asked of it either.
  const vendors = subprocessors || headers.some((h) => SUBPROCESSORS.test(h) || /\bprocessing\b/.test(h));
  const toolTable: ToolTable = { ...tableBase(grid, columns), tools: [], ...(vendors ? { processing: true as const } : {}) };
  const at = (role: ToolColumnRole) => columns.indexOf(role);
  for (const row of grid.rows) {
    const cell = (role: ToolColumnRole) => (at(role) < 0 ? undefined : row.cells[at(role)]);
    const nameCell = cell('tool');
    if (!nameCell || nameCell.text === '') continue;
    const kindCell = cell('kind');
    const ownerCell = cell('owner');
    const accessCell = cell('access');
    const exitCell = cell('exit');
    const describes = `${nameCell.text} ${kindCell?.text ?? ''}`;
    const owner = ownerCell && !isEmptyMarker(ownerCell.text) ? resolveParty(ownerCell.text, parties) : undefined;
    const named = toolNamedIn(nameCell.text, headed) ?? (kindCell ? toolNamedIn(kindCell.text) : undefined);
    const kind = named?.kind;
    const flags = kindFlags(kind);
    const wouldNeed =
      !processing && !blankForm && !named?.tenant && owner?.role !== 'client' && (kind ? EXIT_KINDS.has(kind) : explicit || byHeader);
    const besides = row.cells.flatMap((c, i) => (i !== tool && c ? [c.text] : [])).join(' · ');
    // A monitoring tool tied to the provider only by words may watch the provider's own platform (inClientEstate).
    const watched = !kind || inClientEstate(kind, named?.product === true, [nameCell.text, besides, ...context].join(' · '));
    const broughtBy = !wouldNeed
      ? undefined
      : ownerCell && !isEmptyMarker(ownerCell.text)
        ? `its owner cell reads "${ownerCell.text}"`
        : explicit
          ? 'its table has access or exit columns'
          : providedBy(besides, provider) && watched
            ? 'its row ties it to the provider'
            : tiedByContext !== undefined && watched
              ? `"${tiedByContext.slice(0, 60)}" ties the table to the provider`
              : undefined;
    toolTable.tools.push({
      name: nameCell.text,
      row: row.range,
      nameCell,
      kindCell,
      ownerCell,
      accessCell,
      exitCell,
      owner,
      // "Contoso / Northwind" or "Both" names declared parties: shared, not unknown.
      ownerUnknown:
        ownerCell !== undefined &&
        !isEmptyMarker(ownerCell.text) &&
        owner === undefined &&
        ownerNames(ownerCell.text).some((name) => !isSharedWord(name) && resolveParty(name, parties) === undefined),
      access: parseAccess(accessCell?.text),
      exitTerms: exitCell && !isEmptyMarker(exitCell.text) ? [exitCell.range] : [],
      isRmm: flags.isRmm || isRmm(describes),
      isTicketing: flags.isTicketing || isTicketing(describes),
      kind,
      // A row the gazetteer does not know needs exit terms in a table written as a tool table (by its header);
      // a list recognised only by the tools it names may hold anything beside them.
      // A tool the client owns stays with the client: nothing to hand back or remove at exit.
      broughtBy,
      awaitsText: wouldNeed && broughtBy === undefined,
    });
  }
  return { read: toolTable };
}

/** Whether the contract must say what happens to a tool at exit: something says the provider brings it. */
export function needsExitTerms(tool: Tool): boolean {
  return tool.broughtBy !== undefined;
}

/** Whether exit terms cover every tool, any RMM, or any ticketing system, whatever its name. */
export function genericExitTerms(text: string): { all: boolean; rmm: boolean; ticketing: boolean } {
  return {
    all: mentionsAny(text, ALL_TOOLS_WORDS) || removesSoftware(text),
    rmm: mentionsAny(text, RMM_WORDS) || mentionsAny(text, RMM_EXIT_WORDS),
    ticketing: mentionsAny(text, TICKETING_WORDS) || mentionsAny(text, TICKETING_EXIT_WORDS),
  };
}
