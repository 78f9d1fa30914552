import type { SowModel, Tool } from '../model/types';
import { needsExitTerms } from '../model/tools';

/**
 * Standard clauses the suggestions offer; plain contract language a reviewer can edit. They choose
 * terms, so only a person applies them: `--fix` writes PLACEHOLDER where a term is needed.
 */

/** What a safe fix writes where a term is needed: Demarc keeps flagging it until someone fills it in. */
export const PLACEHOLDER = 'TBD';

/** The standard P1 row the suggestions offer, by service-level column role. */
export const STANDARD_P1 = { response: '30 minutes', resolution: '4 hours', hours: '24/7' } as const;

function partyNames(model: SowModel): { client: string; provider: string } {
  return {
    client: model.frontMatter.client?.name ?? 'Client',
    provider: model.frontMatter.provider?.name ?? 'Provider',
  };
}

export function serviceLevelSection(): string[] {
  return [
    '## Service levels',
    '',
    '| Priority | Response   | Resolution      | Hours |',
    '| -------- | ---------- | --------------- | ----- |',
    '| P1       | 30 minutes | 4 hours         | 24/7  |',
    '| P2       | 1 hour     | 8 hours         | 24/7  |',
    '| P3       | 4 hours    | 3 business days | Business hours |',
    '| P4       | 1 business day | 10 business days | Business hours |',
  ];
}

export function toolSection(model: SowModel): string[] {
  const { provider } = partyNames(model);
  return [
    '## Tools and access',
    '',
    '| Tool | Kind | Owner | Access | On exit |',
    '| ---- | ---- | ----- | ------ | ------- |',
    `| RMM platform | RMM | ${provider} | read-write | ${TOOL_EXIT_CLAUSE} |`,
    `| PSA and ticketing | PSA | ${provider} | read-write | ${TOOL_EXIT_CLAUSE} |`,
  ];
}

export function escalationSection(model: SowModel): string[] {
  const { client, provider } = partyNames(model);
  return [
    '## Escalation',
    '',
    `1. Service desk lead (${provider}): within 30 minutes of a missed response target.`,
    `2. Service delivery manager (${provider}) and IT manager (${client}): within 2 hours.`,
    `3. Account executive (${provider}) and IT director (${client}): within 1 business day.`,
  ];
}

export const TOOL_EXIT_CLAUSE =
  'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';

export function exitItem(tool: Tool): string {
  return `- ${tool.name}: ${TOOL_EXIT_CLAUSE}.`;
}

export function exitSection(model: SowModel): string[] {
  const { client, provider } = partyNames(model);
  const lines = [
    '## Termination and exit',
    '',
    `- Either party may terminate with 90 days' written notice.`,
    `- ${provider} provides transition assistance to ${client} or a successor provider for up to 60 days.`,
    `- ${provider} returns all ${client} data, documentation and credentials within 30 days of termination.`,
  ];
  for (const tool of model.tools) if (tool.exitTerms.length === 0 && needsExitTerms(tool)) lines.push(exitItem(tool));
  return lines;
}
