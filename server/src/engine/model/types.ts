import type { Range } from '../types';
import type { ToolKind } from '../vocabulary/tools';

export type EngagementModel = 'managed' | 'co-managed';
export type PartyRole = 'client' | 'provider' | 'other';
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

export interface Party {
  name: string;
  role: PartyRole;
  /** Other names the SOW uses for this party, from the front matter's `aliases:`. */
  aliases: string[];
}

/** A table cell's text and the range of its content (between the pipes). */
/** `transposed`: a pipe table with priorities written as columns; its cells are edited, rows are never inserted. */
export type TableForm = 'table' | 'html' | 'list' | 'transposed';

export interface Cell {
  text: string;
  range: Range;
  /** Where the cell is not a pipe-table cell: an HTML cell's edit replaces what is between its tags; a list item's takes none. */
  form?: 'html' | 'list';
  /** The whole cell is bold (`**Network**`): how a pipe table writes a label over the rows under it. */
  bold?: boolean;
}

export interface FrontMatter {
  /** The whole `---` block, or undefined when the document has none. */
  range?: Range;
  data: Record<string, unknown>;
  /** Line range of each top-level key, for anchoring findings. */
  keys: Record<string, Range>;
  yamlError?: { message: string; range: Range };
  engagementModel?: EngagementModel;
  client?: Party;
  provider?: Party;
  others: Party[];
}

/** What each column of a recognised table holds, decided once here; fixes, completion and hover read it. */
export type MatrixColumnRole = 'function' | 'party' | 'owner' | 'free-text';
/** `measure`: a column whose cells say what each row's time measures ("Respond", "Resolve"), in a table written long. */
/** `metric`: a first column of service metrics, some naming a tier and what is measured of it ("Critical Incident Response"). */
export type ServiceLevelColumnRole = 'priority' | 'response' | 'resolution' | 'hours' | 'after-hours' | 'measure' | 'metric' | 'other';
export type ToolColumnRole = 'tool' | 'kind' | 'owner' | 'access' | 'exit' | 'other';
export type ColumnRole = MatrixColumnRole | ServiceLevelColumnRole | ToolColumnRole;

export interface TableBase<Role extends ColumnRole = ColumnRole> {
  headerRow: Range;
  headerCells: Cell[];
  /** The role of each column, one per header cell. */
  columns: Role[];
  /** How it is written: rows are inserted only into a pipe table; an HTML table or a list is read, not edited row-wise. */
  form: TableForm;
  /** Range of the delimiter row, where new rows are inserted after. */
  delimiterRow: Range;
  lastRow: Range;
  columnCount: number;
}

export interface PartyColumn {
  index: number;
  header: Cell;
  /** Undefined when the header names no declared party. */
  party?: Party;
  /** Further parties a header names together ("Microsoft and Red Hat responsibilities"): they share the column's roles. */
  together?: Party[];
}

export interface RaciAssignment {
  column: PartyColumn;
  cell: Cell;
  roles: readonly RaciLetter[];
  /** False when the cell is neither RACI nor an empty marker. */
  valid: boolean;
  /** The cell describes the column's duties in a sentence: work held, in no stated role. */
  duty?: boolean;
}

/**
 * `not-applicable`: every party's cell says the function does not apply ("N/A", "Out of scope"). `unread`: no
 * party holds R or A that Demarc could read, and a party cell holds a value it could not read as a role
 * (invalid-raci reports the cell): who owns the work was not read, so nothing says nobody does.
 */
export type FunctionStatus = 'assigned' | 'unassigned' | 'conflict' | 'not-applicable' | 'unread';

export interface OwnerCell {
  cell: Cell;
  parties: Party[];
  unknownNames: string[];
  /** Teams or jobs named ("Service Desk", "Project Manager"): someone of one party or another, no party itself. */
  teams: string[];
  /** Both / Shared / Joint. */
  shared: boolean;
  placeholder: boolean;
  /** The row has no cell in the owner column at all (a ragged row). */
  absent: boolean;
}

/** One row of a responsibility matrix: an IT function and who does what. */
export interface ResponsibilityFunction {
  name: string;
  /** Name folded for comparison: case, spacing and punctuation ignored. */
  key: string;
  row: Range;
  nameCell: Cell;
  assignments: RaciAssignment[];
  owner?: OwnerCell;
  /** The row's free-text cells (Notes, Scope, …) by header: part of what the contract says. */
  notes: { header: string; cell: Cell }[];
  /** Parties holding R or A, by party name. */
  roles: Map<string, RaciLetter[]>;
  accountable: Party[];
  responsible: Party[];
  /** Parties whose duties for it are written out in sentences rather than roles: they do part of it, in no stated role. */
  described?: Party[];
  status: FunctionStatus;
  /** The column or group of columns it is read under when a table gives one row several owners ("Self-hosted", "Co-managed"). */
  variant?: string;
}

export interface ResponsibilityMatrix extends TableBase<MatrixColumnRole> {
  kind: 'raci' | 'owner';
  /** The paragraph right before the table ("During onboarding:", a bold label standing for a heading). */
  caption?: string;
  partyColumns: PartyColumn[];
  functions: ResponsibilityFunction[];
}

export interface Duration {
  text: string;
  minutes: number;
  /** Counted in business hours or days, so it stops overnight and at weekends. */
  business: boolean;
  /** Where business time was read when the cell itself does not say so ('the Hours column: "8-5 Mon-Fri"'). */
  businessFrom?: string;
  /** The unit it was written in: 24 business hours are not one business day. */
  unit?: 'minutes' | 'hours' | 'days';
}

export interface ServiceLevelRow {
  row: Range;
  priorityCell: Cell;
  /** 1 is the most urgent; undefined when the cell names no priority. */
  priority?: number;
  responseCell?: Cell;
  response?: Duration;
  resolutionCell?: Cell;
  resolution?: Duration;
  hoursCell?: Cell;
  /** The plan whose time this is, where a table gives each plan a column ("Base", "Enterprise"). */
  plan?: string;
}

export interface ServiceLevelTable extends TableBase<ServiceLevelColumnRole> {
  rows: ServiceLevelRow[];
  /** A clause elsewhere that makes its times only an effort, and its line. */
  effortOnly?: { text: string; line: number };
}

export type AccessLevel = 'read-write' | 'read-only' | 'none' | 'other' | 'missing';

export interface Tool {
  name: string;
  row: Range;
  nameCell: Cell;
  kindCell?: Cell;
  ownerCell?: Cell;
  owner?: Party;
  ownerUnknown: boolean;
  accessCell?: Cell;
  access: AccessLevel;
  exitCell?: Cell;
  /** Exit terms: the row's exit cell or list items of the exit section naming the tool. */
  exitTerms: Range[];
  isRmm: boolean;
  isTicketing: boolean;
  /** Its kind, from the tool gazetteer, when the name or kind cell says it. */
  kind?: ToolKind;
  /**
   * What says the provider brings it, in a reviewer's words, when the contract must say what happens to it at
   * exit (a delivery tool, or any tool of a table with owner, access or exit columns): see `needsExitTerms`.
   */
  broughtBy?: string;
  /** A tool that would need exit terms if the text tied it to the provider: nothing in its table does. */
  awaitsText: boolean;
  /** The heading of the SOW's section about it ("VSA X (Remote Monitoring & Management)"), when it has one. */
  section?: Range;
}

/** A pipe table Markdown took for a paragraph's text or a code block, where it stands. */
export interface StrayTable {
  headerRow: Range;
  /** Its first line (0-based), and each of its lines' indent, first to last. */
  first: number;
  indents: number[];
  /** The indent that makes these lines a table where they stand (the text column of the list item), when known. */
  indent?: number;
  /** The table ends its paragraph or block: moved, no text after it joins it as a row. */
  endsBlock: boolean;
  /** Markdown took the lines for an indented code block, not a paragraph's text. */
  asCode: boolean;
}

export interface ToolTable extends TableBase<ToolColumnRole> {
  tools: Tool[];
  /**
   * A list of the provider's own vendors and where they process data (a subprocessor list): tools of its
   * operation, not delivered to the client, so none is asked for exit or access terms.
   */
  processing?: true;
}

export type SectionKind = 'escalation' | 'exit';

export interface Section {
  title: string;
  depth: number;
  /** A bold line standing for a heading (Word's way, kept by conversion): a section all the same, not in the outline. */
  bold?: boolean;
  /** A bold line that is a term being defined ("**Excluded Causes**:"): it ends at the next term defined. */
  term?: boolean;
  heading: Range;
  /** From the heading to the line before the next heading of the same or higher level. */
  range: Range;
  kind?: SectionKind;
  /** Text and range of each list item, for exit terms. */
  listItems: { text: string; range: Range }[];
  /** Text and range of each paragraph: exit terms and escalation paths are often written as prose. */
  paragraphs: { text: string; range: Range }[];
}

export type TableKind = 'matrix' | 'service-levels' | 'tools';

/** A table that looks like a matrix, SLA or tool table but could not be read: reported, never ignored. */
export interface UnreadTable {
  kind: TableKind;
  headerRow: Range;
  /** What stopped the reading and how to write it, in a reviewer's words. */
  reason: string;
}

/** A tool the SOW names outside a tool table (in prose, a list or another table): a product, or a kind of tool. */
export interface ToolMention {
  name: string;
  /** Its kind, in a reviewer's words ("RMM", "backup system"). */
  kind: string;
  toolKind: ToolKind;
  /** The line of its first mention. */
  row: Range;
  isRmm: boolean;
  isTicketing: boolean;
  exitTerms: Range[];
}

/** A piece of the SOW's text that can state scope: a heading, paragraph, list item or table cell. */
export interface ScopeText {
  text: string;
  range: Range;
  /** Under an exclusions heading, or saying "not included" / "out of scope": it removes scope, never adds it. */
  excluded: boolean;
  /** A cell of a service-level table: it defines priorities by the incidents they cover, so it states no scope and brings no tool. */
  serviceLevel?: boolean;
  /** A heading: a policy's title names no tool ("Password Management Policy"). */
  heading?: boolean;
}

export interface SowModel {
  frontMatter: FrontMatter;
  parties: Party[];
  matrices: ResponsibilityMatrix[];
  functions: ResponsibilityFunction[];
  serviceLevels: ServiceLevelTable[];
  toolTables: ToolTable[];
  tools: Tool[];
  unreadTables: UnreadTable[];
  /** Everything the body says, block by block, for rules that ask whether a service is in scope at all. */
  scope: ScopeText[];
  /** Tools named outside tool tables, one per kind no tool table already lists. */
  toolMentions: ToolMention[];
  /**
   * A sentence that answers every request only in business hours and gives no time ("All tickets will be
   * responded to within SLA Business Hours"), with no service-level table; or a list's top tier answered so ("All
   * urgent matters during office hours will be responded immediately"). A P1 raised at night waits for it.
   */
  responseHoursOnly?: { text: string; range: Range };
  sections: Section[];
  /** HTML a browser hides (the `hidden` attribute, `display:none`): not read, and said. */
  hidden: Range[];
  /**
   * Pipe tables Markdown reads as text (indented off their list item, or four spaces after a paragraph): read
   * as tables all the same, and said, with the indent that makes them tables where known.
   */
  strayTables: StrayTable[];
  /** HTML comments, where inline `demarc-disable` directives live. */
  comments: { text: string; range: Range }[];
  /** Line of the front matter's `model:` key, or line 0: where document-level findings go. */
  documentAnchor: Range;
  /**
   * The language the body reads as, when it is not English (vocabulary/language.ts). Of such a document a rule's
   * `absence` messages are asserted only for the topics Demarc holds that language's words for.
   */
  language?: string;
  /** What closes a fence or HTML block left open at the end, which would swallow appended text. */
  openBlockCloser?: string;
}
