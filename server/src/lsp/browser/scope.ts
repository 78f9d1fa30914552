/**
 * The web worker this code runs in and the workers it starts, as far as they are used here (the server
 * compiles against Node's types, not the DOM's).
 */
export interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  readonly location: { readonly href: string };
}

export interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
}

export const scope = (globalThis as unknown as { self: WorkerScope }).self;

export const startWebWorker = (url: string): WebWorker =>
  new (globalThis as unknown as { Worker: new (url: string, options?: { name?: string }) => WebWorker }).Worker(url, {
    name: 'demarc-analysis',
  });
