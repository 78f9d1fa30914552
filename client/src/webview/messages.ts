import type { ResponsibilityModelResult } from '../protocolTypes';

/** Extension → webview. */
export type ToWebview =
  | { type: 'model'; model: ResponsibilityModelResult; fileName: string }
  | { type: 'empty'; reason: string };

/** Webview → extension. `rendered` is how tests learn what the page shows. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'rendered'; version: number; functions: string[]; findings: number; unassigned: string[]; conflicts: string[]; tools: string[]; activeElements: number };
