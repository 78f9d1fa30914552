import type { Finding } from '../types';
import { GROUP_OF, GROUP_ORDER, weakens } from './compare';
import type { Change, ChangeGroup, ChangeKind, Comparison, NotCompared } from './types';

/** A change as it is shown: where it stands in each version when that is not a line number (a Word place). */
export interface ChangeView extends Change {
  oldLocation?: string;
  newLocation?: string;
}

export interface FindingView {
  ruleId: string;
  messageId?: string;
  severity: Finding['severity'];
  message: string;
  /** 1-based, in its own version. */
  line: number;
  /** A Word file's place for it: "table 2, row 5 · Patch management". */
  location?: string;
}

/** A comparison as every format shows it (`demarc diff --format json` prints this). */
export interface ComparisonView {
  old: string;
  new: string;
  /** Whether any change weakens a term or the newer version introduces a finding: what `--fail-on worse` fails on. */
  weakens: boolean;
  changes: ChangeView[];
  findings: { introduced: FindingView[]; resolved: FindingView[] };
  /** Tables Demarc could not read, on either side: nothing of their kind is reported added or removed. */
  notCompared: (NotCompared & { location?: string })[];
}

export function findingView(f: Finding): FindingView {
  return {
    ruleId: f.ruleId,
    ...(f.messageId ? { messageId: f.messageId } : {}),
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
  };
}

export function comparisonView(comparison: Comparison, names: { old: string; new: string }): ComparisonView {
  return {
    old: names.old,
    new: names.new,
    weakens: weakens(comparison),
    // Keys in the order a reader of the JSON wants them, whatever order the comparison built them in.
    changes: comparison.changes.map(({ kind, subject, from, to, oldLine, newLine, line, weakens, note }) => ({
      kind,
      subject,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(oldLine !== undefined ? { oldLine } : {}),
      ...(newLine !== undefined ? { newLine } : {}),
      line,
      weakens,
      ...(note ? { note } : {}),
    })),
    findings: { introduced: comparison.findings.introduced.map(findingView), resolved: comparison.findings.resolved.map(findingView) },
    notCompared: comparison.notCompared,
  };
}

export const GROUP_TITLES: Record<ChangeGroup, string> = {
  parties: 'Parties and engagement model',
  functions: 'Functions and owners',
  'service-levels': 'Service levels',
  tools: 'Tools, access and exit terms',
  sections: 'Escalation and exit sections',
};

const KIND_LABELS: Record<ChangeKind, string> = {
  'party-changed': 'party changed',
  'model-changed': 'engagement model changed',
  'function-added': 'function added',
  'function-removed': 'function removed',
  'function-renamed': 'function renamed',
  'accountable-changed': 'accountable changed',
  'responsible-changed': 'responsible changed',
  'response-changed': 'response time changed',
  'resolution-changed': 'resolution time changed',
  'priority-added': 'priority added',
  'priority-removed': 'priority removed',
  'tool-added': 'tool added',
  'tool-removed': 'tool removed',
  'access-changed': 'client access changed',
  'exit-terms-added': 'exit terms added',
  'exit-terms-removed': 'exit terms removed',
  'section-added': 'section added',
  'section-removed': 'section removed',
};

export function kindLabel(kind: ChangeKind): string {
  return KIND_LABELS[kind];
}

/** "1 hour → 4 business hours (slower, now counted in business time)": what changed, in one line. */
export function describeChange(c: Change): string {
  const what =
    c.from !== undefined && c.to !== undefined
      ? `${c.from} → ${c.to}`
      : c.to !== undefined
        ? `now: ${c.to}`
        : c.from !== undefined
          ? `was: ${c.from}`
          : '';
  return c.note ? `${what} (${c.note})` : what;
}

/** The changes of each group that has any, in the groups' order. */
export function byGroup<C extends Change>(changes: readonly C[]): { group: ChangeGroup; title: string; changes: C[] }[] {
  return GROUP_ORDER.map((group) => ({
    group,
    title: GROUP_TITLES[group],
    changes: changes.filter((c) => GROUP_OF[c.kind] === group),
  })).filter((g) => g.changes.length > 0);
}

/** "5 changes, 2 weaken terms; findings: 1 introduced, 0 resolved". */
export function summarise(view: ComparisonView): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const weakening = view.changes.filter((c) => c.weakens).length;
  return `${plural(view.changes.length, 'change')}, ${plural(weakening, 'weakens a term', 'weaken terms')}; findings: ${view.findings.introduced.length} introduced, ${view.findings.resolved.length} resolved`;
}

/** Why a table was left out, in a reviewer's words. */
export function describeNotCompared(n: NotCompared & { location?: string }, names: { old: string; new: string }): string {
  const what = n.kind === 'matrix' ? 'responsibility matrix' : n.kind === 'service-levels' ? 'service-level table' : 'tool table';
  const absent = n.kind === 'matrix' ? 'functions' : n.kind === 'service-levels' ? 'priorities' : 'tools';
  return `The ${what} at ${n.location ?? `line ${n.line}`} of ${n.version === 'old' ? names.old : names.new} could not be read (${n.reason}); no ${absent} are reported ${n.version === 'old' ? 'added' : 'removed'}.`;
}

/** "17 → 19", "19", "was 17": where the subject stands in each version (Word places where there are no lines). */
export function describePlace(c: ChangeView): string {
  const was = c.oldLocation ?? (c.oldLine === undefined ? undefined : String(c.oldLine));
  const now = c.newLocation ?? (c.newLine === undefined ? undefined : String(c.newLine));
  if (was !== undefined && now !== undefined) return was === now ? now : `${was} → ${now}`;
  return now ?? (was !== undefined ? `was ${was}` : '');
}
