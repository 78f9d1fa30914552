import type { Party } from '../model/types';
import { rememberedByText } from '../rememberedByText';
import { fold, withoutClauseNumber, withoutFootnoteMark } from './words';

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
  // A cloud platform's customer, and a unit served by its organisation's central IT.
  'tenant',
  'consumer',
  'subscriber',
  'licensee',
  'cloud customer',
  'end customer',
  'unit',
  'local it',
  'departmental it',
  'department it',
  'dept',
  // A provider writing to its customer: "You | Us", "Your responsibilities".
  'you',
  'your',
  'your team',
  'your organisation',
  'your organization',
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
  'cloud provider',
  'cloud service provider',
  'csp',
  'hosting provider',
  'operator',
  'central it',
  'campus it',
  'university it',
  'enterprise it',
  'its',
  'oit',
  'it services',
  'information technology services',
  'we',
  'us',
  'our',
  'our team',
]);
const SHARED_WORDS = new Set(['both', 'shared', 'joint', 'jointly', 'all', 'all parties', 'both parties']);
/** The legal forms written after a company's name ("Ltd", "Inc."). */
const COMPANY_FORMS = new Set([
  'inc',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'plc',
  'gmbh',
  'pty',
  'ag',
  'sa',
  'bv',
  'nv',
  'pte',
]);
/** A folded name less the company forms after it: "fabrikam it services" for "fabrikam it services ltd.". */
function withoutCompanyForm(name: string): string {
  let rest = name.trimEnd();
  for (;;) {
    const space = rest.lastIndexOf(' ');
    if (space <= 0 || !COMPANY_FORMS.has(rest.slice(space + 1).replace(/\.$/, ''))) return rest;
    rest = rest.slice(0, space).replace(/,$/, '').trimEnd();
  }
}

/** Words of a name that do not pick out a party on their own. */
const GENERIC = new Set([
  ...COMPANY_FORMS,
  'the',
  'of',
  'and',
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
/** Whether a word of a name picks out no party on its own ("the", "inc", "services", "department"). */
export function isGenericNameWord(word: string): boolean {
  return GENERIC.has(word);
}

/** "<party> Role", "<party> IT", "<party> Responsibilities": a party's column or cell under a longer header. */
const SUFFIXES = new Set([
  'managed',
  'owned',
  'led',
  'provided',
  'role',
  'roles',
  'it',
  'team',
  'staff',
  'responsibility',
  'responsibilities',
  'responsible',
  'side',
  'organisation',
  'organization',
  'obligations',
  'tasks',
  'duties',
]);

/** The text less a trailing suffix word, found by its last space rather than a pattern (no backtracking on long runs). */
function withoutSuffix(t: string): string {
  // "Customer-managed", "Provider-led": the hyphen joins a suffix like a space does.
  const joined = t.replace(/-(?=(?:managed|owned|led|provided)$)/, ' ');
  const space = joined.lastIndexOf(' ');
  return space > 0 && SUFFIXES.has(joined.slice(space + 1)) ? joined.slice(0, space).trimEnd() : t;
}

/** Trims emphasis and colon marks from both ends by scanning, not by an unanchored pattern. */
function trimMarks(t: string): string {
  let start = 0;
  let end = t.length;
  while (start < end && '*_`'.includes(t[start])) start++;
  while (end > start && '*_`:'.includes(t[end - 1])) end--;
  return t.slice(start, end).trim();
}

/** The role words, for the dialect reference (generated into docs/dialect.md). */
export const ROLE_WORDS = { client: [...CLIENT_WORDS], provider: [...PROVIDER_WORDS], shared: [...SHARED_WORDS] } as const;

/** The role a defined term gives a party ("the Customer", "Supplier"), by the role words; undefined for any other term. */
export function roleOfWord(text: string): 'client' | 'provider' | undefined {
  const t = fold(text);
  return CLIENT_WORDS.has(t) ? 'client' : PROVIDER_WORDS.has(t) ? 'provider' : undefined;
}

export function isSharedWord(text: string): boolean {
  return SHARED_WORDS.has(fold(text)) || SHARED_WORDS.has(withoutSuffix(fold(text)));
}

const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A name less a bracketed note at its end ("Acme (the Client)", "Shared (usage)"), found by position: no pattern
 * walks a long run of spaces. A name without one is returned as it is.
 */
export function withoutNote(text: string): string {
  const trimmed = text.trimEnd();
  const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(') : -1;
  return open > 0 && trimmed.length - open <= 82 ? trimmed.slice(0, open).trimEnd() : text;
}

/**
 * Resolves a column header, owner cell or tool owner to a declared party: by its name (with or without a
 * bracketed note), an alias, a role word, "<name> Role" / "<name> IT", or one distinctive word of one name.
 */
export function resolveParty(text: string, parties: readonly Party[]): Party | undefined {
  // The readers ask about the same header and owner cells many times over: each answer is remembered for the
  // parties it was given against (one analysis's list), so a long cell is walked once.
  let byText = resolutions.get(parties);
  if (!byText) resolutions.set(parties, (byText = rememberedByText((t) => resolve(t, parties), REMEMBERED_CHARS)));
  return byText(text);
}

const resolutions = new WeakMap<readonly Party[], (text: string) => Party | undefined>();
// The list lives as long as its parties do (across keystrokes when unchanged): bounded, and roomy enough for a long header.
const REMEMBERED_CHARS = 4_000_000;

// The longest cell the corpus resolves to a party is about 100 characters; one past this is prose, not a name,
// and is not folded and split word by word to find out.
const MAX_NAME_CHARS = 400;

function resolve(text: string, parties: readonly Party[]): Party | undefined {
  if (text.length > MAX_NAME_CHARS) return undefined;
  const full = trimMarks(fold(text));
  // A description after the name: "Acme (the Client)", "Ministry Teams - Applications & Data".
  const dash = /\s[-–—:]\s/.exec(full);
  const named = dash ? full.slice(0, dash.index) : full;
  const bare = withoutNote(named);
  // "Managed by MSP", "Responsibility of the Provider", "Vendor's Role": the party, less the words around it.
  const inner = bare
    .replace(
      /^(?:(?:managed|provided|performed|owned|done|supplied|delivered|handled|led) by|(?:responsibilit(?:y|ies)|role|duties|tasks) of) (?:the )?/,
      '',
    )
    .replace(/['’]s\b/, '');
  for (const t of new Set([full, bare, withoutSuffix(bare), inner, withoutSuffix(inner), withoutCompanyForm(bare)])) {
    const byName = parties.find(
      (p) => fold(p.name) === t || withoutCompanyForm(fold(p.name)) === t || p.aliases.some((a) => fold(a) === t),
    );
    if (byName) return byName;
    if (CLIENT_WORDS.has(t)) return parties.find((p) => p.role === 'client');
    if (PROVIDER_WORDS.has(t)) return parties.find((p) => p.role === 'provider');
  }
  // The acronym a party's name gives in brackets: "ITS" for "UNC Information Technology Services (ITS)".
  if (/^[a-z0-9&]{2,8}$/.test(bare)) {
    const byAcronym = parties.find((p) => fold(p.name).endsWith(`(${bare})`));
    if (byAcronym) return byAcronym;
    // Or the initials of its name's words, three or more ("AWS" for "Amazon Web Services, Inc.").
    const byInitials = bare.length >= 3 ? parties.filter((p) => initials(p.name) === bare) : [];
    if (byInitials.length === 1) return byInitials[0];
  }
  // "Contoso Ltd." for Contoso: a company form after a name adds no word that picks out a party.
  const byWord = byDistinctiveWord(words(withoutCompanyForm(withoutSuffix(bare))), parties);
  if (byWord) return byWord;
  // Someone of a party's ("Contoso IT Manager", "Northwind Engineer", "MSP Service Desk"): the party, less
  // the job or team after it. Not after a bare "client" or "customer": a "Customer Service Manager" is the provider's.
  const held = words(bare);
  let end = held.length;
  while (end > 1 && held.length - end < 3 && (JOB_WORDS.has(held[end - 1]) || TEAM_WORDS.has(held[end - 1]))) end--;
  if (end === held.length) return undefined;
  const before = held.slice(0, end).join(' ');
  const holder = withoutSuffix(before);
  if (PROVIDER_WORDS.has(holder)) return parties.find((p) => p.role === 'provider');
  // "Customer IT Manager": the client's own IT, said before the job.
  if (CLIENT_WORDS.has(holder) && holder !== before) return parties.find((p) => p.role === 'client');
  const byHolderName = parties.find((p) => fold(p.name) === holder || p.aliases.some((a) => fold(a) === holder));
  return byHolderName ?? byDistinctiveWord(words(holder), parties);
}

/** Words that say someone outside the party its name stands beside ("Contoso's other suppliers", "Northwind subcontractors"). */
const OUTSIDE = /\b(?:third|other|external|outside|subcontract\w*|suppliers?|vendors?|partners?|contractors?|carriers?|affiliates?)\b/i;

/**
 * The declared party whose whole name a short name holds among other words ("Contoso Business Units", "Northwind
 * Cloud Operations"), not listing two owners ("Northwind / Customer") or naming someone outside the party. Alone,
 * such a name may as well be a product ("Sourcegraph Cloud"): the caller says what makes it a unit of the party.
 */
export function partyInName(text: string, parties: readonly Party[]): Party | undefined {
  if (text.length > MAX_NAME_CHARS || words(text).length > 6 || OUTSIDE.test(text) || ownerNames(text).length !== 1) return undefined;
  const named = partiesNamedIn(text, parties);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The declared parties a phrase names by their full names or aliases, as whole words ("How Microsoft and Red
 * Hat helps", "What Northwind does"): a column header that says whose duties stand under it.
 */
export function partiesNamedIn(text: string, parties: readonly Party[]): Party[] {
  // A header phrase is short; a long cell is no header naming its parties (and is not folded to find out).
  if (text.length > 240) return [];
  const phrase = ` ${words(fold(text)).join(' ')} `;
  if (phrase.length > 120) return [];
  return parties.filter((p) =>
    [p.name, ...p.aliases].some((n) => {
      const name = words(fold(n)).join(' ');
      return name !== '' && phrase.includes(` ${name} `);
    }),
  );
}

/** The initials of a name's words, less a company form and joining words: "aws" for "Amazon Web Services, Inc.". */
function initials(name: string): string {
  return words(fold(name))
    .filter((w) => !COMPANY_FORMS.has(w) && !['the', 'of', 'and'].includes(w))
    .map((w) => w[0])
    .join('');
}

/** One distinctive word ("Contoso" for "Contoso Health"), when exactly one party's name has it. */
function byDistinctiveWord(token: string[], parties: readonly Party[]): Party | undefined {
  if (token.length !== 1 || GENERIC.has(token[0])) return undefined;
  const matches = parties.filter((p) => words(fold(p.name)).includes(token[0]));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The job or team that follows a party's name in a column header. */
const JOB_WORDS = new Set([
  'manager',
  'engineer',
  'engineers',
  'lead',
  'administrator',
  'administrators',
  'admin',
  'technician',
  'technicians',
  'analyst',
  'analysts',
  'desk',
  'service',
  'director',
  'officer',
  'contact',
  'coordinator',
  'architect',
  'specialist',
  'reviewer',
  'reviewers',
  'approver',
  'approvers',
  'sponsor',
  'admins',
  'agent',
  'agents',
  'noc',
  'soc',
  'operations',
  'security',
  'network',
  'help',
  'support',
]);

/** Words that end the name of a team or a job, beside the jobs a party's name may stand before. */
const TEAM_WORDS = new Set([
  'team',
  'teams',
  'group',
  'department',
  'dept',
  'office',
  'staff',
  'helpdesk',
  'servicedesk',
  'engineering',
  'management',
  'administration',
  'centre',
  'center',
  'committee',
  'board',
  'personnel',
  'owner',
  'owners',
  // Departments of any organisation ("Procurement", "Customer Success").
  'procurement',
  'purchasing',
  'finance',
  'legal',
  'hr',
  'compliance',
  'success',
]);

/**
 * Whether a name is written as a proper name ("Fabrikam", "Acme Leasing", "MSP") rather than a description
 * ("Managed service", "the vendor's own staff"): every word of four letters or more begins with a capital.
 */
export function writtenAsName(text: string): boolean {
  if (text.length > MAX_NAME_CHARS) return false;
  const long = text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length >= 4);
  return long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether a name no declared party resolves to is worth declaring: written as a name, and naming no team or job
 * of some party ("Service Desk") and no description ("Managed service").
 */
export function namesUndeclaredParty(name: string): boolean {
  return writtenAsName(name) && !namesTeamOrJob(name);
}

/** Job words that also end company names ("Ironclad Security", "Acme Network"). */
const COMPANY_WORDS = new Set(['security', 'network', 'service', 'help']);

/**
 * Whether a name says a team or a job ("Service Desk", "Network Team", "Project Manager", "Tier 2") and no
 * organisation: someone of one party or another, which the table does not say. Not an undeclared party.
 */
export function namesTeamOrJob(text: string): boolean {
  // Only the last two words decide, so only the name's end is read.
  const held = words(fold(text.slice(-80)));
  const last = held[held.length - 1];
  if (last === undefined) return false;
  return (
    (JOB_WORDS.has(last) && !COMPANY_WORDS.has(last)) ||
    TEAM_WORDS.has(last) ||
    /^(?:tier|level|l)\s?\d$/.test(held.slice(-2).join(' ')) ||
    /^l\d$/.test(last)
  );
}

/**
 * The owners an owner cell names: "Contoso / Northwind", "MSP responsible, IT informed" (IT is only
 * informed), "Client, with MSP consulted". Split on the separators alone and trimmed after, since a
 * leading \s* in the pattern backtracks on long runs of spaces.
 */
export function ownerNames(text: string): string[] {
  const names: string[] = [];
  for (const piece of text.split(/[/,&+;]|\band\b|\bwith\b/i)) {
    // Parties only consulted or informed are not owners.
    // "Support" after a name names a team ("SonicSentry Support"); "supports" or "support" in lower case says a role.
    // Nor is a party escalated to ("Northwind; escalation to Contoso"), one that helps ("supported by Northwind"),
    // or one that stands in ("Contoso backup", "Contoso secondary").
    if (
      /\b(consulted|informed|notified|input|escalat\w*|supported|assisted|secondary|backup)\b/i.test(piece) ||
      /\b(?:[Ss]upports|[Aa]ssists|support|assist)\b/.test(piece)
    )
      continue;
    const name = withoutFootnoteMark(piece.replace(/\b(responsible|accountable|owns?|leads?|primary)\b/gi, ''));
    if (name !== '') names.push(name);
  }
  return names;
}

/** Whether a name is a role word, so advice never suggests declaring it as a party. */
export function isRoleWord(text: string): boolean {
  const t = withoutSuffix(fold(text));
  return CLIENT_WORDS.has(t) || PROVIDER_WORDS.has(t);
}

/** A unit of a larger organisation: a school, college, faculty, department, division or office. */
const UNIT = /^(?:the\s+)?(?:school|college|faculty|department|dept|division|office|institute|centre|center|campus|unit|library|clinic)\b/i;
/** An organisation's own IT service: central IT, information services, computing services. */
const CENTRAL_IT =
  /\b(?:information technology|it services|its|information services|information systems|computing|technology services|information and educational technology|office of information technology|it department|itech)\b/i;

/**
 * Whether client and provider are parts of one organisation: they share a distinctive name word ("Pacific
 * University School of Pharmacy" and "Pacific University Information Services"), or the client is a unit
 * (a school, a department) served by the organisation's own IT. Such an agreement is internal: its tools are
 * the organisation's, neither side takes them away at the end.
 */
export function oneOrganisation(parties: readonly Party[]): boolean {
  const client = parties.find((p) => p.role === 'client')?.name ?? '';
  const provider = parties.find((p) => p.role === 'provider')?.name ?? '';
  if (client === '' || provider === '') return false;
  const named = (name: string) =>
    new Set(
      fold(name)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '' && !GENERIC.has(w)),
    );
  const mine = named(client);
  if ([...named(provider)].some((w) => mine.has(w))) return true;
  return UNIT.test(client.trim()) && CENTRAL_IT.test(provider);
}

/**
 * Whether a heading titles the client's own duties ("Your Responsibilities (What We Need From You)", "Customer
 * Obligations"): what stands under it is what the client does, not what the provider promises.
 */
export function namesClientDuties(title: string): boolean {
  const duties = /^(?:the\s+)?(.+?)(?:['’]s?)?\s+(?:responsibilit(?:y|ies)|obligations|duties)\b/i.exec(withoutClauseNumber(title.trim()));
  return (duties !== null && CLIENT_WORDS.has(withoutSuffix(fold(duties[1])))) || /\bwhat we need from you\b/i.test(title);
}

/** "**G** = Galtea", "C: Customer", "MSP – Northwind": a code, a sign, and the name it stands for. */
const LEGEND_ENTRY = /(?:^|[\s,;(])(?:\*\*|__)?([A-Z]{1,3})(?:\*\*|__)?\s*(?:=|:|–|—)\s*(?:the\s+)?(?:\*\*|__)?([^,;.\n*|()=]{1,60})/g;
const MAX_LEGEND_TEXT = 100_000;

/**
 * Codes a legend gives the declared parties ("**G** = Galtea, **C** = Customer, **G+C** = shared"): where a
 * table writes G and C for its owners, they name those parties. Only a name that is a declared party counts, so
 * "A = Accountable" defines a role, not a party.
 */
export function legendAliases(text: string, parties: readonly Party[]): Map<Party, string[]> {
  const found = new Map<Party, string[]>();
  for (const m of text.slice(0, MAX_LEGEND_TEXT).matchAll(LEGEND_ENTRY)) {
    const [, code, name] = m;
    const party = resolveParty(name.trim(), parties);
    if (!party || resolveParty(code, parties)) continue;
    const codes = found.get(party) ?? [];
    if (!codes.includes(code)) found.set(party, [...codes, code]);
  }
  return found;
}
