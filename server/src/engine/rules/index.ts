import baselineServiceMissing from './baselineServiceMissing';
import conflictingOwnership from './conflictingOwnership';
import escalationMissing from './escalationMissing';
import invalidFrontMatter from './invalidFrontMatter';
import invalidRaci from './invalidRaci';
import modelMismatch from './modelMismatch';
import p1ResponseMissing from './p1ResponseMissing';
import p1ResponseSlow from './p1ResponseSlow';
import type { Rule } from './rule';
import slaPriorityOrder from './slaPriorityOrder';
import tableNotUnderstood from './tableNotUnderstood';
import terminationMissing from './terminationMissing';
import toolAccessInsufficient from './toolAccessInsufficient';
import toolAccessMissing from './toolAccessMissing';
import toolExitMissing from './toolExitMissing';
import unassignedFunction from './unassignedFunction';
import unknownParty from './unknownParty';

/** The rule catalogue, in the order the documentation lists it. */
export const RULES: readonly Rule[] = [
  unassignedFunction,
  conflictingOwnership,
  p1ResponseMissing,
  p1ResponseSlow,
  slaPriorityOrder,
  toolAccessMissing,
  toolAccessInsufficient,
  toolExitMissing,
  unknownParty,
  modelMismatch,
  baselineServiceMissing,
  escalationMissing,
  terminationMissing,
  invalidFrontMatter,
  invalidRaci,
  tableNotUnderstood,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule } from './rule';
