// `npm run generate` writes the artifacts made from rule metadata; `--check` only reports drift.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSchema, grammarWithVocabulary, p1Labels, settingsProperties, withRuleTable, withVocabulary } from './artifacts';

export interface Artifact {
  file: string;
  expected: (current: string) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function artifacts(): Artifact[] {
  return [
    { file: 'server/schemas/demarcrc.schema.json', expected: () => json(configSchema()) },
    {
      file: 'package.json',
      expected: (current) => {
        const manifest = JSON.parse(current);
        const properties = Object.assign(manifest.contributes.configuration.properties, settingsProperties());
        // In Restricted Mode VS Code ignores a workspace's value for these: every setting that changes what is reported.
        manifest.capabilities.untrustedWorkspaces.restrictedConfigurations = Object.keys(properties).filter(
          (k) => !k.startsWith('demarc.trace.'),
        );
        return json(manifest);
      },
    },
    { file: 'README.md', expected: (current) => withRuleTable(current, 'docs/rules/') },
    { file: 'docs/rules/README.md', expected: (current) => withRuleTable(current, '') },
    { file: 'docs/dialect.md', expected: withVocabulary },
    { file: 'docs/rules/p1-response-missing.md', expected: p1Labels },
    { file: 'syntaxes/sow.tmLanguage.json', expected: grammarWithVocabulary },
  ];
}

/** The files whose committed text differs from what the rules say. */
export function drifted(root: string): string[] {
  return artifacts()
    .filter((a) => {
      const current = fs.readFileSync(path.join(root, a.file), 'utf8');
      return a.expected(current) !== current;
    })
    .map((a) => a.file);
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../../../..');
  if (process.argv.includes('--check')) {
    const files = drifted(root);
    for (const f of files) console.error(`${f} is out of date with the rules: run npm run generate`);
    process.exitCode = files.length ? 1 : 0;
  } else {
    for (const a of artifacts()) {
      const file = path.join(root, a.file);
      const current = fs.readFileSync(file, 'utf8');
      const next = a.expected(current);
      if (next !== current) {
        fs.writeFileSync(file, next);
        console.log(`wrote ${a.file}`);
      }
    }
  }
}
