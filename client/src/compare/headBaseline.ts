import * as vscode from 'vscode';
import type { BaseVersion } from '../protocolTypes';
import { gitApi, pathInRepository, repositoryOf, textAt, type Repository } from './git';

/** How long the preview waits for git before it renders without the "changed since HEAD" marks. */
const GIT_WAIT_MS = 3000;

/**
 * The file at git HEAD, for the preview's "changed since HEAD" marks: read through VS Code's Git extension,
 * kept per file until HEAD moves. A file outside git, or new since HEAD, has none.
 */
export class HeadBaseline implements vscode.Disposable {
  private readonly kept = new Map<string, { commit: string; base: BaseVersion | undefined }>();
  private readonly watched = new Set<Repository>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** HEAD moved, a repository opened or git was switched on: the marks may differ. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('git.enabled')) void this.listen();
      }),
    );
    void this.listen();
  }

  /** Waits for the API only as long as a preview can wait. */
  async of(document: vscode.TextDocument): Promise<BaseVersion | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), GIT_WAIT_MS)));
    try {
      return await Promise.race([this.read(document).catch(() => undefined), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(document: vscode.TextDocument): Promise<BaseVersion | undefined> {
    const repository = await repositoryOf(document.uri);
    this.watch(repository);
    const commit = repository.state.HEAD?.commit;
    if (!commit) return undefined;
    const key = document.uri.toString();
    const kept = this.kept.get(key);
    if (kept?.commit === commit) return kept.base;
    const path = pathInRepository(repository, document.uri);
    const base = await textAt(repository, 'HEAD', document.uri).then(
      (text): BaseVersion => ({ name: `HEAD:${path}`, label: 'HEAD', text }),
      () => undefined,
    );
    this.kept.set(key, { commit, base });
    return base;
  }

  private listening = false;

  private async listen(): Promise<void> {
    const api = this.listening ? undefined : await gitApi().catch(() => undefined);
    if (!api || this.listening) return;
    this.listening = true;
    this.disposables.push(api.onDidOpenRepository(() => this.changed.fire()));
    this.changed.fire();
  }

  private watch(repository: Repository): void {
    if (this.watched.has(repository)) return;
    this.watched.add(repository);
    let head = repository.state.HEAD?.commit;
    this.disposables.push(
      repository.state.onDidChange(() => {
        if (repository.state.HEAD?.commit === head) return;
        head = repository.state.HEAD?.commit;
        this.changed.fire();
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
