import * as path from 'node:path';

/** Relative to the working folder when inside it, else absolute: never a run of `../`. */
export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
