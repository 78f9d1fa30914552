// A playbook's positions held against what the SOW says: one home for the reading the five playbook rules, the
// preview's checklist and the reports all show. Each position is met or not, placed where the SOW says it (or
// on the document anchor when it says nothing), with the playbook's own wording as a suggestion to pick.
import { cellEdits, replaceCell, type EditContext } from '../fixes/edits';
import { accountableOwner } from '../model/matrix';
import { terminationClauses } from '../model/sections';
import { exitSectionBlocks } from '../model/toolMentions';
import { sellsAroundTheClock } from '../model/serviceHours';
import type { Cell, Party, ResponsibilityFunction, SowModel, TableKind, Tool } from '../model/types';
import { impliedEngagementModel } from '../queries';
import type { SourceText } from '../source';
import type { Fix, Range } from '../types';
import { describeDuration, formatMinutes, parseDuration, saysClockTime } from '../vocabulary/duration';
import { functionsMatch } from '../vocabulary/functions';
import { resolveParty } from '../vocabulary/parties';
import { parsePriority } from '../vocabulary/priority';
import { formatRaci } from '../vocabulary/raci';
import { describeToolKind, type ToolKind } from '../vocabulary/tools';
import { mentionsAny, words } from '../vocabulary/words';
import type { AccessPosition, Playbook } from './types';

export type PlaybookRuleId = 'playbook-function' | 'playbook-service-level' | 'playbook-tool-access' | 'playbook-exit' | 'playbook-clause';

export interface PlaybookPosition {
  rule: PlaybookRuleId;
  /** The message the rule reports when the position is not met. */
  messageId: string;
  /** What it is about, as a checklist names it: "Backup and DR", "P1", "RMM", "data export". */
  subject: string;
  /** The playbook's position in words. */
  position: string;
  /** What the SOW says, in words. */
  said: string;
  met: boolean;
  range: Range;
  data: Record<string, string>;
  suggestion?: Fix;
}

/** The kind of table a rule's missing position could stand in (an exit term may stand in a tool's on-exit cell). */
const EVIDENCE: Record<PlaybookRuleId, TableKind | undefined> = {
  'playbook-function': 'matrix',
  'playbook-service-level': 'service-levels',
  'playbook-tool-access': 'tools',
  'playbook-exit': 'tools',
  'playbook-clause': undefined,
};

const ACCESS_RANK: Record<string, number> = { none: 0, 'read-only': 1, 'read-write': 2 };

/** The positions of a playbook, each held against the SOW; memoised per model, as five rules ask. */
export function assessPlaybook(model: SowModel, source: SourceText, playbook: Playbook): PlaybookPosition[] {
  const known = assessed.get(model);
  if (known && known.playbook === playbook) return known.positions;
  const name = playbook.name ?? 'the playbook';
  const unread = new Set(model.unreadTables.map((t) => t.kind));
  const positions = [
    ...functionPositions(model, source, playbook, name),
    ...serviceLevelPositions(model, source, playbook, name),
    ...toolPositions(model, source, playbook, name),
    ...exitPositions(model, source, playbook, name),
    ...clausePositions(model, playbook, name),
    // Nothing is said missing where a table that could hold it was not read (that table is reported once instead).
  ].filter((p) => p.met || !(p.messageId === 'missing' || p.messageId === 'missingTerm') || !unread.has(EVIDENCE[p.rule] as TableKind));
  assessed.set(model, { playbook, positions });
  return positions;
}

/** A playbook's positions as a checklist names them: what every report and the preview show. */
export interface PlaybookChecklist {
  name: string;
  positions: { rule: PlaybookRuleId; subject: string; position: string; said: string; met: boolean; line: number }[];
}

export function playbookChecklist(model: SowModel, source: SourceText, playbook: Playbook): PlaybookChecklist {
  return {
    name: playbook.name ?? 'unnamed playbook',
    positions: assessPlaybook(model, source, playbook).map((p) => ({
      rule: p.rule,
      subject: p.subject,
      position: p.position,
      said: p.said,
      met: p.met,
      line: p.range.start.line + 1,
    })),
  };
}

const assessed = new WeakMap<SowModel, { playbook: Playbook; positions: PlaybookPosition[] }>();

/** The party a position names: the client, the provider, or a party by name. */
function partyOf(model: SowModel, position: string): Party | undefined {
  const p = position.trim().toLowerCase();
  if (p === 'client') return model.frontMatter.client;
  if (p === 'provider') return model.frontMatter.provider;
  return resolveParty(position, model.parties);
}

const describeParty = (model: SowModel, position: string) => {
  const party = partyOf(model, position);
  const role = position.trim().toLowerCase();
  if (role === 'client' || role === 'provider') return `the ${role}${party ? ` (${party.name})` : ''}`;
  return party?.name ?? position;
};

function functionPositions(model: SowModel, source: SourceText, playbook: Playbook, name: string): PlaybookPosition[] {
  const out: PlaybookPosition[] = [];
  for (const [fnName, want] of Object.entries(playbook.functions ?? {})) {
    const scored = model.functions.map((fn) => ({ fn, score: functionsMatch(fnName, fn.name) })).filter((x) => x.score > 0);
    const best = Math.max(0, ...scored.map((x) => x.score));
    const rows = scored.filter((x) => x.score === best).map((x) => x.fn);
    const wanted = want.accountable ? describeParty(model, want.accountable) : undefined;
    const position = wanted ? `${wanted} accountable` : 'in the split';
    if (rows.length === 0) {
      if (want.required)
        out.push({
          rule: 'playbook-function',
          messageId: 'missing',
          subject: fnName,
          position,
          said: 'not in the split',
          met: false,
          range: model.matrices[0]?.headerRow ?? model.documentAnchor,
          data: { playbook: name, function: fnName, owner: wanted ? ` with ${wanted} accountable` : '' },
        });
      continue;
    }
    for (const fn of rows) {
      if (!want.accountable || !wanted) continue;
      const expected = partyOf(model, want.accountable);
      const owner = accountableOwner(fn);
      const who = owner ? owner.name : fn.status === 'conflict' ? 'several parties' : 'no party';
      const met = expected !== undefined && owner === expected;
      out.push({
        rule: 'playbook-function',
        messageId: 'wrongOwner',
        subject: fn.name,
        position,
        said: `${who} accountable`,
        met,
        range: fn.row,
        data: { playbook: name, function: fn.name, position: wanted, said: who },
        suggestion: met || !expected ? undefined : makeAccountable({ source, model }, fn, expected),
      });
    }
  }
  return out;
}

/** The playbook's owner written into the row: the owner cell, or R/A for the party and A taken from the others. */
function makeAccountable(context: EditContext, fn: ResponsibilityFunction, party: Party): Fix | undefined {
  const cells: { cell: Cell; text: string }[] = [];
  if (fn.owner && !fn.owner.absent && fn.owner.cell.form !== 'list') cells.push({ cell: fn.owner.cell, text: party.name });
  for (const a of fn.assignments) {
    if (a.cell.form === 'list') continue;
    if (a.column.party === party && !a.roles.includes('A')) cells.push({ cell: a.cell, text: formatRaci(['R', 'A']) });
    else if (a.column.party && a.column.party !== party && a.roles.includes('A')) {
      const roles = a.roles.filter((r) => r !== 'A');
      cells.push({ cell: a.cell, text: formatRaci(roles.length ? roles : ['R']) });
    }
  }
  // One call for the row's cells: when a column's width changes they come back as one re-aligned table.
  return cells.length
    ? { title: `Make ${party.name} accountable for "${fn.name}", as the playbook says`, edits: cellEdits(context, cells) }
    : undefined;
}

function serviceLevelPositions(model: SowModel, source: SourceText, playbook: Playbook, name: string): PlaybookPosition[] {
  const out: PlaybookPosition[] = [];
  const rows = model.serviceLevels.flatMap((t) => t.rows);
  const sold24x7 = () =>
    sellsAroundTheClock(model.scope.filter((s) => !s.excluded)) || rows.some((r) => r.hoursCell && saysClockTime(r.hoursCell.text));
  for (const [label, want] of Object.entries(playbook.serviceLevels ?? {})) {
    const tier = parsePriority(label);
    const limit = want.response ? parseDuration(want.response) : undefined;
    const aroundTheClock = want.hours === '24x7' || (want.hours === '24x7-when-sold' && sold24x7());
    if (tier === undefined || (!limit && !aroundTheClock)) continue;
    const clock = aroundTheClock ? (want.hours === '24x7' ? 'around the clock (24x7)' : 'around the clock, as support is sold 24/7') : '';
    const position = [limit ? `within ${formatMinutes(limit.minutes)}` : '', clock].filter(Boolean).join(', ');
    const mine = rows.filter((r) => r.priority === tier && r.responseCell);
    if (mine.length === 0) {
      out.push({
        rule: 'playbook-service-level',
        messageId: 'missing',
        subject: label,
        position,
        said: 'not stated',
        met: false,
        range: model.serviceLevels[0]?.headerRow ?? model.documentAnchor,
        data: { playbook: name, priority: label, position },
      });
      continue;
    }
    for (const row of mine) {
      const response = row.response;
      const said = response ? describeDuration(response) : `"${row.responseCell!.text}"`;
      const slower = !response || (limit !== undefined && response.minutes > limit.minutes);
      const business = aroundTheClock && response?.business === true;
      const cell = row.responseCell!;
      out.push({
        rule: 'playbook-service-level',
        // "N/A" or "TBD" is no time at all: said so, not called slower.
        messageId: !response ? 'unmeasurable' : slower ? 'slower' : 'businessTime',
        subject: label,
        position,
        said,
        met: !slower && !business,
        range: row.row,
        // A table of plans gives each plan's tier a time of its own: the finding names the plan.
        data: { playbook: name, priority: row.plan ? `${row.priorityCell.text} (${row.plan})` : row.priorityCell.text, position, said },
        suggestion:
          (slower || business) && limit && cell.form !== 'list'
            ? {
                title: `Set the ${row.priorityCell.text} response to ${formatMinutes(limit.minutes)}, as the playbook says`,
                edits: replaceCell({ source, model }, cell, formatMinutes(limit.minutes)),
              }
            : undefined,
      });
    }
  }
  return out;
}

/** Tools a playbook key names: a kind (rmm, ticketing, backup …) or a product by its name. */
function toolsFor(model: SowModel, key: string): Tool[] {
  const k = key.trim().toLowerCase();
  if (k === 'rmm') return model.tools.filter((t) => t.isRmm);
  if (k === 'ticketing' || k === 'psa' || k === 'itsm') return model.tools.filter((t) => t.isTicketing);
  return model.tools.filter((t) => t.kind === k || words(t.name).includes(words(key)));
}

const toolTitle = (key: string) => {
  const k = key.trim().toLowerCase();
  return k === 'rmm' ? 'RMM' : k === 'ticketing' || k === 'psa' ? 'ticketing system' : describeToolKind(k as ToolKind);
};

function toolPositions(model: SowModel, source: SourceText, playbook: Playbook, name: string): PlaybookPosition[] {
  const out: PlaybookPosition[] = [];
  const seen = new Set<Tool>();
  const engagement = model.frontMatter.engagementModel ?? impliedEngagementModel(model)?.model;
  for (const [key, want] of Object.entries(playbook.tools ?? {})) {
    // A position for one engagement model abstains where the SOW's model is another, or unknown.
    if (!want.clientAccess || (want.engagement && want.engagement !== engagement)) continue;
    const tool = toolTitle(key);
    const position = `${want.clientAccess} access for the client`;
    const tools = toolsFor(model, key);
    if (tools.length === 0) {
      out.push({
        rule: 'playbook-tool-access',
        messageId: 'missing',
        subject: tool,
        position,
        said: 'not listed',
        met: false,
        range: model.toolTables[0]?.headerRow ?? model.documentAnchor,
        data: { playbook: name, tool, position },
      });
      continue;
    }
    for (const t of tools) {
      // A PSA with an RMM module answers to the first position that names it, once.
      if (seen.has(t)) continue;
      seen.add(t);
      const rank = ACCESS_RANK[t.access] ?? -1;
      const said = t.accessCell?.text ? `"${t.accessCell.text}"` : 'no access stated';
      const met = rank >= ACCESS_RANK[want.clientAccess as AccessPosition];
      const cell = t.accessCell;
      out.push({
        rule: 'playbook-tool-access',
        messageId: 'lessAccess',
        subject: t.name,
        position,
        said,
        met,
        range: t.row,
        data: { playbook: name, tool: t.name, position, said },
        suggestion:
          !met && cell && cell.form !== 'list'
            ? {
                title: `Give the client ${want.clientAccess} access to ${t.name}, as the playbook says`,
                edits: replaceCell({ source, model }, cell, want.clientAccess),
              }
            : undefined,
      });
    }
  }
  return out;
}

/** Words for what an exit term asks: each word of a term met by any of its forms in one passage. */
const EXIT_SYNONYMS: readonly (readonly string[])[] = [
  [
    'export',
    'exports',
    'exported',
    'return',
    'returns',
    'returned',
    'hand over',
    'hands over',
    'handover',
    'handed over',
    'deliver',
    'delivered',
    'provide',
    'provided',
    'transfer',
    'transferred',
    'extract',
    'copy',
  ],
  ['removal', 'remove', 'removes', 'removed', 'uninstall', 'uninstalled', 'decommission', 'decommissioned', 'delete', 'deleted'],
  [
    'transfer',
    'transfers',
    'transferred',
    'assign',
    'assigned',
    'assignment',
    'novate',
    'novation',
    'release',
    'released',
    'hand over',
    'hands over',
    'handed over',
  ],
  [
    'handover',
    'hand over',
    'hands over',
    'handed over',
    'return',
    'returned',
    'transfer',
    'transferred',
    'provide',
    'provided',
    'deliver',
    'delivered',
  ],
  ['data', 'records', 'information', 'backup', 'backups', 'files', 'history'],
  ['agent', 'agents', 'software agents', 'rmm agents'],
  ['licence', 'licences', 'license', 'licenses', 'subscriptions'],
  ['credential', 'credentials', 'passwords', 'admin accounts', 'administrator accounts', 'keys'],
  ['documentation', 'documents', 'runbooks', 'diagrams'],
  ['tool', 'tools', 'systems', 'platforms', 'software', 'applications', 'rmm', 'psa', 'ticketing system'],
];

/** Whether a passage covers an exit term: each of the term's words, or a word of the same sense, stands in it. */
export function coversExitTerm(term: string, text: string): boolean {
  return words(term)
    .split(' ')
    .filter(Boolean)
    .every((w) => {
      const forms = EXIT_SYNONYMS.filter((group) => group.includes(w)).flat();
      return mentionsAny(text, forms.length ? forms : [w]);
    });
}

function exitPositions(model: SowModel, source: SourceText, playbook: Playbook, name: string): PlaybookPosition[] {
  const out: PlaybookPosition[] = [];
  const exit = playbook.exit;
  if (!exit?.terms?.length) return out;
  const within = exit.within ? parseDuration(exit.within) : undefined;
  const sections = model.sections.filter((s) => s.kind === 'exit');
  // Exit terms stand in the exit section, in a tool's on-exit cell, or in any clause about the end of the contract.
  const blocks = [
    ...exitSectionBlocks(model),
    ...model.tools.flatMap((t) => (t.exitCell?.text.trim() ? [{ text: `${t.name}: ${t.exitCell.text}`, range: t.exitCell.range }] : [])),
    ...terminationClauses(model.scope),
  ];
  const anchor = sections[0]?.heading ?? model.documentAnchor;
  const lastItem = sections.flatMap((s) => s.listItems).at(-1);
  const withinWords = within ? ` within ${formatMinutes(within.minutes)}` : '';
  for (const term of exit.terms) {
    const block = blocks.find((b) => coversExitTerm(term, b.text));
    const position = `"${term}"${withinWords}`;
    if (!block) {
      const item = `${term[0].toUpperCase()}${term.slice(1)}${withinWords} of termination.`;
      out.push({
        rule: 'playbook-exit',
        messageId: 'missingTerm',
        subject: term,
        position,
        said: 'not in the exit terms',
        met: false,
        range: anchor,
        data: { playbook: name, term, within: withinWords },
        suggestion: lastItem
          ? {
              title: `Add "${term}" to the exit terms, as the playbook says`,
              edits: [
                {
                  range: { start: source.lineRange(lastItem.range.end.line).end, end: source.lineRange(lastItem.range.end.line).end },
                  newText: `${source.eol}- ${item}`,
                },
              ],
            }
          : undefined,
      });
      continue;
    }
    const period = parseDuration(block.text);
    const tooLong = within !== undefined && period !== undefined && period.minutes > within.minutes;
    out.push({
      rule: 'playbook-exit',
      messageId: 'tooLong',
      subject: term,
      position,
      said: period ? describeDuration(period) : 'no period stated',
      met: !tooLong,
      range: source.lineRange(block.range.start.line),
      data: {
        playbook: name,
        term,
        position: `within ${within ? formatMinutes(within.minutes) : ''}`,
        said: period ? `${describeDuration(period)}` : '',
      },
    });
  }
  return out;
}

function clausePositions(model: SowModel, playbook: Playbook, name: string): PlaybookPosition[] {
  const out: PlaybookPosition[] = [];
  for (const clause of playbook.clauses ?? []) {
    const mentions = clause.mentions?.length ? clause.mentions : [clause.title];
    const heading = model.sections.find((s) => mentionsAny(s.title, mentions) || words(s.title).includes(words(clause.title)));
    const passage = heading ? undefined : model.scope.find((s) => !s.excluded && mentionsAny(s.text, mentions));
    const found = heading?.heading ?? passage?.range;
    const list = mentions.map((m) => `"${m}"`).join(' or ');
    out.push({
      rule: 'playbook-clause',
      messageId: 'missing',
      subject: clause.title,
      position: 'required',
      said: found ? 'present' : 'absent',
      met: found !== undefined,
      range: found ?? model.documentAnchor,
      data: { playbook: name, clause: clause.title, mentions: list },
    });
  }
  return out;
}
