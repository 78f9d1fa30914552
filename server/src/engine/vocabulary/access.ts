import type { AccessLevel } from '../model/types';
import { fold, isEmptyMarker } from './words';

/** The client's access to a tool, from `read-write`, `read-only`, `none` or free text. */
export function parseAccess(text: string | undefined): AccessLevel {
  if (text === undefined || (isEmptyMarker(text) && fold(text) !== 'none')) return 'missing';
  const t = fold(text);
  if (/\bread[\s/-]*(?:and[\s-]+)?write\b|\brw\b|\bfull\b|\badmin/.test(t)) return 'read-write';
  if (/\bread[\s-]*only\b|\bview[\s-]*only\b|\bro\b/.test(t)) return 'read-only';
  if (/^(none|no access|no)$/.test(t)) return 'none';
  return 'other';
}
