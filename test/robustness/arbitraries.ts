import fc from 'fast-check';

const word = fc.constantFrom(
  'Help desk',
  'Patch management',
  'Backup',
  'Security monitoring',
  'Network monitoring',
  'RMM',
  'PSA',
  'Datto RMM',
  'Client',
  'Provider',
  'MSP',
  'Contoso',
  'Northwind',
  'Notes',
  '',
);
const cell = fc.oneof(
  word,
  fc.constantFrom(
    'R',
    'A',
    'R/A',
    'C',
    'I',
    '-',
    'TBD',
    '?',
    'Yes',
    'read-only',
    'read-write',
    'none',
    '15 minutes',
    '4 business hours',
    'ASAP',
    'P1',
    'P2',
    'P3',
    'Critical',
    '2',
    '3',
    'Sev 2',
    '<b>x</b>',
    '`|`',
    '\\|',
  ),
  fc.string({ maxLength: 8 }),
);
// Service-level and tool tables come with their columns in any order (the P1-row fix once assumed the
// priority column came first); a matrix keeps its function column first, as the dialect requires.
const header = fc.oneof(
  fc.constantFrom(['Function', 'Contoso', 'Northwind', 'Notes'], ['Function', 'Owner'], ['Service', 'Client', 'MSP', 'Globex'], ['A', 'B']),
  fc
    .tuple(
      fc.constantFrom('Function', 'Service'),
      fc.shuffledSubarray(['Contoso', 'Northwind', 'Notes', 'Owner', 'Client'], { minLength: 1 }),
    )
    .map(([f, rest]) => [f, ...rest]),
  fc.shuffledSubarray(['Priority', 'Response', 'Resolution', 'Hours', 'Notes'], { minLength: 2 }),
  fc.shuffledSubarray(['Sev', 'Response time', 'Coverage'], { minLength: 2 }),
  fc.shuffledSubarray(['Tool', 'Kind', 'Owner', 'Access', 'On exit'], { minLength: 2 }),
);

const table = fc
  .tuple(header, fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 6 }))
  .map(([h, rows]) =>
    [`| ${h.join(' | ')} |`, `|${h.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'),
  );
const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.constantFrom('Escalation', 'Termination and exit', 'Service levels', 'Tools', 'Scope', 'Offboarding'),
  )
  .map(([d, t]) => `${'#'.repeat(d)} ${t}`);
const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.oneof(word, fc.string({ maxLength: 20 }))), { minLength: 1, maxLength: 5 })
  .map((items) => items.map(([indent, t]) => `${'  '.repeat(indent)}- ${t}`).join('\n'));
const html = fc.constantFrom(
  '<!-- demarc-disable -->',
  '<!-- demarc-enable invalid-raci -->',
  '<!-- demarc-disable-next-line unknown-party -->',
  '<div>',
  '<script>alert(1)</script>',
  '<!--',
  '```',
  '> quote | x |',
);
const frontMatter = fc
  .record({
    sow: fc.constantFrom('1', '2', 'x', ''),
    model: fc.constantFrom('managed', 'co-managed', 'other', ''),
    client: fc.constantFrom('Contoso', '', '[a, b]'),
    provider: fc.constantFrom('Northwind', '', '&a *a'),
    extra: fc.constantFrom('', 'parties: [Globex]', 'parties: Globex', 'title: "unterminated'),
  })
  .map((f) => `---\nsow: ${f.sow}\nmodel: ${f.model}\nclient: ${f.client}\nprovider: ${f.provider}\n${f.extra}\n---`);

/** Markdown built from the dialect's parts, mixed with HTML, lists, prose and noise. */
export const sowMarkdown = fc
  .tuple(
    fc.option(frontMatter, { nil: undefined }),
    fc.array(fc.oneof(table, heading, list, html, fc.string({ maxLength: 30 })), { maxLength: 10 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([fm, blocks, eol]) =>
    [fm, ...blocks]
      .filter((b) => b !== undefined)
      .join('\n\n')
      .replace(/\n/g, eol),
  );
