import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { contains, playbookPositionOf, readingAt, RULES_BY_ID } from '../../engine';
import type { AnalysedDocument } from '../documentStore';

/** How Demarc read what is under the cursor, then the rules flagging it. */
export function hover(doc: AnalysedDocument, position: Position): Hover | null {
  const parts: string[] = [];
  const model = doc.analysis.model;
  const reading = model && readingAt(model, position);
  if (reading) parts.push(reading);
  for (const f of doc.analysis.findings) {
    if (!contains(f.range, position)) continue;
    const rule = RULES_BY_ID.get(f.ruleId);
    parts.push(
      rule ? `**${rule.id}** (${f.severity}): ${rule.description} [Rule documentation](${rule.docs})` : `**${f.ruleId}**: ${f.message}`,
    );
    const playbook = doc.config.playbook;
    const held = model && playbook && playbookPositionOf(model, doc.analysis.source, playbook, f);
    if (held) parts.push(`Playbook "${escape(playbook.name ?? 'unnamed')}" on ${escape(held.subject)}: **${escape(held.position)}**. This SOW: ${escape(held.said)}.`);
  }
  return parts.length ? { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } } : null;
}

/** Document and playbook text shown as text, not Markdown. */
const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+!<>|~-]/g, (c) => `\\${c}`);
