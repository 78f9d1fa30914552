import type { FunctionStatus, PartyRole, SowModel } from '../model/types';
import { formatRaci } from '../vocabulary/raci';
import { showUnsafe } from './visible';

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
        // Defined, not assigned: a party named __proto__ is then a key like any other.
        if (held?.length)
          Object.defineProperty(roles, party.name, { value: formatRaci(held), enumerable: true, writable: true, configurable: true });
      }
      return { name: fn.name, line: fn.row.start.line + 1, roles, status: fn.status };
    }),
  };
}

/** A party's roles; own keys only, so a party named constructor or toString finds nothing inherited. */
export function roleOf(roles: Record<string, string>, party: string): string | undefined {
  return Object.hasOwn(roles, party) ? roles[party] : undefined;
}

export function splitToCsv(split: ResponsibilitySplit): string {
  const header = ['Function', ...split.parties.map((p) => p.name), 'Status'];
  const rows = split.functions.map((f) => [f.name, ...split.parties.map((p) => roleOf(f.roles, p.name) ?? ''), f.status]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(raw: string): string {
  const value = showUnsafe(raw);
  // A leading = + - @ would run as a formula in a spreadsheet; quote and prefix it.
  const safe = /^[=+\-@\t\r]/.test(value) && value !== '-' ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
