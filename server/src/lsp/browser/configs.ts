import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, ConfigFileError, configOfText, MAX_CONFIG_BYTES, whereIn, type DemarcConfig } from '../../engine';
import type { ConfigSource } from '../host';
import {
  FIND_CONFIG_REQUEST,
  READ_FILE_REQUEST,
  type FileText,
  type FindConfigParams,
  type FindConfigResult,
  type ReadFileParams,
} from '../protocol';

/**
 * Configs in a browser, where the server has no file system: the client finds and reads them through
 * the editor's (`workspace.fs`: a GitHub repository in github.dev, a local folder in vscode.dev), and
 * they are read here as the CLI reads them. `extends` may name presets and files; a package needs Node's
 * resolution, so it is reported as not read.
 */
export class EditorConfigs implements ConfigSource {
  /** Per document folder, the config found there, until a config changes. */
  private readonly found = new Map<string, Promise<{ path?: string; config: DemarcConfig }>>();
  private revalidate = false;

  constructor(private readonly connection: Connection) {}

  configFor(uri: string): Promise<{ path?: string; config: DemarcConfig } | undefined> {
    if (uri.startsWith('untitled:')) return Promise.resolve(undefined);
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
    let result = this.revalidate ? undefined : this.found.get(folder);
    if (!result) {
      result = this.find(uri);
      this.found.set(folder, result);
      // A failure is not kept: the next analysis asks again.
      result.catch(() => this.found.delete(folder));
    }
    return result;
  }

  async configAt(file: string): Promise<DemarcConfig> {
    return this.load(await this.read(file), []);
  }

  revalidateEachTime(on: boolean): void {
    this.revalidate = on;
  }

  clear(): void {
    this.found.clear();
  }

  private async find(uri: string): Promise<{ path?: string; config: DemarcConfig }> {
    const found = await this.connection.sendRequest<FindConfigResult>(FIND_CONFIG_REQUEST, {
      uri,
      name: CONFIG_FILE_NAME,
      maxBytes: MAX_CONFIG_BYTES,
    } satisfies FindConfigParams);
    return found ? { path: found.uri, config: await this.load(found, []) } : { config: {} };
  }

  private read(uri: string): Promise<FileText> {
    return this.connection.sendRequest<FileText>(READ_FILE_REQUEST, { uri, maxBytes: MAX_CONFIG_BYTES } satisfies ReadFileParams);
  }

  private async load(file: FileText, chain: readonly string[]): Promise<DemarcConfig> {
    if (!('text' in file)) throw new ConfigFileError(file.uri, `cannot read config (${unread(file)})`);
    const { uri, text } = file;
    return configOfText(uri, text, async (name, jsonPath) => {
      const where = whereIn(text, jsonPath);
      if (!name.startsWith('.') && !name.startsWith('/'))
        throw new ConfigFileError(uri, `invalid config: extends "${name}": packages are not read in the browser; name a file${where}`);
      const target = new URL(name, uri).href;
      if (!target.endsWith('.json'))
        throw new ConfigFileError(uri, `invalid config: extends "${name}": a config must be a JSON file${where}`);
      const trail = [...chain, uri];
      if (trail.includes(target))
        throw new ConfigFileError(uri, `invalid config: extends forms a cycle: ${[...trail, target].map(baseName).join(' → ')}${where}`);
      const read = await this.read(target);
      if (!('text' in read)) throw new ConfigFileError(uri, `invalid config: extends "${name}": ${unread(read)}${where}`);
      return this.load(read, trail);
    });
  }
}

const baseName = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** Why a file was not read: what the editor said, or its size over a config's limit. */
const unread = (file: { error: string } | { size: number }) =>
  'error' in file ? file.error : `it is ${file.size} bytes, over the ${MAX_CONFIG_BYTES} bytes a config may have`;
