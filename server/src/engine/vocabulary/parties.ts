import type { Party } from '../model/types';
import { fold } from './words';

const CLIENT_WORDS = ['client', 'customer', 'internal', 'internal it', 'in-house', 'in house'];
const PROVIDER_WORDS = ['provider', 'msp', 'service provider', 'managed service provider'];
const SHARED_WORDS = ['both', 'shared', 'joint', 'jointly', 'all'];

export function isSharedWord(text: string): boolean {
  return SHARED_WORDS.includes(fold(text));
}

/** Resolves a column header or owner name to a declared party, by name or role word. */
export function resolveParty(text: string, parties: readonly Party[]): Party | undefined {
  const t = fold(text).replace(/\s*\(.*\)$/, '');
  const byName = parties.find((p) => fold(p.name) === t);
  if (byName) return byName;
  if (CLIENT_WORDS.includes(t)) return parties.find((p) => p.role === 'client');
  if (PROVIDER_WORDS.includes(t)) return parties.find((p) => p.role === 'provider');
  return undefined;
}
