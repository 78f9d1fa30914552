import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range, type TextEdit } from 'vscode-languageserver';
import { sectionTopicAt, type SectionTopic, type SowModel, type SourceText } from '../../engine';
import snippetFile from '../../../../snippets/sow.json';

/** A snippet of snippets/sow.json: a whole SOW (`isFileTemplate`), or a section about one topic that opens with its heading. */
interface Snippet {
  prefix: string;
  description: string;
  body: string[];
  topic?: SectionTopic;
  isFileTemplate?: boolean;
}

const SNIPPETS = Object.entries(snippetFile as Record<string, Snippet>);

/**
 * The snippets for a line that holds nothing but the word being typed, outside tables and front matter. A
 * whole SOW only where it would be the whole document (every line before is blank, and there is no front
 * matter); a section without its heading under a heading of the same topic, so that heading is not written twice.
 */
export function snippetItems(model: SowModel, source: SourceText, line: number, typed: Range): CompletionItem[] {
  const blankBefore = Array.from({ length: line }, (_, i) => source.lineText(i)).every((l) => l.trim() === '');
  const topic = sectionTopicAt(model, line);
  const items: CompletionItem[] = [];
  for (const [name, snippet] of SNIPPETS) {
    let body = snippet.body;
    let additionalTextEdits: TextEdit[] | undefined;
    if (snippet.isFileTemplate) {
      if (model.frontMatter.range || !blankBefore) continue;
      // Front matter counts only on the first line: blank lines above the cursor go.
      if (line > 0) additionalTextEdits = [{ range: { start: { line: 0, character: 0 }, end: { line, character: 0 } }, newText: '' }];
    } else if (snippet.topic && snippet.topic === topic) body = body.slice(body[1] === '' ? 2 : 1);
    items.push({
      label: snippet.prefix,
      kind: CompletionItemKind.Snippet,
      detail: name,
      documentation: { kind: 'markdown', value: `${snippet.description}\n\n\`\`\`markdown\n${preview(body)}\n\`\`\`` },
      filterText: snippet.prefix,
      sortText: `~${snippet.prefix}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: typed, newText: body.join('\n') },
      ...(additionalTextEdits ? { additionalTextEdits } : {}),
    });
  }
  return items;
}

/** The body as it reads once inserted with its defaults: the first choice, placeholder text, empty stops. */
function preview(body: string[]): string {
  return body
    .slice(0, 12)
    .join('\n')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
    .replace(/\$\{\d+:\$\{[A-Z_]+\}[^}]*\}/g, '…')
    .replace(/\$\{[A-Z_]+\}|\$\{\d+\}|\$\d+/g, '');
}
