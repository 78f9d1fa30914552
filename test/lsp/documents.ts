// The SOW the language server tests act on, over stdio (server.test.ts) and in process (features.test.ts).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { COMPLETE, sow } from '../helpers/sow';

/**
 * A co-managed SOW with a finding for each quick fix under test: a function nobody owns, two accountable
 * parties, read-only access to the provider's RMM, no escalation section, and a function owned
 * differently in a second table (a finding with related information).
 */
export const DEFECTS = sow(
  COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |')
    .replace('| Network monitoring | R/A | I |', '| Network monitoring | R/A | I |\n| Vendor management | C | I |')
    .replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only  |')
    .replace('## Escalation\n\n1. Service desk lead.\n', '')
    // A subsection restating the matrix above it: one function owned differently there.
    .replace(
      '## Service levels',
      '### Projects\n\n| Task | Owner |\n| --- | --- |\n| Network Monitoring | Northwind |\n\n## Service levels',
    ),
);

/** Each rule with a quick fix under test, and the title of the fix the tests apply. */
export const QUICK_FIXES: [string, RegExp][] = [
  ['unassigned-function', /^Make Northwind responsible and accountable for "Vendor management"$/],
  ['conflicting-ownership', /^Keep Northwind accountable for "Patch management"/],
  ['tool-access-insufficient', /^Give the client read-write access to Datto RMM$/],
  ['escalation-missing', /^Add an escalation section with a standard three-step path$/],
];

/** The text after edits, as an editor applies them. */
export function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'sow', 1, text), edits);
}
