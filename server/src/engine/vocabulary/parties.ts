import type { Party } from '../model/types';
import { fold } from './words';

// Role words as real contracts write them. Job titles of the client's own IT staff count as the client.
const CLIENT_WORDS = new Set([
  'client',
  'customer',
  'internal',
  'internal it',
  'internal it team',
  'in-house',
  'in house',
  'in-house it',
  'in house it',
  'customer it',
  'client it',
  'it',
  'it department',
  'it team',
  'internal team',
  'agency',
  'government',
  'the government',
  'ministry',
  'department',
  'purchaser',
  'buyer',
  'cio',
  'cto',
  'ciso',
  'it director',
  'director of it',
  'it manager',
  'infrastructure director',
  'director of infrastructure',
]);
const PROVIDER_WORDS = new Set([
  'provider',
  'msp',
  'service provider',
  'managed service provider',
  'managed services provider',
  'vendor',
  'supplier',
  'contractor',
  'consultant',
  'the contractor',
  'the vendor',
  'the provider',
]);
const SHARED_WORDS = new Set(['both', 'shared', 'joint', 'jointly', 'all', 'all parties', 'both parties']);
/** Words of a name that do not pick out a party on their own. */
const GENERIC = new Set([
  'the',
  'of',
  'and',
  'inc',
  'llc',
  'ltd',
  'limited',
  'corp',
  'co',
  'company',
  'group',
  'partners',
  'services',
  'service',
  'systems',
  'solutions',
  'technology',
  'technologies',
  'it',
  'managed',
  'tech',
  'health',
  'county',
  'city',
  'state',
  'department',
  'team',
]);
/** "<party> Role", "<party> IT", "<party> Responsibilities": a party's column or cell under a longer header. */
const SUFFIX = /\s+(?:role|roles|it|team|staff|responsibility|responsibilities|responsible|side|organi[sz]ation)$/;

/** The role words, for the dialect reference (generated into docs/dialect.md). */
export const ROLE_WORDS = { client: [...CLIENT_WORDS], provider: [...PROVIDER_WORDS], shared: [...SHARED_WORDS] } as const;

export function isSharedWord(text: string): boolean {
  return SHARED_WORDS.has(fold(text));
}

const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Resolves a column header, owner cell or tool owner to a declared party: by its name (with or without a
 * bracketed note), an alias, a role word, "<name> Role" / "<name> IT", or one distinctive word of one name.
 */
export function resolveParty(text: string, parties: readonly Party[]): Party | undefined {
  const full = fold(text)
    .replace(/^[*_`]+|[*_`:]+$/g, '')
    .trim();
  const bare = full.replace(/\s*\([^()]{0,80}\)$/, '');
  for (const t of new Set([full, bare, bare.replace(SUFFIX, '')])) {
    const byName = parties.find((p) => fold(p.name) === t || p.aliases.some((a) => fold(a) === t));
    if (byName) return byName;
    if (CLIENT_WORDS.has(t)) return parties.find((p) => p.role === 'client');
    if (PROVIDER_WORDS.has(t)) return parties.find((p) => p.role === 'provider');
  }
  // One distinctive word ("Contoso" for "Contoso Health"), when exactly one party's name has it.
  const token = words(bare.replace(SUFFIX, ''));
  if (token.length !== 1 || GENERIC.has(token[0])) return undefined;
  const matches = parties.filter((p) => words(fold(p.name)).includes(token[0]));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether a name is a role word, so advice never suggests declaring it as a party. */
export function isRoleWord(text: string): boolean {
  const t = fold(text).replace(SUFFIX, '');
  return CLIENT_WORDS.has(t) || PROVIDER_WORDS.has(t);
}
