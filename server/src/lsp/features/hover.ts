import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { describeDuration, explainDuration, RACI_MEANING, RULES_BY_ID, type Party } from '../../engine';
import type { AnalysedDocument } from '../documentStore';
import { contains } from '../position';

const ROLE_TEXT = { client: 'the client (the customer; its internal IT team)', provider: 'the provider (the MSP)', other: 'another party to the contract' };

/** Explains what is under the cursor: a finding's rule, a RACI cell, a duration or a party. */
export function hover(doc: AnalysedDocument, position: Position): Hover | null {
  const parts: string[] = [];
  for (const f of doc.analysis.findings) {
    if (!contains(f.range, position)) continue;
    const rule = RULES_BY_ID.get(f.ruleId);
    parts.push(rule ? `**${rule.id}** (${f.severity}): ${rule.description} [Rule documentation](${rule.docs})` : `**${f.ruleId}**: ${f.message}`);
  }
  const model = doc.analysis.model;
  if (model) {
    const detail = raciHover(doc, position) ?? durationHover(doc, position) ?? partyHover(doc, position);
    if (detail) parts.unshift(detail);
  }
  return parts.length ? { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } } : null;
}

function raciHover(doc: AnalysedDocument, p: Position): string | undefined {
  for (const fn of doc.analysis.model!.functions) {
    if (fn.row.start.line !== p.line) continue;
    const a = fn.assignments.find((x) => contains(x.cell.range, p));
    if (!a || a.roles.length === 0) continue;
    const who = a.column.party ? `${a.column.party.name}, ${ROLE_TEXT[a.column.party.role]}` : a.column.header.text;
    return [`**${a.cell.text}**: ${who}, for *${fn.name}*`, ...a.roles.map((r) => `- **${r}**: ${RACI_MEANING[r]}`)].join('\n');
  }
  return undefined;
}

function durationHover(doc: AnalysedDocument, p: Position): string | undefined {
  for (const table of doc.analysis.model!.serviceLevels) {
    for (const row of table.rows) {
      if (row.row.start.line !== p.line) continue;
      for (const [cell, d, what] of [[row.responseCell, row.response, 'Response'], [row.resolutionCell, row.resolution, 'Resolution']] as const) {
        if (cell && d && contains(cell.range, p)) {
          return `**${what} for ${row.priorityCell.text}**: ${describeDuration(d)} (${d.minutes} minutes). ${explainDuration(d)}`;
        }
      }
    }
  }
  return undefined;
}

function partyHover(doc: AnalysedDocument, p: Position): string | undefined {
  const model = doc.analysis.model!;
  const describe = (party: Party) => `**${party.name}**: ${ROLE_TEXT[party.role]}`;
  for (const m of model.matrices) {
    const column = m.partyColumns.find((c) => contains(c.header.range, p));
    if (column?.party) return describe(column.party);
    for (const fn of m.functions) {
      if (fn.owner && contains(fn.owner.cell.range, p) && fn.owner.parties.length === 1) return describe(fn.owner.parties[0]);
    }
  }
  for (const tool of model.tools) {
    if (tool.owner && tool.ownerCell && contains(tool.ownerCell.range, p)) return describe(tool.owner);
  }
  const fm = model.frontMatter;
  for (const party of [fm.client, fm.provider]) {
    const key = party && fm.keys[party.role];
    if (party && key && key.start.line === p.line) return describe(party);
  }
  return undefined;
}
