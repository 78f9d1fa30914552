import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export class ReadOnlyError extends Error {}

/** Writes beside the file, then renames over it: a failed write leaves the original intact. */
export async function writeFileAtomic(file: string, data: Buffer): Promise<void> {
  const stat = await fs.stat(file);
  // A file marked read-only stays unwritten, for root too: rename would replace it despite its mode.
  if ((stat.mode & 0o222) === 0) throw new ReadOnlyError(`${file} is read-only`);
  await fs.access(file, fs.constants.W_OK);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data, { mode: stat.mode, flag: 'wx' });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
