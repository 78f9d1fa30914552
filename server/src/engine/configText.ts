import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { ConfigError, mergeConfigs, showPath, validateConfig, type DemarcConfig, type WrittenConfig } from './config';
import { PRESET_NAMES, PRESETS } from './playbook/presets';

export const CONFIG_FILE_NAME = '.demarcrc.json';
/** A config is a few rules; anything larger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A config problem that names its file: the CLI prints it on one line, the server as a diagnostic. */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Reads a config that `extends` names (not a preset): a file or package, as the caller's file system finds it. */
export type LoadExtended = (name: string, jsonPath: (string | number)[]) => Promise<DemarcConfig>;

/**
 * A config from its text: validated, and merged after everything it `extends` (presets here, files and
 * packages by `load`), with the config itself last. Any fault is a ConfigFileError naming the file, the
 * JSON path and, where it can, the line and column. Node reads files from disk, the browser through
 * the editor; both read the text the same way here.
 */
export async function configOfText(file: string, text: string, load: LoadExtended): Promise<DemarcConfig> {
  text = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigFileError(file, `invalid JSON: ${(e as Error).message}`);
  }
  let written: WrittenConfig;
  try {
    written = validateConfig(raw);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigFileError(file, `invalid config: ${e.message}${whereIn(text, e.path)}`);
    throw e;
  }
  const bases: DemarcConfig[] = [];
  const names = written.extends === undefined ? [] : Array.isArray(written.extends) ? written.extends : [written.extends];
  for (const [i, name] of names.entries()) {
    const jsonPath = Array.isArray(written.extends) ? ['extends', i] : ['extends'];
    const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
    if (preset) bases.push(preset);
    else if (name.startsWith('demarc:'))
      throw new ConfigFileError(
        file,
        `invalid config: no preset "${name}" (there are ${PRESET_NAMES.join(', ')})${whereIn(text, jsonPath)}`,
      );
    else bases.push(await load(name, jsonPath));
  }
  const { rules, playbook } = written;
  return bases.length ? mergeConfigs(...bases, { rules, playbook }) : { ...(rules && { rules }), ...(playbook && { playbook }) };
}

/** " (at rules.x[1].y, line 3, column 7)": where a JSON path stands in the text, as far as it exists. */
export function whereIn(text: string, jsonPath: readonly (string | number)[]): string {
  if (jsonPath.length === 0) return '';
  const tree = parseTree(text);
  let node: JsonNode | undefined;
  for (let n = jsonPath.length; n > 0 && !node; n--) node = tree && findNodeAtLocation(tree, jsonPath.slice(0, n) as (string | number)[]);
  // A key's value is found; point at its key, as an editor does.
  const offset = node?.parent?.type === 'property' ? node.parent.offset : node?.offset;
  if (offset === undefined) return ` (at ${showPath(jsonPath)})`;
  const before = text.slice(0, offset).split('\n');
  return ` (at ${showPath(jsonPath)}, line ${before.length}, column ${before[before.length - 1].length + 1})`;
}
