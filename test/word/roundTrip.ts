import { analyse, type Finding } from '../../server/src/engine';

/** A finding as a reviewer would name it: rule and message, with line numbers left out (Word has none). */
export function findingKeys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}: ${f.message.replace(/\bon line \d+/g, 'on line N')}`).sort();
}

export function lintKeys(text: string): string[] {
  return findingKeys(analyse(text).findings);
}
