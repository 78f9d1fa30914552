// Generates realistic SOWs of any size, deterministically from a seed, for benchmarks and tests.
//   node bench/generate.mjs --lines 1000 --seed 7 [--model managed] [--clean] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** mulberry32: small, fast and good enough for picking words. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENTS = [
  'Riverside Health Partners',
  'Harbor & Vine LLP',
  'Keystone Precision',
  'Larkspur Property Group',
  'Alder County Schools',
  'Bayfront Logistics',
];
const PROVIDERS = ['Northwind Managed Services', 'Bluepeak IT', 'Meridian Managed IT', 'Summit Tech Partners'];
const FUNCTIONS = [
  'Help desk L1',
  'Help desk L2',
  'After-hours support',
  'Security monitoring',
  'Endpoint protection',
  'Patch management',
  'Backup and disaster recovery',
  'Network monitoring',
  'Firewall changes',
  'Cloud infrastructure',
  'User onboarding and offboarding',
  'Vendor management',
  'Compliance documentation',
  'Asset management',
  'Licence management',
  'Printer support',
  'Email and collaboration',
  'Identity and access management',
  'Server administration',
  'Wi-Fi management',
];
const AREAS = ['finance', 'clinic', 'warehouse', 'head office', 'remote staff', 'board', 'lab', 'branch'];
const TOOLS = [
  ['NinjaOne', 'RMM'],
  ['HaloPSA', 'PSA'],
  ['SentinelOne', 'EDR'],
  ['Veeam Backup', 'Backup'],
  ['IT Glue', 'Documentation'],
  ['Datto RMM', 'RMM'],
  ['Autotask', 'PSA'],
  ['Huntress', 'EDR'],
];
const PROSE = [
  'The provider will deliver the services described in this section to the standards set out in the Master Services Agreement.',
  'Changes to scope follow the change control procedure and take effect once both parties sign a change order.',
  'The client will give the provider timely access to premises, systems and staff needed to deliver the services.',
  'Service reports are delivered monthly and reviewed at the quarterly business review.',
  'Both parties will keep the runbook and the asset register current as the environment changes.',
];

export function generateSow({ lines, seed = 1, model = 'co-managed', defects = true }) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const client = pick(CLIENTS);
  const provider = pick(PROVIDERS);
  const out = [
    '---',
    'sow: 1',
    `model: ${model}`,
    `client: ${client}`,
    `provider: ${provider}`,
    `title: Generated SOW ${seed}`,
    'term: 36 months',
    '---',
    '',
    '# Statement of Work',
    '',
    `${provider} ("Provider") supplies IT services to ${client} ("Client") under the Master Services Agreement.`,
    '',
  ];
  const tail = [];
  tail.push(
    '## Service levels',
    '',
    '| Priority | Response | Resolution | Hours |',
    '| --- | --- | --- | --- |',
    `| P1 | ${defects && r() < 0.3 ? '4 business hours' : '15 minutes'} | 4 hours | 24/7 |`,
    '| P2 | 1 hour | 8 hours | 24/7 |',
    `| P3 | ${defects && r() < 0.2 ? '30 minutes' : '4 hours'} | 3 business days | Business hours |`,
    '| P4 | 1 business day | 10 business days | Business hours |',
    '',
  );
  tail.push('## Tools', '', '| Tool | Kind | Owner | Access | On exit |', '| --- | --- | --- | --- | --- |');
  for (const [name, kind] of TOOLS.slice(0, 5)) {
    const access = defects && r() < 0.2 ? 'read-only' : 'read-write';
    tail.push(
      `| ${name} | ${kind} | ${provider} | ${access} | ${defects && r() < 0.2 ? '' : 'Agents removed and data exported within 30 days'} |`,
    );
  }
  tail.push(
    '',
    '## Escalation',
    '',
    '1. Service desk lead: within 30 minutes.',
    '2. Service delivery manager: within 2 hours.',
    '',
    '## Termination and exit',
    '',
    "- Either party may terminate with 90 days' notice.",
    '- The provider returns all data and credentials within 30 days.',
  );
  // Fill the middle with sections of matrix rows and prose until the document reaches its size.
  let section = 1;
  while (out.length + tail.length < lines) {
    out.push(
      `## ${section}. Services for ${pick(AREAS)}`,
      '',
      pick(PROSE),
      '',
      '| Function | Client | Provider | Notes |',
      '| --- | --- | --- | --- |',
    );
    const rows = Math.min(20, Math.max(1, lines - out.length - tail.length - 2));
    for (let i = 0; i < rows; i++) {
      const name = `${pick(FUNCTIONS)} (${pick(AREAS)} ${section}.${i + 1})`;
      const internalDoes = model === 'co-managed' && r() < 0.35;
      let c = internalDoes ? 'R/A' : pick(['I', 'C', '-']);
      let p = internalDoes ? pick(['I', 'C']) : 'R/A';
      if (defects) {
        const roll = r();
        if (roll < 0.02) [c, p] = ['TBD', 'TBD'];
        else if (roll < 0.04) [c, p] = ['A', 'R/A'];
        else if (roll < 0.05) c = 'Yes';
      }
      out.push(`| ${name} | ${c} | ${p} | ${r() < 0.3 ? pick(PROSE).slice(0, 40) : ''} |`);
    }
    out.push('', pick(PROSE), '');
    section++;
  }
  return [...out, ...tail, ''].join('\n');
}

/** Writes `files` SOWs into `dir` (created), returning their paths. */
export function generateCorpus(dir, { files, linesPerFile = 150, seed = 1 }) {
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (let i = 0; i < files; i++) {
    const file = path.join(dir, `sow-${String(i).padStart(5, '0')}.sow.md`);
    writeFileSync(file, generateSow({ lines: linesPerFile, seed: seed * 100003 + i, model: i % 3 === 0 ? 'managed' : 'co-managed' }));
    paths.push(file);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      model: { type: 'string', default: 'co-managed' },
      clean: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const text = generateSow({ lines: Number(values.lines), seed: Number(values.seed), model: values.model, defects: !values.clean });
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
