// The tool gazetteer (server/src/engine/vocabulary/toolGazetteer.ts): products by kind, their aliases, which
// names are ordinary words, and the generic nouns for each kind of tool.
import * as assert from 'node:assert/strict';
import { TOOL_NOUNS, TOOL_PRODUCTS, type ToolKind } from '../../server/src/engine/vocabulary/toolGazetteer';
import { toolMentionsIn, toolNamedIn } from '../../server/src/engine/vocabulary/tools';

const KINDS: readonly ToolKind[] = [
  'rmm',
  'psa',
  'ticketing',
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
  'email-security',
  'mdm',
  'identity',
  'firewall',
  'vulnerability',
  'dns-filtering',
  'security-awareness',
  'cloud-platform',
  'collaboration',
  'code-hosting',
  'ci-cd',
  'observability',
  'alerting',
  'itsm',
  'asset-management',
  'vpn',
];

/** The kinds an MSP's SOW speaks of most: each needs several generic nouns. */
const MSP_KINDS: readonly ToolKind[] = [
  'rmm',
  'psa',
  'ticketing',
  'remote-access',
  'documentation',
  'backup',
  'edr',
  'siem',
  'password-manager',
  'patching',
  'monitoring',
];

/** Words that must never count as a tool on their own, unless the entry is marked ambiguous. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'by',
  'with',
  'as',
  'at',
  'is',
  'be',
  'it',
  'we',
  'our',
  'you',
  'your',
  'all',
  'any',
  'each',
  'will',
  'shall',
  'may',
  'must',
  'client',
  'customer',
  'provider',
  'vendor',
  'service',
  'services',
  'support',
  'tool',
  'tools',
  'system',
  'systems',
  'platform',
  'software',
  'portal',
  'agent',
  'agents',
  'monitoring',
  'backup',
  'security',
  'network',
  'cloud',
  'email',
  'ticket',
  'tickets',
  'help desk',
  'service desk',
  'patch',
  'patching',
  'management',
  'access',
  'remote',
  'data',
  'device',
  'devices',
  'endpoint',
  'endpoints',
  'server',
  'servers',
  'user',
  'users',
  'team',
  'connect',
  'control',
  'level',
  'manage',
  'automate',
]);

const formsOf = (p: { name: string; aliases?: readonly string[] }) => [p.name, ...(p.aliases ?? [])];

describe('tool gazetteer', () => {
  it('lists at least 400 products', () => {
    assert.ok(TOOL_PRODUCTS.length >= 400, `${TOOL_PRODUCTS.length} products`);
  });

  it('has products of every kind, and no other kind', () => {
    for (const kind of KINDS) {
      assert.ok(
        TOOL_PRODUCTS.some((p) => p.kind === kind),
        `no product of kind ${kind}`,
      );
    }
    for (const p of TOOL_PRODUCTS) assert.ok(KINDS.includes(p.kind), `${p.name}: unknown kind ${p.kind}`);
  });

  it('names and aliases are unique, ignoring case', () => {
    const seen = new Map<string, string>();
    for (const p of TOOL_PRODUCTS) {
      for (const form of formsOf(p)) {
        const key = form.toLowerCase();
        assert.ok(!seen.has(key), `"${form}" (${p.name}) repeats "${seen.get(key)}"`);
        seen.set(key, p.name);
      }
    }
  });

  it('every entry has a trimmed name, a vendor, and no empty alias', () => {
    for (const p of TOOL_PRODUCTS) {
      assert.ok(p.name.length > 0 && p.name === p.name.trim(), `name "${p.name}"`);
      assert.ok(p.vendor.trim().length > 0, `${p.name}: no vendor`);
      for (const alias of p.aliases ?? []) assert.ok(alias.length > 0 && alias === alias.trim(), `${p.name}: alias "${alias}"`);
      if (p.aliases) assert.ok(p.aliases.length > 0, `${p.name}: empty alias list`);
    }
  });

  it('no name or alias is a bare stop word unless marked ambiguous', () => {
    for (const p of TOOL_PRODUCTS) {
      if (p.ambiguous) continue;
      for (const form of formsOf(p)) assert.ok(!STOP_WORDS.has(form.toLowerCase()), `${p.name}: "${form}" is a stop word`);
    }
  });

  it('marks ordinary words and common names ambiguous', () => {
    const ambiguous = new Set(TOOL_PRODUCTS.filter((p) => p.ambiguous).map((p) => p.name));
    for (const word of ['Level', 'Halo', 'Sentry', 'Keeper', 'Teams', 'Zoom', 'Slack', 'Automate', 'Manage', 'Umbrella', 'Duo', 'Remedy']) {
      assert.ok(ambiguous.has(word), `${word} is not marked ambiguous`);
    }
    for (const name of ['NinjaOne', 'HaloPSA', 'Microsoft Teams', 'ConnectWise Automate', 'Keeper Security', 'Cisco Umbrella']) {
      const p = TOOL_PRODUCTS.find((t) => t.name === name);
      assert.ok(p && !p.ambiguous, `${name} should count anywhere`);
    }
  });

  it('has at least 25 RMM, PSA, ticketing and remote-access products together', () => {
    const core = TOOL_PRODUCTS.filter((p) => p.kind === 'rmm' || p.kind === 'psa' || p.kind === 'ticketing' || p.kind === 'remote-access');
    assert.ok(core.length >= 25, `${core.length} products`);
  });

  it('knows the tools MSPs run most, by kind', () => {
    const kindOf = (form: string) =>
      TOOL_PRODUCTS.find((p) => formsOf(p).some((f) => f.toLowerCase() === form.toLowerCase()))?.kind ?? 'missing';
    const expected: [string, ToolKind][] = [
      ['NinjaOne', 'rmm'],
      ['Datto RMM', 'rmm'],
      ['LabTech', 'rmm'],
      ['N-central', 'rmm'],
      ['ConnectWise Manage', 'psa'],
      ['Autotask', 'psa'],
      ['HaloPSA', 'psa'],
      ['Zendesk', 'ticketing'],
      ['ServiceNow', 'itsm'],
      ['ScreenConnect', 'remote-access'],
      ['IT Glue', 'documentation'],
      ['Veeam', 'backup'],
      ['SentinelOne', 'edr'],
      ['Huntress', 'mdr'],
      ['Microsoft Sentinel', 'siem'],
      ['Cortex XSOAR', 'soar'],
      ['1Password', 'password-manager'],
      ['Automox', 'patching'],
      ['PRTG', 'monitoring'],
      ['Datadog', 'observability'],
      ['PagerDuty', 'alerting'],
      ['UptimeRobot', 'alerting'],
      ['Mimecast', 'email-security'],
      ['Intune', 'mdm'],
      ['Azure AD', 'identity'],
      ['FortiGate', 'firewall'],
      ['Nessus', 'vulnerability'],
      ['DNSFilter', 'dns-filtering'],
      ['KnowBe4', 'security-awareness'],
      ['AWS', 'cloud-platform'],
      ['Microsoft Teams', 'collaboration'],
      ['GitHub', 'code-hosting'],
      ['CircleCI', 'ci-cd'],
      ['Lansweeper', 'asset-management'],
      ['WireGuard', 'vpn'],
    ];
    for (const [form, kind] of expected) assert.equal(kindOf(form), kind, form);
  });

  it('has generic nouns for every kind, lower case and unique', () => {
    for (const kind of KINDS) {
      const nouns = TOOL_NOUNS[kind];
      assert.ok(nouns && nouns.length > 0, `no nouns for ${kind}`);
      for (const noun of nouns) assert.equal(noun, noun.toLowerCase().trim(), `${kind}: "${noun}"`);
      assert.equal(new Set(nouns).size, nouns.length, `${kind}: a noun repeats`);
    }
    assert.deepEqual(Object.keys(TOOL_NOUNS).sort(), [...KINDS].sort());
  });

  it('has at least four nouns for each kind an MSP SOW speaks of', () => {
    for (const kind of MSP_KINDS) assert.ok(TOOL_NOUNS[kind].length >= 4, `${kind}: ${TOOL_NOUNS[kind].length} nouns`);
  });

  it('reads a tool row by its kind\'s words in either order, and "remote access" as a tool only in a tool table', () => {
    assert.equal(toolNamedIn('Remote Management and Monitoring Software')?.kind, 'rmm');
    assert.equal(toolNamedIn('Remote Access')?.kind, 'remote-access');
    assert.deepEqual(
      toolMentionsIn('We give your staff remote access to the file server.').map((m) => m.kind),
      [],
    );
  });

  it('reads an ordinary word that starts a sentence as a product only before its kind ("Halo PSA")', () => {
    const kinds = (text: string) => toolMentionsIn(text).map((m) => `${m.name}: ${m.kind}`);
    assert.deepEqual(kinds('Manage platform availability with enough resources.'), []);
    assert.deepEqual(kinds('- Manage platform updates'), []);
    assert.deepEqual(kinds('Halo PSA holds every ticket.'), ['Halo PSA: psa']);
    assert.deepEqual(kinds('Tickets are logged in the Halo platform.'), ['Halo: psa']);
  });
});
