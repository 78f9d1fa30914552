import type { AccessLevel } from '../model/types';
import { fold, isEmptyMarker } from './words';

/** The client's access to a tool, from `read-write`, `read-only`, `none` or free text. */
export function parseAccess(text: string | undefined): AccessLevel {
  if (text === undefined || (isEmptyMarker(text) && fold(text) !== 'none')) return 'missing';
  // A denied right ("no admin rights", "without full access") grants nothing, so it is read out first.
  const t = fold(text).replace(/\b(?:no|not|without|non)[\s-]+(?:full|admin\w*|write|read[\s/-]*write)\b/g, ' ');
  // German after English: "Lesezugriff", "nur lesend"; "Vollzugriff", "Schreibzugriff"; "kein Zugriff".
  if (/\bread[\s-]*only\b|\bview[\s-]*only\b|\bviewer\b|\breporting only\b|\bro\b|lesezugriff|nur[\s-]*les/.test(t)) return 'read-only';
  // Access written as a role: a technician's or an administrator's role can work tickets and devices.
  if (
    /\bread[\s/-]*(?:and[\s-]+)?write\b|\brw\b|\bfull\b|\badmin|\btechnician\b|\bsame as (?:the )?(?:msp|provider)|vollzugriff|schreibzugriff|lesen und schreiben/.test(
      t,
    )
  )
    return 'read-write';
  if (/^(none|no access|no|kein zugriff|keiner|keine|nein)$/.test(t)) return 'none';
  return 'other';
}

/** The access levels a tool table offers, with what each gives the client's team. */
export const ACCESS_CHOICES: readonly { value: string; meaning: string }[] = [
  { value: 'read-write', meaning: 'The client can see and change: what a co-managed team needs' },
  { value: 'read-only', meaning: 'The client can see but not act' },
  { value: 'none', meaning: 'No client access' },
];
