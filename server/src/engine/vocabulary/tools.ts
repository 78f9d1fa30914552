import { mentionsAny } from './words';

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
/** Generic words an exit clause uses for a kind of tool: agents for an RMM, ticket history for a PSA. */
export const RMM_EXIT_WORDS = ['agent', 'agents', 'monitoring agents', 'remote access', 'monitoring'];
export const TICKETING_EXIT_WORDS = ['ticket history', 'tickets', 'ticket data', 'service desk data', 'ticketing'];

/**
 * Tools a SOW names outside a tool table, by kind: product names and explicit tool phrases ("RMM agent",
 * "IT ticketing system"), never a bare service word like "monitoring". Checked in this order, one kind each.
 */
export const TOOL_MENTIONS: readonly { kind: string; rmm?: boolean; ticketing?: boolean; pattern: RegExp }[] = [
  {
    kind: 'RMM',
    rmm: true,
    pattern:
      /\b(?:rmm(?: agents?| software| platform| tools?)?|remote (?:monitoring and management|management and monitoring)(?: software| platform| tools?| agents?)?|ninjaone|ninjarmm|datto rmm|kaseya(?: vsa)?|connectwise automate|n-able|n-central|atera)\b/i,
  },
  {
    kind: 'ticketing system',
    ticketing: true,
    pattern:
      /\b(?:psa|(?:it )?ticket(?:ing)? system|ticketing (?:platform|software|tool)|service desk (?:software|platform|tool)|halopsa|autotask|connectwise (?:manage|psa)|freshdesk|freshservice|zendesk|servicenow)\b/i,
  },
  {
    kind: 'documentation system',
    pattern: /\b(?:it glue|hudu|(?:auto-)?documentation (?:and management )?(?:system|platform|software|tool))\b/i,
  },
  {
    kind: 'backup system',
    pattern: /\b(?:veeam|datto bcdr|acronis|backup (?:management )?(?:system|software|platform|agents?|tools?))\b/i,
  },
  // Software the provider installs on the client's devices ("Capstan will deploy agent software on your endpoints").
  { kind: 'agent software', pattern: /\b(?:agent software|software agents?|(?:endpoint|management|monitoring) agents?)\b/i },
  { kind: 'password manager', pattern: /\b(?:password manage(?:r|ment)(?: system| software| platform)?|passportal|keeper security)\b/i },
];
