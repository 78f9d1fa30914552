// The keystroke path's model cache: a table whose text, place and context are those of the last build is
// not read again. Reading tables is most of building the model (70% on a 10,000-line SOW), and a keystroke
// changes one table at most. A property test checks a build with the cache always equals one without.
import type { Range } from '../types';
import type { Party, ResponsibilityMatrix, ScopeText, ServiceLevelRow, ServiceLevelTable, ToolTable, UnreadTable } from './types';

/** What reading one table added to the model. Kept as read: each build adopts copies of the parts it later changes. */
export interface TableContribution {
  scope: ScopeText[];
  serviceLevels: ServiceLevelTable[];
  toolTables: ToolTable[];
  matrices: ResponsibilityMatrix[];
  unread: UnreadTable[];
  /** A table no reader read whose one row gives each plan a response time: service levels only if the SOW has none. */
  planResponse?: ServiceLevelRow[];
  /** Rows of a table of terms that state service hours, as "label: value" ("Support hours: 8x5"). */
  hoursRows?: { text: string; range: Range }[];
}

/** One per open document, beside its incremental parser. */
export class TableCache {
  private kept = new Map<string, TableContribution>();
  private used = new Map<string, TableContribution>();
  private partiesKey?: string;
  private parties: Party[] = [];

  /**
   * Starts a build. Readings point at party objects (a function's accountable party, a tool's owner), and
   * the model's readers compare parties by identity, so while the front matter names the same parties the
   * build takes the party objects the kept readings hold; other parties drop every reading.
   */
  begin(parties: Party[]): Party[] {
    const key = JSON.stringify(parties);
    if (key !== this.partiesKey) {
      this.kept.clear();
      this.partiesKey = key;
      this.parties = parties;
    }
    this.used = new Map();
    return this.parties;
  }

  /** The last build's reading of the table with this key (its place, context and text), else `read()`'s; kept for the next build. */
  reading(key: string, read: () => TableContribution | undefined): TableContribution | undefined {
    const reading = this.kept.get(key) ?? read();
    if (reading) this.used.set(key, reading);
    return reading;
  }

  /** Ends a build: only the tables it held are kept, so the cache is the size of the document. */
  end(): void {
    this.kept = this.used;
  }
}

/**
 * A build's own copies of what later steps change: service hours replace a service-level table's rows, and
 * exit terms are added to each tool. Everything else is read-only once read and is shared.
 */
export function adoptReading(reading: TableContribution): TableContribution {
  return {
    scope: reading.scope,
    matrices: reading.matrices,
    unread: reading.unread,
    serviceLevels: reading.serviceLevels.map((t) => ({ ...t })),
    planResponse: reading.planResponse,
    hoursRows: reading.hoursRows,
    toolTables: reading.toolTables.map((t) => ({ ...t, tools: t.tools.map((tool) => ({ ...tool, exitTerms: [...tool.exitTerms] })) })),
  };
}
