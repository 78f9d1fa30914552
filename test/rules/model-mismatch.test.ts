import rule from '../../server/src/engine/rules/model-mismatch';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const MANAGED = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';

testRule(rule, {
  valid: [
    {
      name: 'managed: the client is only consulted and informed (the documented passing example)',
      text: `${MANAGED}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Printer support | I | R/A |\n| Vendor management | C | R/A |\n`,
    },
    {
      name: 'managed: an R in a Notes column is free text',
      text: `${MANAGED}\n| Function | Contoso | Notes | Northwind |\n| --- | --- | --- | --- |\n| Printer support | I | R | R/A |\n`,
    },
    {
      name: 'managed: a third party may hold R',
      text: '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam]\n---\n\n| Function | Fabrikam | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Internet circuits | R | A | I |\n',
    },
    {
      name: 'co-managed: both sides hold R or A somewhere, by role words',
      text: `${FM}\n| Function | MSP | Internal IT |\n| --- | --- | --- |\n| Help desk L1 | I | R/A |\n| Security monitoring | R/A | I |\n`,
    },
    {
      name: 'co-managed: R alone counts, in the owner form too',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk L1 | R | A |\n\n| Function | Owner |\n| --- | --- |\n| Backups | MSP |\n`,
    },
    { name: 'no matrix: nothing to compare', text: `${MANAGED}\n## Services\n\nNorthwind runs everything.\n` },
    {
      name: "an invalid model is invalid-front-matter's finding",
      text: '---\nsow: 1\nmodel: outsourced\nclient: Contoso\nprovider: Northwind\n---\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Printer support | R/A | I |\n',
    },
  ],
  invalid: [
    {
      name: 'managed, the client holds R (the documented failing example)',
      text: `${MANAGED}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Printer support | R | A |\n`,
      findings: [
        {
          messageId: 'clientHoldsWork',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 28,
          message:
            'This is a managed SOW, but Contoso (the client) holds R for "Printer support": in a managed deal the provider does and owns the work. Make it co-managed or move the role to Northwind.',
        },
      ],
    },
    {
      name: 'managed, role-word columns with the client last, A/R; and an owner cell naming the client',
      text: `${MANAGED}\n| Function | MSP | Customer |\n| --- | --- | --- |\n| Backups | R/A | C |\n| Help desk L1 | I | A/R |\n\n| Function | Owner |\n| --- | --- |\n| Vendor management | Client |\n`,
      findings: [
        {
          messageId: 'clientHoldsWork',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 27,
          message:
            'This is a managed SOW, but Contoso (the client) holds R/A for "Help desk L1": in a managed deal the provider does and owns the work. Make it co-managed or move the role to Northwind.',
        },
        {
          messageId: 'clientHoldsWork',
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 31,
          message:
            'This is a managed SOW, but Contoso (the client) holds R/A for "Vendor management": in a managed deal the provider does and owns the work. Make it co-managed or move the role to Northwind.',
        },
      ],
    },
    {
      name: 'co-managed, the client holds only C and I',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Backups | I | R/A |\n| Patching | C | R/A |\n`,
      findings: [
        {
          messageId: 'sideHoldsNothing',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'This is a co-managed SOW, but Contoso (the client) is not responsible or accountable for any function: the split reads like a fully managed deal.',
        },
      ],
    },
    {
      name: 'co-managed, the provider holds nothing; an R/A in Notes does not count',
      text: `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Printers | R/A | I | R |\n`,
      findings: [
        {
          messageId: 'sideHoldsNothing',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'This is a co-managed SOW, but Northwind (the provider) is not responsible or accountable for any function: the split reads like a self-managed deal.',
        },
      ],
    },
    {
      name: 'co-managed, neither side holds anything',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Printers | C | I |\n`,
      findings: [
        {
          messageId: 'sideHoldsNothing',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'This is a co-managed SOW, but Contoso (the client) is not responsible or accountable for any function: the split reads like a fully managed deal.',
        },
        {
          messageId: 'sideHoldsNothing',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'This is a co-managed SOW, but Northwind (the provider) is not responsible or accountable for any function: the split reads like a self-managed deal.',
        },
      ],
    },
  ],
});
