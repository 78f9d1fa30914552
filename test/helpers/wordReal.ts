// The seven real Word files (../shared/word-real, never copied into the repository): found beside this
// checkout, or beside the repository it was cloned from (a CI checkout elsewhere still reaches them);
// DEMARC_WORD_REAL names the folder outright.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../cli/run';

function origin(): string | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return path.isAbsolute(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

function find(): string {
  if (process.env.DEMARC_WORD_REAL) return process.env.DEMARC_WORD_REAL;
  const candidates = [ROOT, origin()].flatMap((root) => (root ? [path.join(root, '..', 'shared', 'word-real')] : []));
  return candidates.find((dir) => fs.existsSync(dir)) ?? candidates[0];
}

export const WORD_REAL = find();
