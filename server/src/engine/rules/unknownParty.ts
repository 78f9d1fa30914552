import { defineRule } from './rule';

export default defineRule({
  id: 'unknown-party',
  defaultSeverity: 'error',
  description: 'A party column, owner cell or tool owner that names no party declared in the front matter.',
  fixable: false,
  check(context) {
    const { model } = context;
    // Without a client and a provider every name would be unknown; invalid-front-matter says why.
    if (!model.frontMatter.client || !model.frontMatter.provider) return;
    const declared = model.parties.map((p) => p.name).join(', ');
    const unknown = (names: string[]) => notDeclared(names, declared);
    for (const matrix of model.matrices) {
      // One finding per header row however wide it is: the fix is one edit to the front matter.
      const columns = matrix.partyColumns.filter((c) => !c.party);
      if (columns.length > 0) {
        const range = columns.length === 1 ? columns[0].header.range : matrix.headerRow;
        context.report({ message: unknown(columns.map((c) => c.header.text)), range });
      }
      for (const fn of matrix.functions) {
        for (const name of fn.owner?.unknownNames ?? []) context.report({ message: unknown([name]), range: fn.row });
      }
    }
    for (const tool of model.tools) {
      if (tool.ownerUnknown && tool.ownerCell) context.report({ message: unknown([tool.ownerCell.text]), range: tool.row });
    }
  },
});

/** Names listed in one message; a wider header says how many more. */
const LISTED = 5;

function notDeclared(names: string[], declared: string): string {
  const quoted = names.slice(0, LISTED).map((n) => `"${n}"`).join(', ');
  const more = names.length > LISTED ? ` and ${names.length - LISTED} more` : '';
  return names.length === 1
    ? `${quoted} is not a declared party (${declared}): add it to \`parties:\` in the front matter or use a declared name or role word.`
    : `${quoted}${more} are not declared parties (${declared}): add them to \`parties:\` in the front matter or use declared names or role words.`;
}
