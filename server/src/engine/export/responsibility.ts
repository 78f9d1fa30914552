import type { FunctionStatus, PartyRole, SowModel } from '../model/types';
import { formatRaci } from '../vocabulary/raci';

/** The responsibility split as `demarc matrix --format json` prints it. */
export interface ResponsibilitySplit {
  parties: { name: string; role: PartyRole }[];
  functions: { name: string; line: number; roles: Record<string, string>; status: FunctionStatus }[];
}

export function responsibilitySplit(model: SowModel): ResponsibilitySplit {
  return {
    parties: model.parties.map((p) => ({ name: p.name, role: p.role })),
    functions: model.functions.map((fn) => {
      const roles: Record<string, string> = {};
      for (const party of model.parties) {
        const held = fn.roles.get(party.name);
        if (held?.length) roles[party.name] = formatRaci(held);
      }
      return { name: fn.name, line: fn.row.start.line + 1, roles, status: fn.status };
    }),
  };
}

export function splitToCsv(split: ResponsibilitySplit): string {
  const header = ['Function', ...split.parties.map((p) => p.name), 'Status'];
  const rows = split.functions.map((f) => [f.name, ...split.parties.map((p) => f.roles[p.name] ?? ''), f.status]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; quote and prefix it.
  const safe = /^[=+\-@\t\r]/.test(value) && value !== '-' ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function splitToMarkdown(split: ResponsibilitySplit): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const header = ['Function', ...split.parties.map((p) => p.name), 'Status'];
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const f of split.functions) {
    lines.push(`| ${[f.name, ...split.parties.map((p) => f.roles[p.name] ?? '-'), f.status].map(cell).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
