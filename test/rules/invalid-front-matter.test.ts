import rule from '../../server/src/engine/rules/invalid-front-matter';
import { testRule } from '../helpers/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the documented passing example', text: '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n' },
    {
      name: 'a quoted version, comments, a numeric client, an empty parties list',
      text: '---\nsow: "1"\nmodel: co-managed # the usual\nclient: 42\nprovider: Northwind\nparties: []\n---\n',
    },
    {
      name: 'keys in any order, with optional keys',
      text: '---\ntitle: Managed IT services\nprovider: Northwind\nclient: Contoso\nmodel: managed\nsow: 1\nparties: [Fabrikam Telecom, Litware]\neffective: 2026-01-01\nterm: 36 months\n---\n\n# Statement of work\n',
    },
    {
      name: 'parties as a block list',
      text: '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\nparties:\n  - Fabrikam\n  - Litware\n---\n',
    },
  ],
  invalid: [
    {
      name: 'no front matter: reported on line 1',
      text: '# Statement of work\n\nNo front matter here.\n',
      findings: [
        {
          messageId: 'noFrontMatter',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          message: 'This SOW has no front matter: start it with a --- block giving sow: 1, model, client and provider.',
        },
      ],
    },
    {
      name: 'a duplicate key: reported on its line',
      text: '---\nsow: 1\nmodel: managed\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n',
      findings: [
        {
          messageId: 'invalidYaml',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 18,
          message: 'The front matter is not valid YAML: Map keys must be unique',
        },
      ],
    },
    {
      name: 'a duplicate key in a nested mapping, before a duplicate at the top: the first in the text',
      text: '---\nsow: 1\nmodel: managed\naliases:\n  Contoso: CT\n  Contoso: C\nclient: Contoso\nprovider: Northwind\nmodel: managed\n---\n',
      findings: [
        {
          messageId: 'invalidYaml',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 13,
          message: 'The front matter is not valid YAML: Map keys must be unique',
        },
      ],
    },
    {
      name: 'keys that differ in type (1 and "1") are not duplicates',
      text: '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n1: a\n"1": b\n---\n',
      findings: [],
    },
    {
      name: 'a list instead of keys: the whole block',
      text: '---\n- sow\n- model\n---\n',
      findings: [{ messageId: 'invalidYaml', line: 1, column: 1, endLine: 4, endColumn: 4 }],
    },
    {
      name: 'an alias bomb is refused, not expanded',
      text: '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n',
      findings: [
        {
          messageId: 'invalidYaml',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
          message: 'The front matter is not valid YAML: Excessive alias count indicates a resource exhaustion attack',
        },
      ],
    },
    {
      name: 'no provider and an unknown model (the documented failing example)',
      text: '---\nsow: 1\nmodel: outsourced\nclient: Contoso\n---\n',
      findings: [
        {
          messageId: 'missingKey',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'The front matter has no `provider:`; it must name the provider (the MSP).',
        },
        {
          messageId: 'invalidValue',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message: '`model: outsourced` is not valid: it must be managed or co-managed.',
        },
      ],
    },
    {
      name: 'only a title: every required key is missing',
      text: '---\ntitle: Draft\n---\n',
      findings: [
        {
          messageId: 'missingKey',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'The front matter has no `client:`; it must name the client (the customer whose internal IT team is a party).',
        },
        {
          messageId: 'missingKey',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'The front matter has no `model:`; it must be managed or co-managed.',
        },
        {
          messageId: 'missingKey',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'The front matter has no `provider:`; it must name the provider (the MSP).',
        },
        {
          messageId: 'missingKey',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'The front matter has no `sow:`; it must be 1 (the dialect version).',
        },
      ],
    },
    {
      name: 'wrong version, a capitalised model, and parties that is not a list, each on its own line',
      text: '---\nsow: 2\nmodel: Managed\nclient: Contoso\nprovider: Northwind\nparties: Fabrikam\n---\n',
      findings: [
        {
          messageId: 'invalidValue',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
          message: '`sow: 2` is not valid: it must be 1 (the dialect version).',
        },
        {
          messageId: 'invalidValue',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          message: '`model: Managed` is not valid: it must be managed or co-managed.',
        },
        {
          messageId: 'partiesNotList',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 18,
          message: '`parties:` must be a list of names, e.g. [Fastlink ISP, Contoso Vendor].',
        },
      ],
    },
    {
      // The message for an empty value reads "`client: null`" (the YAML null, not what was written); the
      // position is what this case pins.
      name: 'an empty client: reported on its line',
      text: '---\nsow: 1\nmodel: co-managed\nclient:\nprovider: Northwind\n---\n',
      findings: [{ messageId: 'invalidValue', line: 4, column: 1, endLine: 4, endColumn: 8 }],
    },
  ],
});
