import { fileURLToPath } from 'node:url';
import { ConfigLocator } from '../node/configFiles';
import { nodeWorkers } from './analysis/nodeWorkers';
import type { ConfigSource, ServerHost } from './host';
import { diskFiles } from './diskFiles';

/** The server in Node: analysis in worker threads of `workerScript`, configs and workspace SOWs read from disk. */
export function nodeHost(workerScript: string): ServerHost {
  return {
    startWorker: nodeWorkers(workerScript),
    configs: new FileConfigs(),
    workspaceFiles: diskFiles,
  };
}

/** Configs of `file:` documents, found on disk as the CLI finds them; other schemes have none. */
class FileConfigs implements ConfigSource {
  private readonly locator = new ConfigLocator();

  configFor(uri: string) {
    return uri.startsWith('file:') ? this.locator.configFor(fileURLToPath(uri)) : Promise.resolve(undefined);
  }

  configAt(file: string) {
    return this.locator.configAt(file);
  }

  revalidateEachTime(on: boolean): void {
    this.locator.revalidateEachTime(on);
  }

  clear(): void {
    this.locator.clear();
  }
}
