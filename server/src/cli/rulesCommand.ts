import { RULES } from '../engine';

/** `demarc rules`: the catalogue, as a table or JSON. */
export function formatRules(format: 'table' | 'json'): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        RULES.map((r) => ({
          id: r.id,
          defaultSeverity: r.defaultSeverity,
          description: r.description,
          docs: r.docs,
          fixable: r.fixable,
          options: r.options ?? {},
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  return (
    RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? 'fix' : '   '}  ${r.description}`).join('\n') +
    '\n'
  );
}
