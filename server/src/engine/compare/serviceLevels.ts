import type { Cell, Duration, ServiceLevelRow, SowModel } from '../model/types';
import { sectionTitleAt } from '../reading';
import { describeDuration } from '../vocabulary/duration';
import { fold } from '../vocabulary/words';
import { documentLine, lineOf, type Versions } from './common';
import { Pairing } from './pairing';
import type { Change } from './types';

interface Level {
  row: ServiceLevelRow;
  /** The heading the table stands under: incidents and service requests may each have a P1. */
  context: string;
}

/**
 * Service-level rows are paired by the priority they were read as (P1, "1-Critical" and "Severity 1" are the
 * same tier) under the same heading, then by tier anywhere; a row whose priority was not read, by its label.
 */
export function compareServiceLevels(v: Versions): void {
  const levels = (model: SowModel): Level[] =>
    model.serviceLevels.flatMap((t) => {
      const context = fold(sectionTitleAt(model, t.headerRow.start.line) ?? '');
      return t.rows.map((row) => ({ row, context }));
    });
  // A plan's P1 pairs with the same plan's: "Base" and "Enterprise" each promise their own.
  const tier = (l: Level) =>
    `${l.row.plan ? `${fold(l.row.plan)}:` : ''}${l.row.priority === undefined ? `label:${fold(l.row.priorityCell.text)}` : `P${l.row.priority}`}`;
  const pairing = new Pairing(levels(v.old.model), levels(v.new.model));
  pairing.pairBy((l) => `${l.context}\n${tier(l)}`);
  pairing.pairBy(tier);
  // Several tables (incidents, requests) each with a P1: the subject says which.
  const several = v.old.model.serviceLevels.length > 1 || v.new.model.serviceLevels.length > 1;
  const subject = (l: Level, model: SowModel) => {
    const label = l.row.priorityCell.text.trim();
    // "Critical (P1)" says its tier; "Critical" gets Demarc's reading beside it.
    const read =
      l.row.priority === undefined || new RegExp(`\\bp${l.row.priority}\\b`, 'i').test(label) ? label : `${label} (P${l.row.priority})`;
    const table = model.serviceLevels.find((t) => t.rows.includes(l.row));
    const heading = several && table ? sectionTitleAt(model, table.headerRow.start.line) : undefined;
    const named = l.row.plan ? `${read} · ${l.row.plan}` : read;
    return heading ? `${named} · ${heading}` : named;
  };

  for (const [o, n] of pairing.toNew) {
    const at = { subject: subject(n, v.new.model), oldLine: lineOf(o.row.row), newLine: lineOf(n.row.row), line: lineOf(n.row.row) };
    const response = timeChange(o.row.responseCell, o.row.response, n.row.responseCell, n.row.response);
    if (response) v.changes.push({ kind: 'response-changed', ...at, ...response });
    const resolution = timeChange(o.row.resolutionCell, o.row.resolution, n.row.resolutionCell, n.row.resolution);
    if (resolution) v.changes.push({ kind: 'resolution-changed', ...at, ...resolution });
  }
  const near = pairing.neighboursInNew();
  for (const o of pairing.unpairedOld()) {
    const neighbour = near.get(o);
    v.changes.push({
      kind: 'priority-removed',
      subject: subject(o, v.old.model),
      from: times(o.row),
      oldLine: lineOf(o.row.row),
      line: neighbour ? lineOf(neighbour.row.row) : documentLine(v.new.model),
      // Its response and resolution times go with it.
      weakens: o.row.response !== undefined || o.row.resolution !== undefined,
    });
  }
  for (const n of pairing.unpairedNew())
    v.changes.push({
      kind: 'priority-added',
      subject: subject(n, v.new.model),
      to: times(n.row),
      newLine: lineOf(n.row.row),
      line: lineOf(n.row.row),
      weakens: false,
    });
}

/** "response 1 hour, resolution 4 hours", as written. */
function times(row: ServiceLevelRow): string {
  const parts = [
    row.responseCell?.text.trim() ? `response ${row.responseCell.text.trim()}` : '',
    row.resolutionCell?.text.trim() ? `resolution ${row.resolutionCell.text.trim()}` : '',
  ].filter(Boolean);
  return parts.join(', ') || 'no times stated';
}

/**
 * A response or resolution time that reads differently: longer, counted in business time instead of around
 * the clock, or no longer measurable weakens it. The same time reworded ("4 hrs", "four (4) hours") is no change.
 */
function timeChange(
  oldCell: Cell | undefined,
  was: Duration | undefined,
  newCell: Cell | undefined,
  now: Duration | undefined,
): Pick<Change, 'from' | 'to' | 'weakens' | 'note'> | undefined {
  const written = (cell: Cell | undefined, d: Duration | undefined) => cell?.text.trim() || (d ? describeDuration(d) : 'not stated');
  if (!was && !now) return undefined;
  if (was && now && was.minutes === now.minutes && was.business === now.business) return undefined;
  let from = written(oldCell, was);
  let to = written(newCell, now);
  // The same words read differently: the business time came from elsewhere (an Hours column).
  if (from === to && was && now) [from, to] = [describeDuration(was), describeDuration(now)];
  if (!now) return { from, to, weakens: true, note: 'no longer a measurable time' };
  if (!was) return { from, to, weakens: false, note: 'now a measurable time' };
  const notes = [
    now.minutes > was.minutes ? 'slower' : now.minutes < was.minutes ? 'faster' : '',
    now.business && !was.business ? 'now counted in business time' : !now.business && was.business ? 'now counted around the clock' : '',
  ].filter(Boolean);
  return { from, to, weakens: now.minutes > was.minutes || (now.business && !was.business), note: notes.join(', ') };
}
