import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { overBudget } from '../document/budget';
import { BlockReader, type Block, type ImportNote, type TitleBlock } from './blocks';
import { WORD_LIMITS, WordError } from './limits';
import { openPackage } from './package';
import { readWord } from './reader';

/** A .docx laid out as Markdown blocks, each line with its Word place: what the import assembles a SOW from. */
export interface Converted {
  blocks: Block[];
  notes: ImportNote[];
  titleBlock?: TitleBlock;
}

const ROLE = 'demarc-word-conversion';

/** Converts in this thread: the package checked and opened by relationship, the document read, laid out as Markdown. */
export async function convertHere(bytes: Buffer): Promise<Converted> {
  const reading = readWord(await openPackage(bytes));
  const reader = new BlockReader();
  const { blocks, titleBlock } = reader.read(reading);
  return { blocks, notes: reader.notes, ...(titleBlock ? { titleBlock } : {}) };
}

/**
 * Converts in a worker thread with a heap of its own (WORD_LIMITS.conversionHeapMb), stopped at the
 * deadline: a file whose conversion runs out of time or memory is that file's "not analysed", and the
 * run goes on. `budgetMs` is what the deadline was set from, for the message.
 */
export function convertDocx(bytes: Buffer, deadline: number, budgetMs: number): Promise<Converted> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, {
      workerData: { role: ROLE, bytes },
      resourceLimits: { maxOldGenerationSizeMb: heapMb(), maxYoungGenerationSizeMb: Math.min(48, heapMb()) },
    });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      finish();
      void worker.terminate();
    };
    const left = deadline - Date.now();
    const timer =
      deadline === Infinity
        ? undefined
        : setTimeout(() => settle(() => reject(new WordError(`it ${overBudget(budgetMs)}`, 'over-budget'))), Math.max(0, left));
    worker.once('message', (message: { ok: Converted } | { error: { name: string; message: string; kind?: WordError['kind'] } }) =>
      settle(() => {
        if ('ok' in message) resolve(message.ok);
        else if (message.error.name === 'WordError') reject(new WordError(message.error.message, message.error.kind));
        else reject(new Error(message.error.message));
      }),
    );
    worker.once('error', (e) =>
      settle(() =>
        reject(
          (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WordError(`converting it needs more than the ${heapMb()} MB of memory Demarc allows`, 'out-of-memory')
            : new Error(`the Word conversion stopped (${e.message.split('\n')[0]})`),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the Word conversion stopped (exit code ${code})`))));
  });
}

/** The conversion's heap ceiling; DEMARC_WORD_HEAP_MB lowers it (tests, small machines), never raises it. */
function heapMb(): number {
  const asked = Number(process.env.DEMARC_WORD_HEAP_MB);
  return Number.isFinite(asked) && asked >= 8 ? Math.min(asked, WORD_LIMITS.conversionHeapMb) : WORD_LIMITS.conversionHeapMb;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) {
  const port = parentPort;
  const { bytes } = workerData as { bytes: Uint8Array };
  convertHere(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (ok) => port.postMessage({ ok }),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ error: { name: err.name, message: err.message.split('\n')[0], kind: (err as WordError).kind } });
    },
  );
}
