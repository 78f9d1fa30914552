// Comparing two versions stays near-linear on inputs built to make its pairing slow: 10x the rows may take
// at most ~25x the time. The analyses are made outside the timed work; only the comparison is timed.
import { analyse, compareVersions, type ComparedVersion } from '../../server/src/engine';
import { nearLinear } from '../helpers/complexity';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n\n';

function version(text: string): ComparedVersion {
  const a = analyse(text);
  return { model: a.model!, findings: a.findings };
}

const pair = (build: (side: 'old' | 'new', n: number) => string, n: number) =>
  nearLinear(
    (size) => [version(build('old', size)), version(build('new', size))] as const,
    ([old, now]) => compareVersions(old, now),
    n,
    5000,
    // The helper stops text families at the size limit; these build analyses, so they are capped here instead.
    n * 8,
  );

const matrix = (rows: string[]) =>
  `${FM}## Responsibilities\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n${rows.join('\n')}\n`;

describe('comparing stays near-linear on hostile input', function () {
  this.timeout(300000);

  it('every row renamed, with the same cells and a word in common, or with nothing in common', () => {
    pair(
      (side, n) => matrix(Array.from({ length: n }, (_, i) => `| Monitoring ${side === 'old' ? 'of' : 'for'} site ${i} | I | R/A |`)),
      200,
    );
    pair((side, n) => matrix(Array.from({ length: n }, (_, i) => `| ${side}${i} | ${i % 2 ? 'I' : 'C'} | R/A |`)), 200);
  });

  it('every row under the same name, and all of them moved', () => {
    pair(
      (side, n) => matrix(Array.from({ length: n }, (_, i) => `| Backups | ${(side === 'old' ? i : n - i) % 2 ? 'I' : 'C'} | R/A |`)),
      200,
    );
  });

  it('many findings quoting renamed functions', () => {
    pair((side, n) => matrix(Array.from({ length: n }, (_, i) => `| ${side === 'old' ? 'Task' : 'Duty'} ${i} | - | - |`)), 200);
  });

  it('many exit clauses, each reworded or gone', () => {
    pair(
      (side, n) =>
        `${FM}## Termination and exit\n\n${Array.from({ length: n }, (_, i) => `- ${side === 'old' ? 'Northwind returns' : 'The provider hands back'} record set ${i} within ${i} days of the end.`).join('\n')}\n`,
      100,
    );
  });
});
