import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Writes beside the file, then renames over it: a failed write leaves the original intact. */
export async function writeFileAtomic(file: string, data: Buffer): Promise<void> {
  const stat = await fs.stat(file);
  // A read-only file stays unwritten: rename would replace it despite its mode.
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
