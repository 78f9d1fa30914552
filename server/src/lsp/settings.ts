import type { Connection } from 'vscode-languageserver';
import { DEFAULT_MAX_DOCUMENT_SIZE, mergeConfigs, optionsOnly, validateConfig, type DemarcConfig } from '../engine';

/** The client's `demarc.*` settings. */
export interface DemarcSettings {
  rules?: Record<string, unknown>;
  maxP1Response?: string;
  lintMarkdownFiles?: boolean;
  maxDocumentSize?: number;
  /** A playbook file (absolute; the client resolves a relative one) for files no `.demarcrc.json` governs. */
  playbook?: string;
  /** Problems for every SOW of the workspace folders, opened or not. */
  lintWorkspace?: boolean;
  /** When an open document is linted: as it is typed, or when it is saved. */
  run?: 'onType' | 'onSave';
}

const DEFAULTS: Required<Pick<DemarcSettings, 'lintMarkdownFiles' | 'lintWorkspace' | 'run'>> = {
  lintMarkdownFiles: true,
  lintWorkspace: true,
  run: 'onType',
};

/** Settings per document, pulled with workspace/configuration and cached until they change. */
export class Settings {
  private readonly cache = new Map<string, Promise<DemarcSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly pull: () => boolean,
    private initial: DemarcSettings = {},
  ) {}

  for(uri: string): Promise<DemarcSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      s = this.pull()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'demarc' }).then(
            (v: DemarcSettings | null) => ({ ...DEFAULTS, ...this.initial, ...(v ?? {}) }),
            () => ({ ...DEFAULTS, ...this.initial }),
          )
        : Promise.resolve({ ...DEFAULTS, ...this.initial });
      this.cache.set(uri, s);
    }
    return s;
  }

  /** On didChangeConfiguration; clients without pull support push settings here. */
  changed(pushed?: DemarcSettings): void {
    if (pushed) this.initial = pushed;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/**
 * The size limit a document gets. Settings may lower it, never raise it: a workspace's own settings
 * (untrusted, or just wrong: "x", 1e12) must not switch the limit off.
 */
export function documentSizeLimit(settings: DemarcSettings): number {
  const asked = settings.maxDocumentSize;
  return typeof asked === 'number' && asked > 0 ? Math.min(asked, DEFAULT_MAX_DOCUMENT_SIZE) : DEFAULT_MAX_DOCUMENT_SIZE;
}

/** Settings as a config the engine understands; invalid entries are dropped, not fatal. */
export function settingsConfig(settings: DemarcSettings): DemarcConfig {
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(settings.rules ?? {})) {
    try {
      validateConfig({ rules: { [id]: setting } });
      rules[id] = setting;
    } catch {
      // A typo in user settings should not stop linting; the rule keeps its default.
    }
  }
  const base = validateConfig({ rules });
  if (typeof settings.maxP1Response !== 'string') return base;
  try {
    return mergeConfigs(base, optionsOnly('p1-response-slow', { maxP1Response: settings.maxP1Response }));
  } catch {
    return base;
  }
}
