import type { Range } from '../types';

export type EngagementModel = 'managed' | 'co-managed';
export type PartyRole = 'client' | 'provider' | 'other';
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

export interface Party {
  name: string;
  role: PartyRole;
}

/** A table cell's text and the range of its content (between the pipes). */
export interface Cell {
  text: string;
  range: Range;
}

export interface FrontMatter {
  /** The whole `---` block, or undefined when the document has none. */
  range?: Range;
  data: Record<string, unknown>;
  /** Line range of each top-level key, for anchoring findings. */
  keys: Record<string, Range>;
  yamlError?: { message: string; range: Range };
  model?: EngagementModel;
  client?: Party;
  provider?: Party;
  others: Party[];
}

/** What each column of a recognised table holds, decided once here; fixes, completion and hover read it. */
export type MatrixColumnRole = 'function' | 'party' | 'owner' | 'free-text';
export type ServiceLevelColumnRole = 'priority' | 'response' | 'resolution' | 'hours' | 'other';
export type ToolColumnRole = 'tool' | 'kind' | 'owner' | 'access' | 'exit' | 'other';
export type ColumnRole = MatrixColumnRole | ServiceLevelColumnRole | ToolColumnRole;

export interface TableBase<Role extends ColumnRole = ColumnRole> {
  headerRow: Range;
  headerCells: Cell[];
  /** The role of each column, one per header cell. */
  columns: Role[];
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
}

export interface RaciAssignment {
  column: PartyColumn;
  cell: Cell;
  roles: RaciLetter[];
  /** False when the cell is neither RACI nor an empty marker. */
  valid: boolean;
}

export type FunctionStatus = 'assigned' | 'unassigned' | 'conflict';

export interface OwnerCell {
  cell: Cell;
  parties: Party[];
  unknownNames: string[];
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
  /** Parties holding R or A, by party name. */
  roles: Map<string, RaciLetter[]>;
  accountable: Party[];
  responsible: Party[];
  status: FunctionStatus;
}

export interface ResponsibilityMatrix extends TableBase<MatrixColumnRole> {
  kind: 'raci' | 'owner';
  partyColumns: PartyColumn[];
  functions: ResponsibilityFunction[];
}

export interface Duration {
  text: string;
  minutes: number;
  /** Counted in business hours or days, so it stops overnight and at weekends. */
  business: boolean;
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
}

export interface ServiceLevelTable extends TableBase<ServiceLevelColumnRole> {
  rows: ServiceLevelRow[];
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
}

export interface ToolTable extends TableBase<ToolColumnRole> {
  tools: Tool[];
}

export type SectionKind = 'escalation' | 'exit';

export interface Section {
  title: string;
  depth: number;
  heading: Range;
  /** From the heading to the line before the next heading of the same or higher level. */
  range: Range;
  kind?: SectionKind;
  /** Text and range of each list item, for exit terms. */
  listItems: { text: string; range: Range }[];
}

export interface SowModel {
  frontMatter: FrontMatter;
  parties: Party[];
  matrices: ResponsibilityMatrix[];
  functions: ResponsibilityFunction[];
  serviceLevels: ServiceLevelTable[];
  toolTables: ToolTable[];
  tools: Tool[];
  sections: Section[];
  /** HTML comments, where inline `demarc-disable` directives live. */
  comments: { text: string; range: Range }[];
  /** Line of the front matter's `model:` key, or line 0: where document-level findings go. */
  documentAnchor: Range;
  /** What closes a fence or HTML block left open at the end, which would swallow appended text. */
  openBlockCloser?: string;
}
