import { rememberedByText } from '../rememberedByText';
import { TOOL_NOUNS, TOOL_PRODUCTS, type ToolKind } from './toolGazetteer';
import { mentionsAny, words } from './words';

export type { ToolKind } from './toolGazetteer';

/**
 * Kinds of tool whose end a contract must settle: what the provider runs for or on the client (agents on its
 * devices, its ticket history, documentation, backups, security telemetry). A cloud platform, a collaboration
 * suite, code hosting, CI/CD and identity are most often the client's own tenant, so they ask for none; security
 * awareness training puts nothing on the client's systems and keeps only its own course records, and on-call
 * paging, uptime checks and status pages (alerting) watch from outside.
 */
export const EXIT_KINDS: ReadonlySet<ToolKind> = new Set<ToolKind>([
  'rmm',
  'psa',
  'ticketing',
  'itsm',
  'remote-access',
  'documentation',
  'backup',
  'edr',
  'mdr',
  'siem',
  'soar',
  'password-manager',
  'patching',
  'monitoring',
  'observability',
  'email-security',
  'mdm',
  'dns-filtering',
  'vulnerability',
  'asset-management',
  'vpn',
]);

/** Kinds whose generic nouns name a tool in running text ("the RMM agent", "a support portal"): the provider's delivery tools. */
const PROSE_NOUN_KINDS: ReadonlySet<ToolKind> = new Set<ToolKind>([
  'rmm',
  'psa',
  'ticketing',
  'itsm',
  'remote-access',
  'documentation',
  'backup',
  'edr',
  'mdr',
  'siem',
  'password-manager',
  'patching',
  'monitoring',
]);
/** Generic nouns too loose for running text ("a wiki", "the firewall"): they count only in a tool table. */
const TABLE_ONLY_NOUNS = new Set([
  'wiki',
  'knowledge base',
  'repo',
  'intranet',
  'alerting system',
  'alerting platform',
  'on-call platform',
  // "Remote access" in running text is mostly a service or a right; as a row of a tool table it is the tool.
  'remote access',
  'remote support',
]);
/** Running text that names a ticketing system without the gazetteer's words ("a tracking system", "the call logging system"). */
const MORE_PROSE_NOUNS: readonly [string, ToolKind][] = [
  ['agent software', 'rmm'],
  ['software agents', 'rmm'],
  ['endpoint agents', 'rmm'],
  ['auto documentation and management system', 'documentation'],
  ['documentation and management system', 'documentation'],
  ['auto documentation system', 'documentation'],
  ['tracking system', 'ticketing'],
  ['incident management system', 'ticketing'],
  ['ticket tracking system', 'ticketing'],
  ['call logging system', 'ticketing'],
  ['trouble ticket system', 'ticketing'],
  ['trouble ticketing system', 'ticketing'],
  ['ticket support system', 'ticketing'],
  ['support ticket system', 'ticketing'],
  ['support ticketing system', 'ticketing'],
];
/** Vendors of the cloud tenant a client owns: their security and management tools live in that tenant. */
const TENANT_VENDORS = new Set(['Microsoft', 'Google', 'Amazon Web Services']);

/** Words beside an ambiguous name that make it a tool ("Halo PSA", "the Level agent"). */
const TOOL_WORDS = new Set([
  'rmm',
  'psa',
  'agent',
  'agents',
  'platform',
  'tool',
  'tools',
  'software',
  'portal',
  'console',
  'app',
  'ticketing',
  'backup',
  'backups',
  'edr',
  'siem',
  'mdm',
  'vpn',
]);

interface Phrase {
  words: string[];
  name: string;
  /** What a reviewer calls it, where its kind's name would mislead ("agent software" is an agent, not an RMM). */
  label?: string;
  kind: ToolKind;
  /** A product of the client's own cloud tenant (Microsoft 365 and Azure, Google Workspace): it stays with the client. */
  tenant: boolean;
  product: boolean;
  ambiguous: boolean;
  prose: boolean;
}

/** The gazetteer indexed by each phrase's first word, longest phrases first: text is matched in one pass. */
const INDEX: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const index = new Map<string, Phrase[]>();
  const add = (text: string, phrase: Omit<Phrase, 'words'>) => {
    const w = words(text).split(' ').filter(Boolean);
    if (w.length === 0) return;
    (index.get(w[0]) ?? index.set(w[0], []).get(w[0])!).push({ ...phrase, words: w });
  };
  for (const p of TOOL_PRODUCTS)
    for (const name of [p.name, ...(p.aliases ?? [])])
      add(name, {
        name: p.name,
        kind: p.kind,
        product: true,
        ambiguous: p.ambiguous === true,
        prose: true,
        tenant: TENANT_VENDORS.has(p.vendor),
      });
  for (const [kind, nouns] of Object.entries(TOOL_NOUNS) as [ToolKind, readonly string[]][])
    for (const noun of nouns)
      add(noun, {
        name: noun,
        kind,
        product: false,
        ambiguous: false,
        prose: PROSE_NOUN_KINDS.has(kind) && !TABLE_ONLY_NOUNS.has(noun),
        tenant: false,
      });
  for (const [noun, kind] of MORE_PROSE_NOUNS)
    add(noun, {
      name: noun,
      kind,
      product: false,
      ambiguous: false,
      prose: true,
      tenant: false,
      ...(/agent/.test(noun) ? { label: 'agent software' } : {}),
    });
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

const TOKEN = /[\p{L}\p{N}]+/gu;

function phraseAt(tokens: readonly string[], i: number): Phrase | undefined {
  for (const p of INDEX.get(tokens[i]) ?? []) if (p.words.every((w, k) => tokens[i + k] === w || pluralOf(p, k, tokens[i + k]))) return p;
  return undefined;
}

/** A generic noun's last word written in the plural ("ticketing platforms", "backup systems") names the same kind. */
function pluralOf(p: Phrase, k: number, token: string | undefined): boolean {
  return !p.product && k === p.words.length - 1 && p.words.length > 1 && token === `${p.words[k]}s`;
}

/**
 * A tool a table cell names: a product or a tool noun at its start, with at most a few words after ("Datto
 * RMM agents"). A product whose name is also a word ("Level", "Front", "Manage") names it only alone in its
 * cell, before its description ("Level (RMM)"), or with a tool word or kind after it ("Level agent", "Keeper
 * password manager"), as in running text: "Level 1-2" is a maturity level. Under a header naming the tools it is one.
 */
export function toolNamedIn(
  cell: string,
  /** The cell stands in a column headed as the tools ("Tool", "Platform"): the header says it is a name. */
  headedAsTools = false,
): { name: string; kind: ToolKind; product: boolean; tenant: boolean } | undefined {
  const tokens = words(cell.slice(0, 200)).split(' ').filter(Boolean);
  const p = tokens.length > 0 ? phraseAt(tokens, 0) : undefined;
  if (!p || tokens.length - p.words.length > 3) return undefined;
  if (p.ambiguous && !headedAsTools && !namedAlone(cell, tokens, p)) return undefined;
  return { name: p.name, kind: p.kind, product: p.product, tenant: p.tenant };
}

/** Whether an ambiguous name at a cell's start stands as a name: the whole cell, then a description, or a tool word or kind after it. */
function namedAlone(cell: string, tokens: readonly string[], p: Phrase): boolean {
  const rest = tokens.slice(p.words.length);
  if (rest.length === 0 || rest.some((t, k) => TOOL_WORDS.has(t) || phraseAt(rest, k)?.product === false)) return true;
  const last = [...cell.slice(0, 200).matchAll(TOKEN)][p.words.length - 1];
  return last !== undefined && /^\s*[(:,\u2013\u2014]/.test(cell.slice(last.index + last[0].length));
}

export interface ToolMentionIn {
  /** As the text writes it. */
  name: string;
  /** The gazetteer's own name for what it names ("RocketCyber" for "Kaseya MDR"): one tool, whichever name the text uses. */
  known: string;
  kind: ToolKind;
  /** The kind in a reviewer's words. */
  label: string;
  product: boolean;
  tenant: boolean;
  /** Offset of the mention in the text. */
  at: number;
  /**
   * Agents the text installs or deploys ("installation of necessary agents"), with their tool's kind when the
   * sentence says it (monitoring, backup) and open otherwise: they belong to whichever tool put them there.
   */
  agents?: 'open' | 'said';
}

/**
 * Tools named in running text: products written as names (capitalised; an ambiguous one only beside a tool
 * word) and the generic nouns of the provider's delivery tools. One pass over the words.
 */
export const toolMentionsIn: (text: string) => readonly ToolMentionIn[] = rememberedByText(readToolMentions);

function readToolMentions(text: string): ToolMentionIn[] {
  const found: ToolMentionIn[] = [];
  const matches = [...text.slice(0, 100_000).matchAll(TOKEN)];
  const tokens = matches.map((m) => m[0].toLowerCase());
  let lastProductEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const p = phraseAt(tokens, i);
    if (!p && AGENT_WORDS.has(tokens[i]) && installed(text, matches, tokens, i)) {
      const kind = agentKind(tokens, i);
      found.push({
        name: matches[i][0],
        known: matches[i][0],
        kind: kind ?? 'rmm',
        label: 'agent software',
        product: false,
        tenant: false,
        at: matches[i].index!,
        agents: kind ? 'said' : 'open',
      });
      continue;
    }
    if (!p || !p.prose) continue;
    const last = matches[i + p.words.length - 1];
    // A phrase's words stand together: not across a line or a mark ("monitoring  \n✓ Software updates").
    if (/\n|[^\s\-'’.&/+]/u.test(text.slice(matches[i].index! + matches[i][0].length, last.index).replace(/[\p{L}\p{N}]+/gu, ''))) continue;
    const written = matches[i][0];
    if (p.product && !/^[\p{Lu}\p{N}]/u.test(written)) continue;
    if (
      p.ambiguous &&
      !TOOL_WORDS.has(tokens[i + p.words.length] ?? '') &&
      !TOOL_WORDS.has(tokens[i - 1] ?? '') &&
      !listedWithProduct(text, matches, tokens, i, p.words.length, lastProductEnd)
    )
      continue;
    // A sentence's first word is capitalised whatever it is: "Manage platform availability" is a verb before a
    // noun. There only a kind's own name after it ("Halo PSA") makes an ordinary word a product.
    if (p.ambiguous && startsSentence(text, matches[i].index) && !KIND_WORDS.has(tokens[i + p.words.length] ?? '')) continue;
    if (p.product && !p.ambiguous) lastProductEnd = i + p.words.length - 1;
    found.push({
      name: text.slice(matches[i].index, last.index + last[0].length),
      known: p.name,
      kind: p.kind,
      label: p.label ?? describeToolKind(p.kind),
      product: p.product,
      tenant: p.tenant,
      at: matches[i].index,
    });
    i += p.words.length - 1;
  }
  return found;
}

const AGENT_WORDS = new Set(['agent', 'agents']);
/** Words before "agents" that make them people ("support agents", "service desk agents"). */
const PEOPLE_AGENTS = new Set([
  'support',
  'service',
  'desk',
  'helpdesk',
  'live',
  'human',
  'call',
  'contact',
  'sales',
  'customer',
  'field',
  'chat',
  'travel',
  'insurance',
  'our',
  'trained',
]);
const INSTALLS = /^(?:install|deploy|push|roll)/;

/**
 * The words before a sentence's install or deploy word ("we deploy SentinelOne on all endpoints" gives "we"):
 * who puts software on systems, when anyone is said to. Undefined when the sentence installs nothing.
 */
export function installerIn(sentence: string): string | undefined {
  const verb = /\b(?:install|deploy|roll(?:s|ed|ing)? out)/i.exec(sentence);
  return verb ? sentence.slice(0, verb.index) : undefined;
}

/**
 * Whether software agents are put on systems in this sentence: an install or deploy word a few words before
 * ("installation of necessary agents", "installable agents") or after ("agents are installed"). People called
 * agents are not installed.
 */
function installed(text: string, matches: readonly RegExpMatchArray[], tokens: readonly string[], i: number): boolean {
  if (PEOPLE_AGENTS.has(tokens[i - 1] ?? '')) return false;
  const sameSentence = (k: number) =>
    !/[.!?;\n]/.test(text.slice(Math.min(matches[k].index!, matches[i].index!), Math.max(matches[k].index!, matches[i].index!)));
  for (let k = Math.max(0, i - 6); k < i; k++) if (INSTALLS.test(tokens[k]) && sameSentence(k)) return true;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3); k++)
    if (/^(?:installed|deployed)$/.test(tokens[k]) && sameSentence(k)) return true;
  return false;
}

/** The kind of tool an installed agent's sentence names around it (a monitoring or backup agent); undefined when none. */
function agentKind(tokens: readonly string[], i: number): ToolKind | undefined {
  const near = tokens.slice(Math.max(0, i - 8), i + 8);
  if (near.some((t) => /^monitor/.test(t))) return 'monitoring';
  if (near.some((t) => /^backups?$/.test(t))) return 'backup';
  return undefined;
}

/**
 * Whether an ambiguous name stands in a list beside a product no one mistakes ("CWA, Auvik and other systems",
 * "Halo and NinjaOne"): joined to it by a comma, a slash, "and" or "or".
 */
function listedWithProduct(
  text: string,
  matches: readonly RegExpMatchArray[],
  tokens: readonly string[],
  i: number,
  length: number,
  lastProductEnd: number,
): boolean {
  // Tokens a to b (b after a) joined by list marks only: a comma or slash between them, or one "and" / "or".
  const joined = (a: number, b: number) => {
    const between = tokens.slice(a + 1, b);
    if (between.length > 1 || between.some((t) => t !== 'and' && t !== 'or')) return false;
    const gap = text.slice(matches[a].index! + matches[a][0].length, matches[b].index);
    return /^[\s,/&]*$/.test(gap.replace(/\b(?:and|or)\b/gi, '')) && (between.length === 1 || /[,/&]/.test(gap));
  };
  if (lastProductEnd >= 0 && i - lastProductEnd <= 2 && joined(lastProductEnd, i)) return true;
  for (const next of [i + length, i + length + 1]) {
    const q = next < tokens.length ? phraseAt(tokens, next) : undefined;
    if (q?.product && !q.ambiguous && joined(i + length - 1, next)) return true;
  }
  return false;
}

/** Words naming a kind of tool outright, not a noun a verb may take ("platform", "tools"). */
const KIND_WORDS = new Set(['rmm', 'psa', 'ticketing', 'edr', 'mdr', 'xdr', 'siem', 'soar', 'itsm']);

/** Whether a position starts a sentence, a cell or a list item: nothing before it but a stop, a bar or a marker. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  return before === '' || /(?:[.!?:;|\n]|(?:^|\n)\s*[-*+]|\d[.)])$/.test(before);
}

/** What a kind of tool is, in a reviewer's words. */
export function describeToolKind(kind: ToolKind): string {
  const names: Partial<Record<ToolKind, string>> = {
    rmm: 'RMM',
    psa: 'PSA',
    ticketing: 'ticketing system',
    itsm: 'ITSM platform',
    'remote-access': 'remote access tool',
    documentation: 'documentation system',
    backup: 'backup system',
    edr: 'EDR',
    mdr: 'MDR service',
    siem: 'SIEM',
    soar: 'SOAR platform',
    'password-manager': 'password manager',
    patching: 'patching tool',
    monitoring: 'monitoring tool',
    observability: 'observability tool',
    alerting: 'alerting or uptime service',
  };
  return names[kind] ?? kind.replace(/-/g, ' ');
}

/** Words an exit clause uses for what a kind of tool leaves behind ("backups", "credentials", "agents"). */
const KIND_EXIT_WORDS: Partial<Record<ToolKind, readonly string[]>> = {
  backup: ['backup', 'backups', 'backup data', 'restore points'],
  documentation: ['documentation', 'runbooks', 'knowledge base'],
  'password-manager': ['passwords', 'credentials', 'password vault'],
  edr: ['agents', 'security agents', 'endpoint agents'],
  mdr: ['agents', 'security agents'],
  siem: ['logs', 'security logs', 'log data'],
  monitoring: ['monitoring', 'agents'],
  observability: ['logs', 'monitoring'],
  'remote-access': ['remote access', 'remote access agents'],
  patching: ['agents', 'patching'],
  mdm: ['device management', 'enrolment', 'enrollment'],
  itsm: ['tickets', 'ticket history'],
};

/** Whether an exit clause covers a kind of tool by the words for what it leaves behind. */
export function exitWordsCover(kind: ToolKind, text: string): boolean {
  const list = KIND_EXIT_WORDS[kind];
  return list !== undefined && mentionsAny(text, list);
}

/** Whether a kind makes a tool an RMM, or a ticketing system (PSA, service desk, ITSM). */
export function kindFlags(kind: ToolKind | undefined): { isRmm: boolean; isTicketing: boolean } {
  return { isRmm: kind === 'rmm', isTicketing: kind === 'psa' || kind === 'ticketing' || kind === 'itsm' };
}

/** Words and products that make a tool an RMM (remote monitoring and management) platform. */
export const RMM_WORDS = [
  'rmm',
  'remote monitoring',
  'monitoring and management',
  'remote management',
  'ninjaone',
  'ninja rmm',
  'ninjarmm',
  'datto rmm',
  'kaseya',
  'connectwise automate',
  'n-able',
  'n-central',
  'atera',
  'syncro',
  'pulseway',
  'nable',
];
/** Words and products that make a tool a ticketing system (PSA or service desk). */
export const TICKETING_WORDS = [
  'psa',
  'ticketing',
  'ticket',
  'tickets',
  'service desk',
  'ticketing system',
  'ticket system',
  'issue tracking',
  'helpdesk',
  'help desk software',
  'halopsa',
  'halo psa',
  'autotask',
  'connectwise manage',
  'connectwise psa',
  'freshdesk',
  'freshservice',
  'zendesk',
  'servicenow',
  'jira service',
  'syncro',
];

export function isRmm(describes: string): boolean {
  return mentionsAny(describes, RMM_WORDS);
}

export function isTicketing(describes: string): boolean {
  return mentionsAny(describes, TICKETING_WORDS);
}

/**
 * Words by which a SOW's body speaks of co-managed IT: the deal itself, the client's internal IT team working
 * beside an MSP, or the provider's RMM and PSA. A shared-responsibility model of a cloud platform, or a contractor
 * working in an agency's own systems, says none of them: there the question of access to the provider's tools
 * does not arise.
 */
export const CO_MANAGED_IT_WORDS = [
  'co-managed',
  'comanaged',
  'co-management',
  'co-manage',
  'co-manages',
  'co-support',
  'co-sourced',
  'internal it',
  'in-house it',
  'internal team',
  'it department',
  'it team',
  'msp',
  'managed service provider',
  'managed services provider',
  'rmm',
  'psa',
  // German.
  'interne it',
  'internen it',
  'it-abteilung',
  'eigene it',
  'eigenen it',
];

/**
 * A cover line restating the engagement model ("Engagement model: co-managed", as a Word SOW's cover page
 * or Demarc's own Word export carries it): the front matter's `model:` in another place, not the body
 * speaking of co-managed IT, so the Markdown and the Word form of one SOW read alike.
 */
export function restatesModel(text: string): boolean {
  return /^(?:engagement |service |delivery )?model\s{0,3}[:–-]/i.test(text.trimStart());
}

/**
 * Whether the body speaks of co-managed IT (an MSP beside the internal IT team, its RMM or PSA), not only
 * the front matter. Asked by a rule, only when it matters: on a long SOW it is a scan of every block.
 */
export function speaksOfCoManagedIt(blocks: readonly { text: string }[]): boolean {
  return blocks.some((b) => !restatesModel(b.text) && mentionsAny(b.text, CO_MANAGED_IT_WORDS));
}

/** Generic words an exit clause uses for every tool ("all tools and agents are removed"). */
export const ALL_TOOLS_WORDS = [
  'all tools',
  'all software',
  'all agents',
  'all systems',
  'all platforms',
  'its tools',
  'provider tools',
  'tools and agents',
  'all provider',
];
/** The provider's software in general, not one kind's ("its software", "all agents"; not "RMM agents"). */
const PROVIDERS_SOFTWARE = String.raw`\b(?:its|our|all|any|(?:the )?provider['’]?s?)\s+(?:[a-z-]+\s+){0,2}?(?:software|tools|agents|applications|utilities)\b`;

/**
 * A sentence of an exit clause that takes the provider's software off the client's systems ("Provider will remove
 * its software and agents", "all monitoring tools are uninstalled"): it settles every tool's agents and licences,
 * named or not.
 */
const REMOVES_SOFTWARE = new RegExp(
  String.raw`\b(?:remov|uninstall|de-?install|decommission)\w*\b[^.;!?\n]{0,80}?` +
    PROVIDERS_SOFTWARE +
    '|' +
    PROVIDERS_SOFTWARE +
    String.raw`[^.;!?\n]{0,80}?\b(?:be|are|is|been|get|gets) (?:removed|uninstalled|decommissioned)\b`,
  'i',
);

/** Whether an exit clause removes the provider's software in general (see REMOVES_SOFTWARE). */
export function removesSoftware(text: string): boolean {
  return REMOVES_SOFTWARE.test(text.slice(0, 20_000));
}
/** Generic words an exit clause uses for a kind of tool: agents for an RMM, ticket history for a PSA. */
export const RMM_EXIT_WORDS = ['agent', 'agents', 'monitoring agents', 'remote access', 'monitoring'];
export const TICKETING_EXIT_WORDS = ['ticket history', 'tickets', 'ticket data', 'service desk data', 'ticketing'];

/**
 * Words that tie a tool to the provider's service: "we", "our", deploying, licensing, hosting, running it,
 * "monitored through", "via Freshdesk". A product's own "self-hosting" is what it can do, not who runs it, and
 * "with the Jira item" says what goes together.
 */
const PROVIDES =
  /\b(?:[Ww]e|[Oo]ur|[Uu]s|[Ww]ir|[Uu]nser\w*|[Uu]ns)\b|\b(?:bereitgestellt|betrieben|betreibt|stellt)\b|\b(?:deploy|install|provid|utili[sz]|leverag|licen[cs]|subscri|operat|maintain|(?<!self-)host|run|powered by|includ(?:e|es|ed|ing)|supplied|managed (?:through|via|with|using)|monitored (?:through|via|with|using)|(?:logged|tracked|recorded) (?:in|on|into|within|through|via|using)(?: on)?)\w*|\b(?:through|via|using)\s+(?:the\s+|a\s+|an\s+)?\[?[A-Z]/;

/**
 * Words that put a watching tool in or on the client's estate: agents installed or deployed, the systems it
 * watches ("servers", "endpoints", "your network"), or the logs it keeps of them.
 */
const CLIENT_ESTATE =
  /\b(?:agents?|install\w*|deploy\w*|logs?|logging|servers?|endpoints?|devices?|workstations?|desktops?|laptops?|computers?|assets|firewalls?|switch(?:es)?|routers?|(?:your|client['’]?s?|customer['’]?s?)\s+(?:\w+\s+)?(?:systems?|networks?|environments?|infrastructure|sites?|estate|applications?|apps?))\b/i;

/**
 * Whether a tool of this kind, named so, sits in the client's estate by what a passage about it says. Most kinds
 * do by what they are. A monitoring or observability tool watches from wherever it runs, the provider's own
 * platform as often as the client's systems: a monitoring product (PRTG, Auvik: a collector in the network it
 * watches) does, a generic "monitoring system" or an observability service only with agents, the client's
 * systems or their logs in the passage. Without them it is the provider's own operations tooling ("as verified
 * by our monitoring systems"), with nothing of the client's to remove or hand back at the end.
 */
export function inClientEstate(kind: ToolKind, product: boolean, passage: string): boolean {
  if (kind !== 'monitoring' && kind !== 'observability') return true;
  return (product && kind === 'monitoring') || CLIENT_ESTATE.test(passage);
}

/**
 * A kind's bare word, as a list of the provider's tools names one ("Ticketing", "Documentation", "Advanced
 * monitoring", "Ticketing/CSAT"): too loose for running text, where "ticketing" is also a process.
 */
const BARE_KIND_WORDS: readonly [RegExp, ToolKind][] = [
  [/^(?:\w+\s+)?ticketing$/, 'ticketing'],
  [/^(?:it\s+)?documentation$/, 'documentation'],
  [/^(?:\w+\s+)?monitoring$/, 'monitoring'],
  [/^(?:\w+\s+)?backups?$/, 'backup'],
  [/^(?:\w+\s+)?patching$/, 'patching'],
  [/^(?:endpoint protection|anti-?virus)$/, 'edr'],
  [/^password management$/, 'password-manager'],
];

/** The kinds a list of the provider's tools names by their bare words, each with where its element starts. */
export function bareKindsListed(list: string): { name: string; kind: ToolKind; at: number }[] {
  const found: { name: string; kind: ToolKind; at: number }[] = [];
  for (const m of list.slice(0, 2_000).matchAll(/[^,;/()&]+/g)) {
    const element = m[0].replace(/^\s*(?:and|or)\s+/i, '').trim();
    const said = element.toLowerCase().replace(/[.\s]+$/, '');
    const kind = BARE_KIND_WORDS.find(([re]) => re.test(said))?.[1];
    if (kind) found.push({ name: element, kind, at: m.index + m[0].indexOf(element) });
  }
  return found;
}

/** Whether a passage ties a tool to the provider's service: its words for providing, or the provider's name. */
export function providedBy(passage: string, provider: string | undefined): boolean {
  return PROVIDES.test(passage) || (provider !== undefined && words(provider) !== '' && words(passage).includes(words(provider)));
}
