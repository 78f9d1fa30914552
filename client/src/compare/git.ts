import * as vscode from 'vscode';

// The few parts of the built-in git extension's API (extensions/git/src/api/git.d.ts, version 1) Demarc uses.
interface Ref {
  type: number;
  name?: string;
  commit?: string;
  remote?: string;
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: Ref; readonly refs?: Ref[]; readonly onDidChange: vscode.Event<void> };
  show(ref: string, path: string): Promise<string>;
  getRefs?(query: { sort?: 'alphabetically' | 'committerdate' }): Promise<Ref[]>;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly onDidOpenRepository: vscode.Event<Repository>;
  getRepository(uri: vscode.Uri): Repository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** Why there is no other version to compare with (no git, not at that revision, an unreadable file), in words for a message. */
export class NoOtherVersion extends Error {}

/** The git extension's API once it has found the repositories, or why there is none. */
export async function gitApi(): Promise<GitApi> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) throw new NoOtherVersion('VS Code’s Git extension is not installed.');
  const git = extension.isActive ? extension.exports : await extension.activate();
  if (!git.enabled) throw new NoOtherVersion('VS Code’s Git extension is disabled (git.enabled).');
  const api = git.getAPI(1);
  if (api.state !== 'initialized')
    await new Promise<void>((resolve) => {
      const listener = api.onDidChangeState((state) => state === 'initialized' && (listener.dispose(), resolve()));
    });
  return api;
}

/** The repository a file is in, as VS Code's Git extension has it open. */
export async function repositoryOf(uri: vscode.Uri): Promise<Repository> {
  if (uri.scheme !== 'file') throw new NoOtherVersion('Only a file on disk has a git history.');
  const repository = (await gitApi()).getRepository(uri);
  if (!repository) throw new NoOtherVersion(`${vscode.workspace.asRelativePath(uri)} is not in a git repository VS Code has open.`);
  return repository;
}

/** A file's text at a revision, read by the Git extension; what git said when the revision does not hold it. */
export async function textAt(repository: Repository, revision: string, uri: vscode.Uri): Promise<string> {
  try {
    return await repository.show(revision, uri.fsPath);
  } catch (e) {
    const said = ((e as { stderr?: string }).stderr || (e as Error).message || String(e))
      .trim()
      .split('\n')[0]
      .replace(/^fatal: /, '');
    throw new NoOtherVersion(`${pathInRepository(repository, uri)} could not be read at ${revision}: ${said}`);
  }
}

/** "contracts/x.sow.md" inside its repository, for names such as "HEAD:contracts/x.sow.md". */
export function pathInRepository(repository: Repository, uri: vscode.Uri): string {
  const root = repository.rootUri.path.replace(/\/$/, '');
  return uri.path.startsWith(`${root}/`) ? uri.path.slice(root.length + 1) : uri.path;
}

/** Branches and tags to offer, newest first where the API can sort them. */
export async function revisions(repository: Repository): Promise<{ name: string; kind: string; commit?: string }[]> {
  const refs = repository.getRefs ? await repository.getRefs({ sort: 'committerdate' }) : (repository.state.refs ?? []);
  const kinds = ['branch', 'remote branch', 'tag'];
  return refs.filter((r) => r.name).map((r) => ({ name: r.name!, kind: kinds[r.type] ?? 'ref', commit: r.commit }));
}
