import { createHash } from 'node:crypto';
import type { DocumentResult } from '../document';
import { findingIdentities } from '../engine';

/** Each finding's fingerprint, in order: a hash of what the engine says the finding is about (never its line). */
export function fingerprintsOf(document: DocumentResult): string[] {
  return findingIdentities(document.findings, document.analysis?.source).map((id) =>
    createHash('sha256').update(id).digest('hex').slice(0, 32),
  );
}
