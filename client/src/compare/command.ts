import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { COMPARE_REQUEST, type BaseVersion, type CompareResult } from '../protocolTypes';
import { WORD_NEEDS_DESKTOP, type WordSupport } from '../platform';
import { baseName } from '../uris';
import type { ChangesView } from './changesView';
import { NoOtherVersion, pathInRepository, repositoryOf, revisions, textAt } from './git';

/** What to compare the open SOW with: the file at git HEAD, at another revision, or another file. */
export type Against = 'HEAD' | { revision: string } | { file: vscode.Uri };

export interface CompareArgs {
  uri?: vscode.Uri;
  against?: Against;
}

/**
 * `demarc.compareWith`: what changed in the responsibility split between the open SOW and another version of
 * it. The other version is read here (git through VS Code's Git extension, a Word file through the bundled CLI's
 * import) and the server compares it with the open document; the view lists the changes.
 */
export async function compareWithCommand(
  context: vscode.ExtensionContext,
  client: LanguageClient | undefined,
  view: ChangesView,
  word: WordSupport | undefined,
  args?: CompareArgs,
): Promise<CompareResult | undefined> {
  const document = args?.uri ? await vscode.workspace.openTextDocument(args.uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage('Open a SOW to compare its responsibility split with another version.');
    return undefined;
  }
  if (!client?.isRunning()) throw new Error('The Demarc language server is not running.');
  const against = args?.against ?? (await pickAgainst(document));
  if (!against) return undefined;
  let base: BaseVersion | undefined;
  try {
    base = await baseVersion(context, word, document, against);
  } catch (e) {
    if (!(e instanceof NoOtherVersion)) throw e;
    void vscode.window.showWarningMessage(e.message);
    return undefined;
  }
  if (!base) return undefined;
  const request = () => client.sendRequest<CompareResult>(COMPARE_REQUEST, { uri: document.uri.toString(), base });
  const result = await request();
  await view.show(document, base.label, result, request);
  if ('error' in result) void vscode.window.showWarningMessage(result.error);
  return result;
}

async function pickAgainst(document: vscode.TextDocument): Promise<Against | undefined> {
  const items: (vscode.QuickPickItem & { value: 'HEAD' | 'revision' | 'file' })[] = [
    { label: '$(git-commit) HEAD', description: 'the file as last committed', value: 'HEAD' },
    { label: '$(git-branch) Another revision…', description: 'a branch, tag or commit', value: 'revision' },
    { label: '$(file) Another file…', description: 'another version, in Markdown or Word', value: 'file' },
  ];
  const pick = await vscode.window.showQuickPick(document.uri.scheme === 'file' ? items : items.filter((i) => i.value === 'file'), {
    title: 'Compare the responsibility split with',
  });
  if (!pick) return undefined;
  if (pick.value === 'HEAD') return 'HEAD';
  if (pick.value === 'file') {
    const file = await vscode.window.showOpenDialog({
      title: 'Compare with another version of this SOW',
      filters: { 'SOW (Markdown or Word)': ['md', 'docx'] },
      canSelectMany: false,
    });
    return file?.[0] && { file: file[0] };
  }
  const revision = await pickRevision(document);
  return revision ? { revision } : undefined;
}

async function pickRevision(document: vscode.TextDocument): Promise<string | undefined> {
  let refs: { name: string; kind: string; commit?: string }[];
  try {
    refs = await revisions(await repositoryOf(document.uri));
  } catch (e) {
    if (!(e instanceof NoOtherVersion)) throw e;
    void vscode.window.showWarningMessage(e.message);
    return undefined;
  }
  const typed = '$(edit) Enter a revision…';
  const pick = await vscode.window.showQuickPick(
    [{ label: typed }, ...refs.map((r) => ({ label: r.name, description: `${r.kind}${r.commit ? ` · ${r.commit.slice(0, 8)}` : ''}` }))],
    { title: 'Compare with the file at', placeHolder: 'A branch, tag or commit' },
  );
  if (!pick) return undefined;
  if (pick.label !== typed) return pick.label;
  return (
    (
      await vscode.window.showInputBox({ title: 'Compare with the file at', prompt: 'A branch, tag or commit (HEAD~2, v3, origin/main)' })
    )?.trim() || undefined
  );
}

/** The other version's text: a git revision through the Git extension, a file as VS Code reads it, a Word file imported by the CLI. */
async function baseVersion(
  context: vscode.ExtensionContext,
  word: WordSupport | undefined,
  document: vscode.TextDocument,
  against: Against,
): Promise<BaseVersion | undefined> {
  if (against === 'HEAD' || 'revision' in against) {
    const revision = against === 'HEAD' ? 'HEAD' : against.revision;
    const repository = await repositoryOf(document.uri);
    const text = await textAt(repository, revision, document.uri);
    return { name: `${revision}:${pathInRepository(repository, document.uri)}`, label: revision, text };
  }
  const file = against.file;
  const name = file.scheme === 'file' ? vscode.workspace.asRelativePath(file) : file.toString();
  if (/\.docx$/i.test(file.path)) {
    if (file.scheme !== 'file') throw new NoOtherVersion('Demarc reads Word files from disk only.');
    // The same reading as `demarc lint FILE.docx`: the CLI's import, which the server then reads as any SOW.
    if (!word) throw new NoOtherVersion(WORD_NEEDS_DESKTOP);
    const text = await word.sowText(context, file).catch((e: Error) => {
      throw new NoOtherVersion(`${name}: ${e.message}`);
    });
    return { name, label: baseName(file), text };
  }
  const other = await vscode.workspace.openTextDocument(file);
  return { name, label: baseName(file), text: other.getText() };
}
