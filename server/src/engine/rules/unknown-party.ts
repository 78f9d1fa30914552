import { namesUndeclaredParty } from '../vocabulary/parties';
import { defineRule } from './rule';

/** Names listed in one message; longer lists say how many more, so output stays bounded. */
const LISTED = 5;

function listed(names: readonly string[], quote: boolean): string {
  const shown = names
    .slice(0, LISTED)
    .map((n) => (quote ? `"${n}"` : n))
    .join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

export default defineRule({
  id: 'unknown-party',
  defaultSeverity: 'error',
  description: 'A party column, owner cell or tool owner naming no declared party.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    notDeclared:
      '{{names}} is not a declared party ({{declared}}): add it to `parties:` in the front matter or use a declared name or role word.',
    notDeclaredMany:
      '{{names}} are not declared parties ({{declared}}): add them to `parties:` in the front matter or use declared names or role words.',
  },
  check(context) {
    const { model } = context;
    // Without a client and a provider every name would be unknown; invalid-front-matter says why.
    if (!model.frontMatter.client || !model.frontMatter.provider) return;
    const declared = listed(
      model.parties.map((p) => p.name),
      false,
    );
    const unknown = (names: string[], range: typeof model.documentAnchor) =>
      context.report({
        messageId: names.length === 1 ? 'notDeclared' : 'notDeclaredMany',
        data: { names: listed(names, true), declared },
        range,
      });
    for (const matrix of model.matrices) {
      // One finding per header row however wide it is: the fix is one edit to the front matter.
      // A team or a job ("Service Desk", "Project Manager") is someone of a party the table does not name, not
      // an undeclared party: the function's findings abstain on it (heldByUnknownParty), and so does this rule.
      const columns = matrix.partyColumns.filter((c) => !c.party && c.header.text !== '' && namesUndeclaredParty(c.header.text));
      if (columns.length > 0)
        unknown(
          columns.map((c) => c.header.text),
          columns.length === 1 ? columns[0].header.range : matrix.headerRow,
        );
      // An owner cell that describes rather than names ("Managed service") names no party to declare.
      for (const fn of matrix.functions)
        for (const name of fn.owner?.unknownNames ?? []) if (namesUndeclaredParty(name)) unknown([name], fn.row);
    }
    for (const tool of model.tools)
      if (tool.ownerUnknown && tool.ownerCell && namesUndeclaredParty(tool.ownerCell.text)) unknown([tool.ownerCell.text], tool.row);
  },
});
