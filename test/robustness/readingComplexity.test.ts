// Each pattern the real-SOW reading added, on inputs built to make it slow: analysing 10x the input may
// take at most ~20x the time (near-linear, with room for noise on a shared machine) and never long.
import { analyse } from '../../server/src/engine';
import { nearLinear as near } from '../helpers/complexity';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso Health\nprovider: Northwind\n---\n\n';

const nearLinear = (build: (n: number) => string, n: number, capMs = 5000) => near(build, (text) => analyse(text), n, capMs);

describe('reading stays near-linear on hostile input', function () {
  this.timeout(120000);
  const sla = (cell: string) => `${FM}| Priority | Response |\n| --- | --- |\n| P1 | ${cell} |\n`;

  it('a response cell of digits, spaces, number words and brackets', () => {
    nearLinear((n) => sla(`1${'0'.repeat(n)} minutes`), 10000);
    nearLinear((n) => sla(`${'1 '.repeat(n)}hours`), 5000);
    nearLinear((n) => sla(`${'four ('.repeat(n)}4) hours`), 5000);
    nearLinear((n) => sla(`mon${' '.repeat(n)}x business ${'hours '.repeat(n / 10)}`), 10000);
    nearLinear((n) => sla(`${'best reasonable-effort '.repeat(n)}efforts 1 hour`), 5000);
  });

  it('priority, party and role cells with long runs', () => {
    nearLinear((n) => `${FM}| Severity | Response |\n| --- | --- |\n| ${'Severity '.repeat(n)}1 | 1 hour |\n`, 5000);
    nearLinear((n) => `${FM}| Function | ${'Contoso '.repeat(n)}Role | Northwind |\n| --- | --- | --- |\n| Backups | I | R/A |\n`, 5000);
    nearLinear(
      (n) => `${FM}| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Backups | A (${'('.repeat(n)}note | R ${'- '.repeat(n)} |\n`,
      5000,
    );
  });

  it('many rows: check-mark matrices, HTML tables, service levels in bullets', () => {
    nearLinear(
      (n) =>
        `${FM}| Function | Contoso | Northwind |\n| --- | --- | --- |\n${Array.from({ length: n }, (_, i) => `| F${i} | ${i % 2 ? '✓' : ''} | ${i % 3 ? 'X' : ''} |`).join('\n')}\n`,
      300,
    );
    nearLinear(
      (n) => `${FM}<table><tr><th>Priority</th><th>Response</th></tr>${'<tr><td>P2</td><td>1 hour</td></tr>'.repeat(n)}</table>\n`,
      300,
    );
    nearLinear(
      (n) => `${FM}${Array.from({ length: n }, (_, i) => `- Priority ${(i % 4) + 1}: within ${i} hours; High: 2 hours`).join('\n')}\n`,
      300,
    );
  });

  it('scope, tool mentions and escalation scanned over many paragraphs', () => {
    nearLinear(
      (n) => `${FM}${'The provider runs its RMM agents and an IT ticketing system; escalate to the manager within 2 hours.\n\n'.repeat(n)}`,
      200,
    );
    nearLinear((n) => `${FM}Contact ${'help@x.freshdesk.com '.repeat(n)}for the Contoso ticketing system.\n`, 2000);
    // Agent software and backup tools; a party's name among many words before a tool; co-managed IT words.
    // At 2,000 words this family sits where a 1 MB paragraph starts to be promoted by the GC (14x typical, 20.4x once in CI).
    nearLinear((n) => `${FM}${'management monitoring endpoint software backup '.repeat(n)}agents and tools.\n`, 1000);
    nearLinear((n) => `${FM}${'Contoso trouble '.repeat(n)}ticketing system run by the internal IT team of the MSP.\n`, 2000);
    // Responses promised in sentences: a long one, many candidates, a long run of words before the time.
    nearLinear((n) => `${FM}We respond to ${'support requests and '.repeat(n)}tickets within 2 hours.\n`, 2000);
    nearLinear((n) => `${FM}${'Contoso shall respond to tickets within 2 hours. '.repeat(n)}\n`, 2000);
    nearLinear((n) => `${FM}${'Critical requests get a response within 1 hour.\n\n'.repeat(n)}`, 500);
    // A cover line restating the model, with long runs where the pattern looks.
    nearLinear((n) => `${FM}${' '.repeat(n)}engagement model${' '.repeat(n)}: co-managed ${'model '.repeat(n)}\n`, 5000);
  });

  it('priorities written as columns: label rows and label columns over many rows', () => {
    nearLinear(
      (n) =>
        `${FM}| Critical | High |\n| --- | --- |\n${'| *Note* | * * |\n| a | b |\n'.repeat(n)}| *Response* | ${'* '.repeat(n)}|\n| 1 hour | 2 hours |\n`,
      500,
    );
    nearLinear(
      (n) => `${FM}| Target | P1 | P2 |\n| --- | --- | --- |\n${'| Other | x | y |\n'.repeat(n)}| Response | 1 hour | 2 hours |\n`,
      1000,
    );
  });

  it('service hours: clauses saying support runs in business hours, over a long passage', () => {
    nearLinear(
      (n) =>
        `${FM}| Priority | Response |\n| --- | --- |\n| P1 | 1 hour |\n\n${'support outside of regular office after hours, business hours but '.repeat(n)}\n`,
      2000,
    );
  });

  it('baseline services in other words: long runs of update and updating phrases', () => {
    nearLinear((n) => `${FM}${'updates to the x updating the y upgrade '.repeat(n)}software.\n`, 2000);
  });

  it('service levels as a section per tier, as terms and values, and as promises with no measure', () => {
    // Sibling tier headings, each over its time; headings nested deep over products of their kind.
    nearLinear(
      (n) =>
        `${FM}## Priorities\n\n${Array.from({ length: n }, (_, i) => `### P${(i % 4) + 1} - Tier\n\n- Response Time: ${i + 1} hours\n`).join('\n')}`,
      300,
    );
    nearLinear((n) => `${FM}${'# RMM\n\n- Datto RMM\n\n'.repeat(n)}`, 300);
    // Label/value lines in one paragraph; a table of terms; a response promised as soon as possible, many times.
    // (Without bold: the parser itself pairs thousands of emphasis marks in one paragraph super-linearly.)
    nearLinear((n) => `${FM}${'Support hours: 8am-6pm\n'.repeat(n)}Response time: 4 hours\n`, 1000);
    nearLinear(
      (n) => `${FM}| Item | Detail |\n| --- | --- |\n${'| Support hours | 8am-6pm |\n'.repeat(n)}| Response time | 4 hours |\n`,
      1000,
    );
    nearLinear((n) => `${FM}${'All tickets are answered as soon as possible after hours. '.repeat(n)}\n`, 2000);
    // Many exit and escalation sections, each with a table: their rows are read as exit terms and ladders.
    nearLinear(
      (n) =>
        `${FM}${'## Exit\n\n| Item | At exit |\n| --- | --- |\n| RMM agents | Removed |\n\n## Escalation\n\n| Level | Contact |\n| --- | --- |\n| 1 | TBD |\n\n'.repeat(n)}`,
      200,
    );
  });

  it('lists ranked by a passage saying they are in priority order', () => {
    nearLinear((n) => `${FM}We ${'prioritize '.repeat(n)}in the following order:\n\n${'- For issues: within 3 hours.\n'.repeat(n)}`, 1000);
  });

  it('owner grids: owners in the cells under columns of areas, over many rows and columns', () => {
    const grid = (rows: number, cols: number) =>
      `${FM}| Resource |${' Area |'.repeat(cols)}\n| --- |${' --- |'.repeat(cols)}\n` +
      `| Item |${' Contoso Health and Northwind |'.repeat(cols)}\n| Other |${' Shared |'.repeat(cols)}\n`.repeat(rows);
    nearLinear((n) => grid(n, 4), 200);
    nearLinear((n) => grid(4, n), 200);
  });
});
