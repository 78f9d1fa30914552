import type { ResponsibilityModelResult } from '../protocolTypes';

/** Extension → webview. */
export type ToWebview =
  | { type: 'model'; model: ResponsibilityModelResult; fileName: string }
  | { type: 'empty'; reason: string }
  /** Tests only: try to run an inline script without the nonce and report whether it ran. */
  | { type: 'probeCsp' };

/** Webview → extension. `rendered` is how tests learn what the page shows. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'cspProbe'; inlineScriptRan: boolean }
  | { type: 'rendered'; version: number; functions: string[]; findings: number; unassigned: string[]; conflicts: string[]; tools: string[]; activeElements: number };
