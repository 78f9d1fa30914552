import { constants, promises as fs, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';
import { tooLarge } from '../engine';

/** Input Demarc will not read: not a regular file, or over its size limit. */
export class InputError extends Error {}
/** Over the size limit; the message completes "Demarc did not analyse this document: …". */
export class TooLargeError extends InputError {}

export interface FileBytes {
  bytes: Buffer;
  stat: Stats;
}

// Not on Windows, where opening a pipe does not wait for a writer anyway.
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Reads a regular file of at most `maxBytes`. A FIFO or device is refused before it is opened; the open
 * itself does not block (a FIFO swapped in after the check), and the handle is checked again. Reading
 * stops one byte past the limit, so a file that grows meanwhile cannot use up memory.
 */
export async function readRegularFile(file: string | Buffer, maxBytes: number): Promise<FileBytes> {
  refuseIrregular(await fs.stat(file));
  const handle = await fs.open(file, constants.O_RDONLY | NONBLOCK);
  try {
    const stat = await handle.stat();
    refuseIrregular(stat);
    if (stat.size > maxBytes) throw new TooLargeError(tooLarge(stat.size, maxBytes).reason);
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) throw new TooLargeError(`it grew while it was read, past the ${megabytes(maxBytes)} MB limit`);
    }
    return { bytes: buffer.subarray(0, length), stat };
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) up to `maxBytes`, and stops reading beyond it. */
export async function readStream(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new TooLargeError(`it is over the ${megabytes(maxBytes)} MB limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function refuseIrregular(stat: Stats): void {
  if (stat.isFile()) return;
  const kind = stat.isDirectory()
    ? 'a folder'
    : stat.isFIFO()
      ? 'a FIFO'
      : stat.isSocket()
        ? 'a socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'a device'
          : 'not a file';
  throw new InputError(`not a regular file (${kind}); not read`);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
