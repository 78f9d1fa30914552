import { mentionsAny } from './words';

/** Words and products that make a tool an RMM (remote monitoring and management) platform. */
export const RMM_WORDS = [
  'rmm', 'remote monitoring', 'monitoring and management', 'remote management', 'ninjaone', 'ninja rmm', 'ninjarmm', 'datto rmm', 'kaseya',
  'connectwise automate', 'n-able', 'n-central', 'atera', 'syncro', 'pulseway', 'nable',
];
/** Words and products that make a tool a ticketing system (PSA or service desk). */
export const TICKETING_WORDS = [
  'psa', 'ticketing', 'ticket', 'tickets', 'service desk', 'ticketing system', 'ticket system', 'issue tracking', 'helpdesk', 'help desk software',
  'halopsa', 'halo psa', 'autotask', 'connectwise manage', 'connectwise psa', 'freshdesk', 'freshservice', 'zendesk', 'servicenow', 'jira service',
  'syncro',
];

export function isRmm(describes: string): boolean {
  return mentionsAny(describes, RMM_WORDS);
}

export function isTicketing(describes: string): boolean {
  return mentionsAny(describes, TICKETING_WORDS);
}

/** Generic words an exit clause uses for every tool ("all tools and agents are removed"). */
export const ALL_TOOLS_WORDS = ['all tools', 'all software', 'all agents', 'all systems', 'all platforms', 'its tools', 'provider tools', 'tools and agents', 'all provider'];
/** Generic words an exit clause uses for a kind of tool: agents for an RMM, ticket history for a PSA. */
export const RMM_EXIT_WORDS = ['agent', 'agents', 'monitoring agents', 'remote access', 'monitoring'];
export const TICKETING_EXIT_WORDS = ['ticket history', 'tickets', 'ticket data', 'service desk data', 'ticketing'];
