// What changed between two versions of a SOW, read as a reviewer reads them: the parties, who owns each
// function, the service levels, the tools and their access, and the escalation and exit terms. Both
// versions are compared as read (models and findings), never as text, so rows that moved, cells reworded
// to say the same thing and a Word file against its Markdown change nothing.
import type { Party, SowModel, TableKind } from '../model/types';
import { fold } from '../vocabulary/words';
import { documentLine, lineOf, type Versions } from './common';
import { compareFindings } from './findings';
import { compareFunctions } from './functions';
import { compareSections } from './sections';
import { compareServiceLevels } from './serviceLevels';
import { compareTools } from './tools';
import type { Change, ChangeGroup, ChangeKind, ComparedVersion, Comparison, NotCompared } from './types';

export const GROUP_OF: Record<ChangeKind, ChangeGroup> = {
  'party-changed': 'parties',
  'model-changed': 'parties',
  'function-added': 'functions',
  'function-removed': 'functions',
  'function-renamed': 'functions',
  'accountable-changed': 'functions',
  'responsible-changed': 'functions',
  'response-changed': 'service-levels',
  'resolution-changed': 'service-levels',
  'priority-added': 'service-levels',
  'priority-removed': 'service-levels',
  'tool-added': 'tools',
  'tool-removed': 'tools',
  'access-changed': 'tools',
  'exit-terms-added': 'tools',
  'exit-terms-removed': 'tools',
  'section-added': 'sections',
  'section-removed': 'sections',
};

export const GROUP_ORDER: readonly ChangeGroup[] = ['parties', 'functions', 'service-levels', 'tools', 'sections'];

/** Kinds that say something is there in one version and not the other, and the kind of table it stands in. */
const PRESENCE: Partial<Record<ChangeKind, { table: TableKind; absentIn: 'old' | 'new' }>> = {
  'function-added': { table: 'matrix', absentIn: 'old' },
  'function-removed': { table: 'matrix', absentIn: 'new' },
  'priority-added': { table: 'service-levels', absentIn: 'old' },
  'priority-removed': { table: 'service-levels', absentIn: 'new' },
  'tool-added': { table: 'tools', absentIn: 'old' },
  'tool-removed': { table: 'tools', absentIn: 'new' },
};

/** Compares two analysed versions of a SOW. Pure and linear in their size (bounded where pairing weighs candidates). */
export function compareVersions(old: ComparedVersion, now: ComparedVersion): Comparison {
  const v: Versions = { old, new: now, changes: [] };
  compareParties(v);
  const renames = compareFunctions(v);
  compareServiceLevels(v);
  const byTool = compareTools(v);
  compareSections(v, byTool);

  // Never assert what was not read: beside a table Demarc could not read, nothing of its kind is said to be absent.
  const notCompared: NotCompared[] = (['old', 'new'] as const).flatMap((version) =>
    v[version].model.unreadTables.map((t) => ({ version, kind: t.kind, line: lineOf(t.headerRow), reason: t.reason })),
  );
  const unread = new Set(notCompared.map((n) => `${n.version}\n${n.kind}`));
  const changes = v.changes.filter((c) => {
    const presence = PRESENCE[c.kind];
    return !presence || !unread.has(`${presence.absentIn}\n${presence.table}`);
  });
  const rank = new Map(GROUP_ORDER.map((g, i) => [g, i]));
  changes.sort(
    (a, b) => rank.get(GROUP_OF[a.kind])! - rank.get(GROUP_OF[b.kind])! || a.line - b.line || (a.oldLine ?? 0) - (b.oldLine ?? 0),
  );
  return { changes, findings: compareFindings(old, now, renames), notCompared };
}

/** Whether the newer version promises less: a change that weakens a term, or a finding it introduces. */
export function weakens(comparison: Comparison): boolean {
  return comparison.changes.some((c) => c.weakens) || comparison.findings.introduced.length > 0;
}

/** Changes weakening a term first, each group in reading order: how a reviewer triages them. */
export function weakeningFirst(changes: readonly Change[]): Change[] {
  return [...changes.filter((c) => c.weakens), ...changes.filter((c) => !c.weakens)];
}

function compareParties(v: Versions): void {
  const oldFm = v.old.model.frontMatter;
  const newFm = v.new.model.frontMatter;
  const keyLine = (model: SowModel, key: string) => {
    const range = model.frontMatter.keys[key];
    return range ? lineOf(range) : documentLine(model);
  };
  for (const role of ['client', 'provider'] as const) {
    const was = oldFm[role]?.name;
    const now = newFm[role]?.name;
    if (fold(was ?? '') === fold(now ?? '')) continue;
    v.changes.push({
      kind: 'party-changed',
      subject: role === 'client' ? 'Client' : 'Provider',
      ...(was ? { from: was, oldLine: keyLine(v.old.model, role) } : {}),
      ...(now ? { to: now, newLine: keyLine(v.new.model, role) } : {}),
      line: keyLine(v.new.model, role),
      weakens: false,
    });
  }
  const others = (parties: Party[]) => new Map(parties.filter((p) => p.role === 'other').map((p) => [fold(p.name), p.name]));
  const oldOthers = others(v.old.model.parties);
  const newOthers = others(v.new.model.parties);
  for (const [key, name] of oldOthers)
    if (!newOthers.has(key))
      v.changes.push({ kind: 'party-changed', subject: 'Party', from: name, line: documentLine(v.new.model), weakens: false });
  for (const [key, name] of newOthers)
    if (!oldOthers.has(key))
      v.changes.push({ kind: 'party-changed', subject: 'Party', to: name, line: documentLine(v.new.model), weakens: false });
  const wasModel = oldFm.engagementModel;
  const nowModel = newFm.engagementModel;
  if (wasModel !== nowModel)
    v.changes.push({
      kind: 'model-changed',
      subject: 'Engagement model',
      from: wasModel ?? 'not stated',
      to: nowModel ?? 'not stated',
      oldLine: keyLine(v.old.model, 'model'),
      newLine: keyLine(v.new.model, 'model'),
      line: keyLine(v.new.model, 'model'),
      weakens: false,
    });
}
