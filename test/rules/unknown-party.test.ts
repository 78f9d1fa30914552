import rule from '../../server/src/engine/rules/unknown-party';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const FM3 = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam]\n---\n';

testRule(rule, {
  valid: [
    {
      name: 'a tool owned by two declared parties, or by Both, names no undeclared party',
      text: `${FM}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| Microsoft 365 | Contoso / Northwind | read-write |\n| Datto RMM | Both | read-write |\n`,
    },
    {
      name: 'a third party declared in parties:',
      text: '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam Telecom]\n---\n\n| Function | Contoso | Northwind | Fabrikam Telecom |\n| --- | --- | --- | --- |\n| Internet circuits | I | A | R |\n',
    },
    {
      name: 'role words for both parties',
      text: `${FM}\n| Function | Internal IT | Service Provider |\n| --- | --- | --- |\n| Help desk L1 | R/A | I |\n\n| Function | Customer | MSP |\n| --- | --- | --- |\n| Backups | I | R/A |\n\n| Function | In-house | Provider |\n| --- | --- | --- |\n| Printers | R/A | - |\n`,
    },
    {
      name: 'a role word with the name in brackets',
      text: `${FM}\n| Function | Client (Contoso) | MSP (Northwind) |\n| --- | --- | --- |\n| Help desk L1 | R/A | I |\n`,
    },
    {
      name: 'vendors named in Notes, Comments, Scope and Description columns',
      text: `${FM}\n| Function | Notes | Contoso | Comments | Northwind | Scope | Description |\n| --- | --- | --- | --- | --- | --- | --- |\n| Circuits | Fabrikam | I | Fabrikam | R/A | Fabrikam | Fabrikam |\n`,
    },
    {
      name: 'owner cells with role words, placeholders and Both are not unknown names',
      text: `${FM}\n| Function | Owner |\n| --- | --- |\n| Firewall changes | MSP |\n| Vendor management | TBD |\n| Onboarding | Both |\n| Printers | Northwind (MSP) |\n`,
    },
    {
      name: 'tool owners by name, role word, or not stated',
      text: `${FM}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| Datto RMM | Northwind | read-write |\n| Microsoft 365 | Client | read-write |\n| IT Glue |  | read-only |\n`,
    },
    {
      name: 'without a provider every name would be unknown: invalid-front-matter says why',
      text: '---\nsow: 1\nmodel: co-managed\nclient: Contoso\n---\n\n| Function | Contoso | Fabrikam |\n| --- | --- | --- |\n| Circuits | I | R/A |\n',
    },
  ],
  invalid: [
    {
      name: 'one undeclared party column: reported on its header cell (the documented failing example)',
      text: `${FM}\n| Function | Contoso | Northwind | Fabrikam Telecom |\n| --- | --- | --- | --- |\n| Internet circuits | I | A | R |\n`,
      findings: [
        {
          messageId: 'notDeclared',
          line: 8,
          column: 36,
          endLine: 8,
          endColumn: 52,
          message:
            '"Fabrikam Telecom" is not a declared party (Contoso, Northwind): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
    {
      name: 'two undeclared columns among role words and Notes: one finding on the header row',
      text: `${FM}\n| Function | Fabrikam | Notes | Client | Vendor X | MSP |\n| --- | --- | --- | --- | --- | --- |\n| Circuits | R | carrier | I | C | A |\n`,
      findings: [
        {
          messageId: 'notDeclaredMany',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 58,
          message:
            '"Fabrikam", "Vendor X" are not declared parties (Contoso, Northwind): add them to `parties:` in the front matter or use declared names or role words.',
        },
      ],
    },
    {
      name: 'seven undeclared columns: the list is cut at five',
      text: `${FM}\n| Function | V1 | V2 | V3 | V4 | V5 | V6 | V7 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| Circuits | R | - | - | - | - | - | A |\n`,
      findings: [
        {
          messageId: 'notDeclaredMany',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 48,
          message:
            '"V1", "V2", "V3", "V4", "V5" and 2 more are not declared parties (Contoso, Northwind): add them to `parties:` in the front matter or use declared names or role words.',
        },
      ],
    },
    {
      name: 'an owner cell naming an undeclared party',
      text: `${FM}\n| Function | Notes | Owner |\n| --- | --- | --- |\n| Firewall changes | Tuesdays | Fabrikam |\n`,
      findings: [
        {
          messageId: 'notDeclared',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 43,
          message:
            '"Fabrikam" is not a declared party (Contoso, Northwind): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
    {
      name: 'an owner cell naming a role word and an undeclared party: only the unknown name is reported',
      text: `${FM}\n| Function | Owner |\n| --- | --- |\n| Vendor management | Client / Fabrikam |\n`,
      findings: [
        {
          messageId: 'notDeclared',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 42,
          message:
            '"Fabrikam" is not a declared party (Contoso, Northwind): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
    {
      name: 'a tool owner that is not declared, the declared list including parties:',
      text: `${FM3}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| Datto RMM | Fabrikam MSP | read-only |\n`,
      findings: [
        {
          messageId: 'notDeclared',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 41,
          message:
            '"Fabrikam MSP" is not a declared party (Contoso, Northwind, Fabrikam): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
  ],
});
