import type { FunctionStatus, PartyRole, SowModel } from '../model/types';
import { formatRaci } from '../vocabulary/raci';
import { showUnsafe } from './visible';

/** The responsibility split as `demarc matrix --format json` prints it. */
export interface ResponsibilitySplit {
  parties: { name: string; role: PartyRole }[];
  /** `owner`: an owner cell as written, where the matrix names owners rather than roles (it may name no declared party). */
  functions: { name: string; line: number; roles: Record<string, string>; owner?: string; status: FunctionStatus }[];
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
      return { name: fn.name, line: fn.row.start.line + 1, roles, ...(fn.owner ? { owner: fn.owner.cell.text } : {}), status: fn.status };
    }),
  };
}

/** A party's roles; own keys only, so a party named constructor or toString finds nothing inherited. */
export function roleOf(roles: Record<string, string>, party: string): string | undefined {
  return Object.hasOwn(roles, party) ? roles[party] : undefined;
}

export function splitToCsv(split: ResponsibilitySplit): string {
  // An owner matrix's cells as written, so an owner no declared party matches ("Lumen Business") is not lost.
  const owners = split.functions.some((f) => f.owner !== undefined);
  const header = ['Function', ...split.parties.map((p) => p.name), ...(owners ? ['Owner'] : []), 'Status'];
  const rows = split.functions.map((f) => [
    f.name,
    ...split.parties.map((p) => roleOf(f.roles, p.name) ?? ''),
    ...(owners ? [f.owner ?? ''] : []),
    f.status,
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV field a spreadsheet reads as text, whichever separator its locale uses: quoted when it holds a comma,
 * a semicolon, a quote or a line break; a leading = + - @ (a formula) prefixed with an apostrophe.
 */
function csvField(raw: string): string {
  const value = showUnsafe(raw);
  const safe = /^[=+\-@\t\r]/.test(value) && value !== '-' ? `'${value}` : value;
  return /[",;\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
