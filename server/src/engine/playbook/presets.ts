// The built-in configs a `.demarcrc.json` may extend by name. Data only: the adapters that read config files
// resolve `extends`, and the docs list these (docs/playbooks.md, README).
import type { WrittenConfig } from '../config';

export const PRESETS: Readonly<Record<string, WrittenConfig>> = {
  /** Today's defaults, said explicitly. */
  'demarc:recommended': {},
  /** What a buyer of co-managed IT checks before signing. */
  'demarc:buyer': {
    rules: {
      // Exactly one accountable party per function: none and several are both errors for a buyer.
      'unassigned-function': 'error',
      'conflicting-ownership': 'error',
      'tool-access-missing': 'error',
      'tool-exit-missing': 'error',
      'termination-missing': 'error',
      // The playbook's P1 and tool positions below say what these would, so they would only say it twice.
      'p1-response-slow': 'off',
      'tool-access-insufficient': 'off',
      'playbook-function': 'error',
      'playbook-service-level': 'error',
      'playbook-tool-access': 'error',
      'playbook-exit': 'error',
      'playbook-clause': 'error',
    },
    playbook: {
      name: 'Demarc buyer (co-managed IT)',
      serviceLevels: { P1: { response: '1h', hours: '24x7-when-sold' } },
      // The internal team's access: a fully managed client has no team of its own to give it to.
      tools: { rmm: { clientAccess: 'read-write', engagement: 'co-managed' }, ticketing: { clientAccess: 'read-write', engagement: 'co-managed' } },
      // Exit terms for each tool are tool-exit-missing's; these are the ones every contract needs once.
      exit: { terms: ['data', 'agents', 'licences'] },
    },
  },
};

export const PRESET_NAMES = Object.keys(PRESETS);
