import baselineServiceMissing from './baseline-service-missing';
import conflictingOwnership from './conflicting-ownership';
import escalationMissing from './escalation-missing';
import hiddenContent from './hidden-content';
import indentedTable from './indented-table';
import invalidFrontMatter from './invalid-front-matter';
import invalidRaci from './invalid-raci';
import languageNotUnderstood from './language-not-understood';
import modelMismatch from './model-mismatch';
import p1ResponseMissing from './p1-response-missing';
import p1ResponseSlow from './p1-response-slow';
import playbookClause from './playbook-clause';
import playbookExit from './playbook-exit';
import playbookFunction from './playbook-function';
import playbookServiceLevel from './playbook-service-level';
import playbookToolAccess from './playbook-tool-access';
import type { Rule } from './rule';
import slaPriorityOrder from './sla-priority-order';
import tableNotUnderstood from './table-not-understood';
import terminationMissing from './termination-missing';
import toolAccessInsufficient from './tool-access-insufficient';
import toolAccessMissing from './tool-access-missing';
import toolExitMissing from './tool-exit-missing';
import unassignedFunction from './unassigned-function';
import unknownParty from './unknown-party';

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
  languageNotUnderstood,
  hiddenContent,
  indentedTable,
  playbookFunction,
  playbookServiceLevel,
  playbookToolAccess,
  playbookExit,
  playbookClause,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule } from './rule';
