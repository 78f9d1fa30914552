import type { PreviewData } from '../protocolTypes';

/** Extension → webview. */
export type ToWebview =
  { type: 'data'; data: PreviewData; fileName: string; uri: string } | { type: 'empty'; reason: string } | { type: 'cursor'; line: number };

/** Webview → extension. */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number };
