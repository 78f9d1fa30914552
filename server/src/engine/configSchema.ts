// The JSON Schema of `.demarcrc.json`, made from the rules' metadata and the playbook's types. It drives
// validation (config.ts, with ajv), the editor's IntelliSense (server/schemas, written by `npm run generate`)
// and the VS Code settings; a test fails when the written copy drifts.
import { RULES, type Rule } from './rules';
import type { RuleOption } from './rules/rule';
import { DURATION_OPTION_PATTERN } from './vocabulary/duration';

export const LEVELS = ['error', 'warning', 'info', 'off'] as const;

/** JSON Schema patterns have no flags, so letters become [xX] classes to accept what the engine accepts. */
export function caseless(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') out += ch + (pattern[++i] ?? '');
    else out += /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return out;
}

const duration = (description: string) => ({ type: 'string', description, pattern: caseless(DURATION_OPTION_PATTERN) });

export function optionSchema(option: RuleOption): Record<string, unknown> {
  return duration(`${option.description} Default: "${option.default}".`);
}

export function optionsSchema(rule: Rule): Record<string, unknown> {
  const properties = Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, o]) => [name, optionSchema(o)]));
  return { type: 'object', additionalProperties: false, properties };
}

/** The playbook's shape (engine/playbook/types.ts), as JSON Schema. */
function playbookSchema(): Record<string, unknown> {
  const object = (properties: Record<string, unknown>, description: string) => ({
    type: 'object',
    description,
    additionalProperties: false,
    properties,
  });
  return object(
    {
      name: { type: 'string', description: 'Named in every playbook finding and report.' },
      functions: {
        type: 'object',
        description: 'Positions by function name, matched as the matrix reader matches names ("Backup & DR" meets "Backup and disaster recovery").',
        additionalProperties: object(
          {
            accountable: { type: 'string', description: '"client", "provider" or a party by name.' },
            required: { type: 'boolean', description: 'The function must be in the split.' },
          },
          'The position on one function.',
        ),
      },
      serviceLevels: {
        type: 'object',
        description: 'Positions by priority label (P1, Sev 2, Critical).',
        additionalProperties: object(
          {
            response: duration('The slowest acceptable response, e.g. "30m" or "1 hour".'),
            hours: {
              enum: ['24x7', '24x7-when-sold'],
              description: '"24x7": the response is counted around the clock; "24x7-when-sold": so when the SOW sells its support as 24/7.',
            },
          },
          'The position on one priority.',
        ),
      },
      tools: {
        type: 'object',
        description: 'Positions by tool kind (rmm, ticketing, backup …) or product name.',
        additionalProperties: object(
          {
            clientAccess: { enum: ['read-write', 'read-only', 'none'], description: "The least access the client's team must get." },
            engagement: { enum: ['managed', 'co-managed'], description: 'Only in SOWs of this engagement model, stated or implied by the split.' },
          },
          'The position on one tool.',
        ),
      },
      exit: object(
        {
          terms: { type: 'array', items: { type: 'string' }, description: 'Exit terms the contract must hold, e.g. "data export", "agent removal".' },
          within: duration('The longest period an exit term may take, e.g. "30 days".'),
        },
        'Exit terms the contract must have.',
      ),
      clauses: {
        type: 'array',
        description: 'Clauses the contract must have.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            mentions: { type: 'array', items: { type: 'string' }, description: 'Words that show the clause is there.' },
          },
        },
      },
    },
    "An organisation's positions on the terms Demarc reads: see docs/playbooks.md.",
  );
}

export function configSchema(): Record<string, unknown> {
  const rules = Object.fromEntries(
    RULES.map((r) => [
      r.id,
      {
        description: `Default: ${r.defaultSeverity}. ${r.description} See ${r.docs}`,
        oneOf: [
          { $ref: '#/definitions/level' },
          { type: 'array', minItems: 1, maxItems: 2, items: [{ $ref: '#/definitions/level' }, optionsSchema(r)] },
        ],
      },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/demarc-dev/demarc/blob/main/server/schemas/demarcrc.schema.json',
    title: 'Demarc configuration (.demarcrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for .demarcrc.json files in parent folders here.' },
      extends: {
        description: 'Configs this one builds on, in order: a file path, an npm package, or a preset (demarc:recommended, demarc:buyer).',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: { type: 'object', description: 'Rule levels and options, by rule id.', additionalProperties: false, properties: rules },
      playbook: playbookSchema(),
    },
    definitions: { level: { enum: LEVELS, description: 'The severity for the rule, or off.' } },
  };
}
