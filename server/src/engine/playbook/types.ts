import type { EngagementModel } from '../model/types';

/** Who a playbook wants accountable: the client, the provider, or a party by name. */
export type PartyPosition = string;

export type ServiceHoursPosition = '24x7' | '24x7-when-sold';

/** An access level a playbook asks for the client's team. */
export type AccessPosition = 'read-write' | 'read-only' | 'none';

/**
 * An organisation's own positions on the terms Demarc reads: who owns which function, service levels, the
 * client's access to tools, exit terms and required clauses. Every part is optional.
 */
export interface Playbook {
  /** Named in every finding and report, so a reviewer knows whose standard it is. */
  name?: string;
  /** By function name, matched as the matrix reader matches names ("Backup & DR" meets "Backup and disaster recovery"). */
  functions?: Record<string, { accountable?: PartyPosition; required?: boolean }>;
  /**
   * By priority label (P1, Sev 2, Critical): the slowest acceptable response, and the clock it must run on:
   * `24x7` always, `24x7-when-sold` when the SOW sells its support as 24/7.
   */
  serviceLevels?: Record<string, { response?: string; hours?: ServiceHoursPosition }>;
  /**
   * By tool kind (rmm, ticketing, backup…) or a product's name: the least access the client's team must get;
   * with `engagement`, only in SOWs of that model (a fully managed client has no team of its own to give access).
   */
  tools?: Record<string, { clientAccess?: AccessPosition; engagement?: EngagementModel }>;
  /** Exit terms that must be in the contract ("data export", "agent removal"), and the longest period for them. */
  exit?: { terms?: string[]; within?: string };
  /** Clauses the contract must have, found by their title or the words they mention. */
  clauses?: { id: string; title: string; mentions?: string[] }[];
}
