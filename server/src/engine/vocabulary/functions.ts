import { fold } from './words';

/** Functions most managed and co-managed SOWs assign: what completion offers in a function column. */
export const COMMON_FUNCTIONS: readonly string[] = [
  'Help desk L1',
  'Help desk L2',
  'After-hours support',
  'Security monitoring',
  'Patch management',
  'Backup and disaster recovery',
  'Endpoint protection',
  'Network monitoring',
  'Cloud infrastructure',
  'User onboarding and offboarding',
  'Vendor management',
  'Compliance documentation',
  'Asset management',
  'Identity and access management',
  'Email and collaboration',
  'Firewall management',
  'Server administration',
  'Printer support',
  'Licence management',
  'Security awareness training',
];

/** Section titles a SOW usually has, in document order; the last two are the ones rules look for. */
export const SECTION_TITLES: readonly string[] = [
  'Responsibilities',
  'Service levels',
  'Tools and access',
  'Escalation',
  'Termination and exit',
];

/** Short forms SOWs use for function words, read as their full form when names are compared. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  dr: 'disaster recovery',
  bcdr: 'backup disaster recovery',
  bc: 'business continuity',
  av: 'antivirus',
  'anti-virus': 'antivirus',
  edr: 'endpoint detection response',
  soc: 'security operations',
  noc: 'network operations',
  mdm: 'mobile device management',
  iam: 'identity access management',
  l1: 'level 1',
  l2: 'level 2',
  l3: 'level 3',
  helpdesk: 'help desk',
  servicedesk: 'service desk',
  patching: 'patch',
  backups: 'backup',
  onboarding: 'onboard',
  offboarding: 'offboard',
};
/** Words that say nothing about which function it is. */
const FILLER = new Set(['and', 'the', 'of', 'for', 'a', 'an', 'to', 'it', 'management', 'services', 'service', 'support']);

/** A function name as a set of meaningful words: case, punctuation and "&" ignored, short forms spelt out, plurals folded. */
function functionWords(name: string): Set<string> {
  const words = fold(name)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .flatMap((w) => (SHORT_FORMS[w] ?? w).split(' '))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return new Set(words.filter((w) => !FILLER.has(w)));
}

/**
 * How closely a SOW's function name meets a playbook's: 0 when it does not ("Backup & DR" meets "Backup and
 * disaster recovery"; "Security monitoring" meets "Security monitoring and response"), higher for fewer words
 * beyond the playbook's, so the closest row wins.
 */
export function functionsMatch(playbookName: string, sowName: string): number {
  const wanted = functionWords(playbookName);
  const have = functionWords(sowName);
  if (wanted.size === 0) return 0;
  for (const w of wanted) if (!have.has(w)) return 0;
  return 1 / (1 + have.size - wanted.size);
}

/**
 * A row that states a client's obligation under the deal rather than IT work ("Ensure the configuration meets
 * your needs", "Approve changes", "Maintain insurance for colocated equipment", "Comply with the provider's
 * policies"): by the verb it opens with. A managed deal still asks these of the client.
 */
const OBLIGATION =
  /^(?:ensure|comply|approve|agree|accept|notify|inform|pay|designate|review|sign|obtain|purchase|procure|maintain (?:insurance|adequate insurance)|provide (?:the provider|information|access|details|contact|feedback|requirements|a point of contact|written)|publish|choose|decide|define|determine|request|authori[sz]e|grant|give)\b/i;

export function isClientObligation(functionName: string): boolean {
  return OBLIGATION.test(functionName.replace(/^[\s*_]+/, ''));
}

/**
 * The way of running the service a matrix column or variant names ("Self-hosted", "Hybrid", "Fully managed"):
 * the client's own ('self'), split between the parties ('co-managed'), or the provider's ('managed').
 */
export function engagementNamed(text: string): 'self' | 'co-managed' | 'managed' | undefined {
  const t = text.toLowerCase();
  if (/\b(?:self[- ]?(?:hosted|managed|service)|(?:customer|client)[- ]managed|on[- ]?prem(?:ise)?s?)\b/.test(t)) return 'self';
  if (/\b(?:hybrid|co[- ]?managed)\b/.test(t)) return 'co-managed';
  if (/\b(?:fully[- ]managed|managed|hosted)\b/.test(t)) return 'managed';
  return undefined;
}
